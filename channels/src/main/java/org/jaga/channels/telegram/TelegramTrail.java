package org.jaga.channels.telegram;

import java.time.Clock;
import java.time.Instant;
import org.jaga.channels.delivery.MessageTrail;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import reactor.core.publisher.Mono;

/**
 * Puts the message of an update into its chat's trail, so that a wipe can delete it later: the
 * person's own message (new or edited), or ours they tapped a button under. Private chats only: a
 * bot may delete the person's messages there and nowhere else.
 */
final class TelegramTrail {
    private final MessageTrail trail;
    private final Clock clock;

    TelegramTrail(MessageTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /** @return completes once the update's message is in the trail, or at once when it has none */
    Mono<Void> remember(Update update) {
        if (update.getMessage() != null) {
            return remember(update.getMessage());
        }
        if (update.getEditedMessage() != null) {
            return remember(update.getEditedMessage());
        }
        // An inaccessible message (too old, or deleted) is not a Message, and cannot be deleted.
        if (update.getCallbackQuery() != null && update.getCallbackQuery().getMessage() instanceof Message tapped) {
            return remember(tapped);
        }
        return Mono.empty();
    }

    private Mono<Void> remember(MaybeInaccessibleMessage message) {
        if (message.getChat() == null || !Boolean.TRUE.equals(message.getChat().isUserChat())) {
            return Mono.empty();
        }
        String chatId = message.getChatId().toString();
        Integer date = message.getDate();
        Instant sentAt = date != null && date > 0 ? Instant.ofEpochSecond(date) : clock.instant();
        return trail.received(new ChatRef(Channel.TELEGRAM, chatId), chatId + ":" + message.getMessageId(), sentAt);
    }
}
