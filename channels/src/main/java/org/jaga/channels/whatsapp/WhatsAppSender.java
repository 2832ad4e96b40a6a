package org.jaga.channels.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jaga.channels.delivery.ChatBlocks;
import org.jaga.channels.delivery.PartedDelivery;
import org.jaga.channels.delivery.TextSplitter;
import org.jaga.channels.delivery.Throttled;
import org.jaga.channels.meta.GraphApi;
import org.jaga.channels.meta.GraphFailure;
import org.jaga.channels.ratelimit.Rate;
import org.jaga.core.message.Button;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.pipeline.DeliveryFailed;
import org.jaga.core.pipeline.OutboundSender;
import reactor.core.publisher.Mono;

/**
 * Sends through the Cloud API's {@code /<phone-number-id>/messages}. Inside the 24-hour window:
 * text cut at 4096, with up to 3 buttons as reply buttons, 4 to 10 as a list, more as a numbered
 * list in the text. Outside it: the configured template, or a failure for good.
 */
final class WhatsAppSender implements OutboundSender {
    private static final Duration WINDOW = Duration.ofHours(24);

    private final WhatsAppConfig config;
    private final GraphApi api;
    private final PartedDelivery delivery;
    private final CustomerWindow window;
    private final ChatBlocks blocks;
    private final Clock clock;

    WhatsAppSender(
            WhatsAppConfig config,
            GraphApi api,
            PartedDelivery delivery,
            CustomerWindow window,
            ChatBlocks blocks,
            Clock clock) {
        this.config = config;
        this.api = api;
        this.delivery = delivery;
        this.window = window;
        this.blocks = blocks;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public Mono<Void> send(OutboundMessage message) {
        return window.lastWrote(message.chat())
                .flatMap(last -> isOpen(last) ? deliver(message, requests(message)) : outsideWindow(message));
    }

    private boolean isOpen(Optional<Instant> lastWrote) {
        return lastWrote.map(at -> at.plus(WINDOW).isAfter(clock.instant())).orElse(false);
    }

    private Mono<Void> outsideWindow(OutboundMessage message) {
        if (config.template().isEmpty()) {
            return Mono.error(DeliveryFailed.forGood(
                    "outside WhatsApp's 24-hour window and no template is configured (JAGA_WHATSAPP_TEMPLATE)"));
        }
        String to = message.chat().platformUserId();
        return deliver(
                message, List.of(WhatsAppRequests.template(to, config.template().get(), config.templateLanguage())));
    }

    private List<WhatsAppRequests.Message> requests(OutboundMessage message) {
        String to = message.chat().platformUserId();
        List<Button> buttons = message.buttons();
        boolean interactive = !buttons.isEmpty() && buttons.size() <= WhatsAppRequests.MAX_LIST_ROWS;
        String text = buttons.size() > WhatsAppRequests.MAX_LIST_ROWS
                ? WhatsAppRequests.withNumberedChoices(message.text(), buttons)
                : message.text();
        List<String> parts = TextSplitter.split(
                text,
                WhatsAppRequests.MAX_TEXT,
                interactive ? WhatsAppRequests.MAX_INTERACTIVE_BODY : WhatsAppRequests.MAX_TEXT);
        List<WhatsAppRequests.Message> requests = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            if (!last || !interactive) {
                requests.add(WhatsAppRequests.text(to, parts.get(i)));
            } else if (buttons.size() <= WhatsAppRequests.MAX_REPLY_BUTTONS) {
                requests.add(WhatsAppRequests.buttons(to, parts.get(i), buttons));
            } else {
                requests.add(WhatsAppRequests.list(to, parts.get(i), buttons));
            }
        }
        return requests;
    }

    private Mono<Void> deliver(OutboundMessage message, List<WhatsAppRequests.Message> requests) {
        ChatRef chat = message.chat();
        List<Rate> rates = List.of(
                new Rate(chatBucket(chat), 1, 5),
                new Rate("whatsapp:all", config.messagesPerSecond(), config.messagesPerSecond()));
        String path = "/" + config.phoneNumberId() + "/messages";
        return delivery.deliver(message, rates, requests.size(), part -> api.post(path, requests.get(part))
                .map(response -> response.path("messages").path(0).path("id").asString(""))
                .filter(id -> !id.isBlank())
                .switchIfEmpty(Mono.error(() -> DeliveryFailed.forNow("WhatsApp answered without a message id", null)))
                .onErrorResume(error -> !(error instanceof DeliveryFailed), error -> failure(chat, error)));
    }

    private static String chatBucket(ChatRef chat) {
        return "whatsapp:chat:" + chat.platformUserId();
    }

    private Mono<String> failure(ChatRef chat, Throwable error) {
        if (!(error instanceof GraphFailure refused)) {
            return Mono.error(DeliveryFailed.forNow(
                    "WhatsApp unreachable: " + error.getClass().getSimpleName(), null));
        }
        int code = refused.code();
        if (code == 131056) {
            return Mono.error(
                    new Throttled("WhatsApp " + refused.getMessage(), chatBucket(chat), Duration.ofSeconds(6)));
        }
        if (refused.status() == 429 || code == 130429 || code == 131057 || code == 80007 || code == 4) {
            return Mono.error(new Throttled("WhatsApp " + refused.getMessage(), "whatsapp:all", Duration.ofSeconds(1)));
        }
        if (code == 131047) {
            // The window closed under us: the retry sends the template, or fails for good without one.
            return window.closed(chat)
                    .then(Mono.error(DeliveryFailed.forNow("WhatsApp " + refused.getMessage(), Duration.ofSeconds(1))));
        }
        if (code == 131026) {
            return blocks.blocked(chat, "WhatsApp 131026: undeliverable (blocked, or not on WhatsApp)")
                    .then(Mono.error(DeliveryFailed.forGood("WhatsApp " + refused.getMessage())));
        }
        if (refused.status() >= 500 || code == 1 || code == 2 || code == 131000 || code == 131016) {
            return Mono.error(DeliveryFailed.forNow("WhatsApp " + refused.getMessage(), null));
        }
        return Mono.error(DeliveryFailed.forGood("WhatsApp " + refused.getMessage()));
    }
}
