package org.jaga.channels.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.jaga.channels.delivery.MessageTrail;
import org.jaga.core.event.DomainEvent;
import org.jaga.core.event.EventSubscriber;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.pipeline.DeliveryFailed;
import org.jaga.core.privacy.WipeRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessages;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Wipes a chat from the person's phone when they ask: deletes, a hundred at a time with
 * deleteMessages, every message of the chat's trail that the Bot API still lets a bot delete (the
 * person's and the bot's, sent less than 48 hours ago), up to the request; what is sent after it
 * stays, for a later wipe. Jaga's transcript is not touched. Deleting again does no harm: Telegram
 * skips what is gone, and a refusal no retry can change (400, 403) ends the wipe of those ids; any
 * other failure leaves the event to be retried.
 */
final class TelegramWipe implements EventSubscriber {
    static final int MAX_IDS = 100;
    /** The request is dated by Jaga's clock, the person's /wipe message by Telegram's. */
    private static final Duration CLOCK_LEEWAY = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(TelegramWipe.class);

    private final TelegramClient client;
    private final MessageTrail trail;

    TelegramWipe(TelegramClient client, MessageTrail trail) {
        this.client = client;
        this.trail = trail;
    }

    @Override
    public String name() {
        return "telegram-wipe";
    }

    @Override
    public Mono<Void> on(DomainEvent event) {
        if (!(event instanceof WipeRequested wipe) || wipe.chat().channel() != Channel.TELEGRAM) {
            return Mono.empty();
        }
        ChatRef chat = wipe.chat();
        return trail.deletable(chat, wipe.at().plus(CLOCK_LEEWAY))
                .flatMapMany(ids -> Flux.fromIterable(chunks(ids)))
                .concatMap(chunk -> delete(chat, chunk).then(trail.forget(chat, chunk)))
                .then();
    }

    private Mono<Void> delete(ChatRef chat, List<String> platformIds) {
        List<Integer> messageIds = messageIds(chat, platformIds);
        if (messageIds.isEmpty()) {
            return Mono.empty();
        }
        DeleteMessages method = new DeleteMessages(chat.platformUserId(), messageIds);
        return Mono.defer(() -> {
                    try {
                        return Mono.fromFuture(client.executeAsync(method));
                    } catch (TelegramApiException e) {
                        return Mono.error(e);
                    }
                })
                .then()
                .onErrorResume(error -> settled(messageIds.size(), unwrap(error)));
    }

    private static Mono<Void> settled(int count, Throwable error) {
        if (error instanceof TelegramApiRequestException refused
                && refused.getErrorCode() != null
                && (refused.getErrorCode() == 400 || refused.getErrorCode() == 403)) {
            log.info(
                    "Telegram refused to delete {} messages of a chat for good: {} {}",
                    count,
                    refused.getErrorCode(),
                    refused.getApiResponse());
            return Mono.empty();
        }
        String reason = error instanceof TelegramApiRequestException refused && refused.getErrorCode() != null
                ? "Telegram " + refused.getErrorCode()
                : "Telegram unreachable: " + error.getClass().getSimpleName();
        return Mono.error(DeliveryFailed.forNow("could not delete messages: " + reason, null));
    }

    /** The Bot API's message ids, from platform ids "chatId:messageId" of this chat. */
    private static List<Integer> messageIds(ChatRef chat, List<String> platformIds) {
        String prefix = chat.platformUserId() + ":";
        List<Integer> ids = new ArrayList<>();
        for (String platformId : platformIds) {
            if (platformId.startsWith(prefix)
                    && platformId.substring(prefix.length()).matches("\\d{1,9}")) {
                ids.add(Integer.parseInt(platformId.substring(prefix.length())));
            }
        }
        return ids;
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MAX_IDS) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + MAX_IDS)));
        }
        return chunks;
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
