package org.jaga.channels.telegram;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.jaga.channels.delivery.ChatBlocks;
import org.jaga.channels.delivery.PartedDelivery;
import org.jaga.channels.delivery.TextSplitter;
import org.jaga.channels.delivery.Throttled;
import org.jaga.channels.ratelimit.Rate;
import org.jaga.core.message.Button;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.pipeline.DeliveryFailed;
import org.jaga.core.pipeline.OutboundSender;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import reactor.core.publisher.Mono;

/**
 * Sends through the Bot API's sendMessage: plain text (no parse mode, so nothing a person wrote is
 * read as markup), cut at 4096, buttons as an inline keyboard under the last part.
 */
final class TelegramSender implements OutboundSender {
    static final int MAX_TEXT = 4096;
    private static final int MAX_CALLBACK_DATA = 64;

    private final TelegramClient client;
    private final PartedDelivery delivery;
    private final ChatBlocks blocks;
    private final int messagesPerSecond;

    TelegramSender(TelegramClient client, PartedDelivery delivery, ChatBlocks blocks, int messagesPerSecond) {
        this.client = client;
        this.delivery = delivery;
        this.blocks = blocks;
        this.messagesPerSecond = messagesPerSecond;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    /** Every part sent is in its receipt, and a message all of whose parts were sent sends nothing. */
    @Override
    public boolean remembersWhatItSent() {
        return true;
    }

    @Override
    public Mono<Void> send(OutboundMessage message) {
        for (Button button : message.buttons()) {
            if (button.payload().getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_DATA) {
                return Mono.error(DeliveryFailed.forGood("a button payload is longer than Telegram's 64 bytes"));
            }
        }
        List<String> parts = TextSplitter.split(message.text(), MAX_TEXT);
        String chatId = message.chat().platformUserId();
        List<Rate> rates = List.of(
                new Rate(chatBucket(chatId), 1, 3), new Rate("telegram:all", messagesPerSecond, messagesPerSecond));
        return delivery.deliver(message, rates, parts.size(), part -> {
            boolean last = part == parts.size() - 1;
            return sendPart(message.chat(), parts.get(part), last ? message.buttons() : List.of());
        });
    }

    private static String chatBucket(String chatId) {
        return "telegram:chat:" + chatId;
    }

    private Mono<String> sendPart(ChatRef chat, String text, List<Button> buttons) {
        SendMessage.SendMessageBuilder<?, ?> method =
                SendMessage.builder().chatId(chat.platformUserId()).text(text);
        if (!buttons.isEmpty()) {
            method.replyMarkup(keyboard(buttons));
        }
        SendMessage request = method.build();
        return Mono.defer(() -> {
                    try {
                        return Mono.fromFuture(client.executeAsync(request));
                    } catch (TelegramApiException e) {
                        return Mono.error(e);
                    }
                })
                .map(sent -> chat.platformUserId() + ":" + sent.getMessageId())
                .onErrorResume(error -> !(error instanceof DeliveryFailed), error -> failure(chat, unwrap(error)));
    }

    private static InlineKeyboardMarkup keyboard(List<Button> buttons) {
        List<InlineKeyboardRow> rows = buttons.stream()
                .map(button -> new InlineKeyboardRow(InlineKeyboardButton.builder()
                        .text(button.label())
                        .callbackData(button.payload())
                        .build()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private Mono<String> failure(ChatRef chat, Throwable error) {
        if (!(error instanceof TelegramApiRequestException refused) || refused.getErrorCode() == null) {
            return Mono.error(DeliveryFailed.forNow(
                    "Telegram unreachable: " + error.getClass().getSimpleName(), null));
        }
        int code = refused.getErrorCode();
        String description = String.valueOf(refused.getApiResponse());
        if (code == 429) {
            int seconds =
                    refused.getParameters() != null && refused.getParameters().getRetryAfter() != null
                            ? refused.getParameters().getRetryAfter()
                            : 1;
            return Mono.error(new Throttled(
                    "Telegram 429: retry after " + seconds + " s",
                    chatBucket(chat.platformUserId()),
                    Duration.ofSeconds(seconds)));
        }
        if (code == 403) {
            return blocks.blocked(chat, "Telegram 403: " + description)
                    .then(Mono.error(DeliveryFailed.forGood("Telegram 403: " + description)));
        }
        if (code >= 500) {
            return Mono.error(DeliveryFailed.forNow("Telegram " + code, null));
        }
        return Mono.error(DeliveryFailed.forGood("Telegram " + code + ": " + description));
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
