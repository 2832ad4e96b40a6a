package org.jaga.channels.telegram;

import java.time.Instant;
import java.util.Optional;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.GeoLocation;
import org.jaga.core.message.InboundKind;
import org.jaga.core.message.InboundMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.location.Location;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.reactions.MessageReactionUpdated;

/**
 * Maps a Telegram {@link Update} to the core's message. Message ids are unique per chat only, so
 * every platform id here is "chatId:messageId"; edits, callbacks, reactions and membership changes
 * get ids of their own so a redelivery of them is dropped and a new one is not.
 */
final class TelegramUpdates {
    private final TelegramMessages messages = new TelegramMessages();

    /** @return empty when the update is not something a person did in a chat with the bot */
    Optional<InboundMessage> map(Update update) {
        if (update.getMessage() != null) {
            return Optional.of(messages.map(update.getMessage(), InboundKind.MESSAGE, ""));
        }
        if (update.getEditedMessage() != null) {
            Message edited = update.getEditedMessage();
            String suffix = ":edit:" + Optional.ofNullable(edited.getEditDate()).orElse(0);
            return Optional.of(messages.map(edited, InboundKind.EDITED, suffix));
        }
        if (update.getCallbackQuery() != null) {
            return Optional.of(callback(update.getCallbackQuery()));
        }
        if (update.getMyChatMember() != null) {
            return membership(update.getMyChatMember());
        }
        if (update.getMessageReaction() != null) {
            return Optional.of(reaction(update.getMessageReaction()));
        }
        return fromSomeone(update);
    }

    private static InboundMessage callback(CallbackQuery query) {
        String chatId = query.getMessage() != null
                ? query.getMessage().getChatId().toString()
                : query.getFrom().getId().toString();
        InboundMessage message = new InboundMessage(
                new ChatRef(Channel.TELEGRAM, chatId),
                "callback:" + query.getId(),
                "",
                Optional.ofNullable(query.getData()).filter(data -> !data.isEmpty()),
                Optional.empty(),
                Optional.empty(),
                language(query.getFrom()),
                Instant.now());
        return query.getMessage() == null
                ? message
                : message.replyingTo(chatId + ":" + query.getMessage().getMessageId());
    }

    private static Optional<InboundMessage> membership(ChatMemberUpdated change) {
        String status = change.getNewChatMember() == null
                ? ""
                : change.getNewChatMember().getStatus();
        String oldStatus = change.getOldChatMember() == null
                ? ""
                : change.getOldChatMember().getStatus();
        InboundKind kind;
        if ("kicked".equals(status)) {
            kind = InboundKind.BLOCKED;
        } else if ("kicked".equals(oldStatus)) {
            kind = InboundKind.UNBLOCKED;
        } else {
            return Optional.empty();
        }
        String chatId = change.getChat().getId().toString();
        return Optional.of(InboundMessage.event(
                new ChatRef(Channel.TELEGRAM, chatId),
                chatId + ":member:" + change.getDate() + ":" + status,
                kind,
                seconds(change.getDate())));
    }

    private static InboundMessage reaction(MessageReactionUpdated reaction) {
        String chatId = reaction.getChat().getId().toString();
        String emoji =
                reaction.getNewReaction() == null || reaction.getNewReaction().isEmpty()
                        ? ""
                        : reaction.getNewReaction().get(0).toString();
        return InboundMessage.text(
                        new ChatRef(Channel.TELEGRAM, chatId),
                        chatId + ":reaction:" + reaction.getMessageId() + ":" + reaction.getDate(),
                        emoji.length() > 64 ? "" : emoji,
                        seconds(reaction.getDate()))
                .ofKind(InboundKind.REACTION)
                .replyingTo(chatId + ":" + reaction.getMessageId());
    }

    /** Inline queries, poll answers and the like come from a person: they get a polite "not supported". */
    private static Optional<InboundMessage> fromSomeone(Update update) {
        User from = update.getInlineQuery() != null
                ? update.getInlineQuery().getFrom()
                : update.getPollAnswer() != null ? update.getPollAnswer().getUser() : null;
        if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
            return Optional.empty();
        }
        return Optional.of(InboundMessage.event(
                new ChatRef(Channel.TELEGRAM, from.getId().toString()),
                "update:" + update.getUpdateId(),
                InboundKind.UNSUPPORTED,
                Instant.now()));
    }

    static Optional<String> language(User user) {
        return user == null ? Optional.empty() : Optional.ofNullable(user.getLanguageCode());
    }

    static Instant seconds(Integer epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds == null ? 0 : epochSeconds);
    }

    static Optional<GeoLocation> location(Location location) {
        return location == null
                ? Optional.empty()
                : Optional.of(new GeoLocation(location.getLatitude(), location.getLongitude()));
    }
}
