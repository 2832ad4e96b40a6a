package org.jaga.channels.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jaga.channels.delivery.ChatBlocked;
import org.jaga.channels.delivery.ChatBlocks;
import org.jaga.channels.delivery.CustomerWindow;
import org.jaga.channels.delivery.HeldMessages;
import org.jaga.channels.delivery.PartedDelivery;
import org.jaga.channels.meta.GraphApi;
import org.jaga.channels.meta.GraphFailure;
import org.jaga.channels.ratelimit.Rate;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.conversation.ConversationStore;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.pipeline.DeliveryFailed;
import org.jaga.core.pipeline.OutboundSender;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Sends through the Cloud API's {@code /<phone-number-id>/messages}. Inside the 24-hour window:
 * text cut at 4096, with up to 3 buttons as reply buttons, 4 to 10 as a list, more as a numbered
 * list in the text ({@link WhatsAppParts}). Outside it the message is held ({@link HeldMessages})
 * until the person writes, and the first one held is announced with the configured template in
 * the person's language; without a template the message fails for good.
 */
final class WhatsAppSender implements OutboundSender {
    static final Duration WINDOW = Duration.ofHours(24);
    private static final int TEMPLATE_TRANSLATION_MISSING = 132001;

    private final WhatsAppConfig config;
    private final GraphApi api;
    private final PartedDelivery delivery;
    private final CustomerWindow window;
    private final HeldMessages held;
    private final ConversationStore conversations;
    private final WhatsAppFailures failures;
    private final Clock clock;

    WhatsAppSender(
            WhatsAppConfig config,
            GraphApi api,
            PartedDelivery delivery,
            CustomerWindow window,
            HeldMessages held,
            ConversationStore conversations,
            ChatBlocks blocks,
            Clock clock) {
        this.config = config;
        this.api = api;
        this.delivery = delivery;
        this.window = window;
        this.held = held;
        this.conversations = conversations;
        this.failures = new WhatsAppFailures(window, blocks);
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public Mono<Void> send(OutboundMessage message) {
        return window.lastWrote(message.chat())
                .flatMap(last -> isOpen(last) ? deliver(message) : outsideWindow(message));
    }

    private boolean isOpen(Optional<Instant> lastWrote) {
        return lastWrote.map(at -> at.plus(WINDOW).isAfter(clock.instant())).orElse(false);
    }

    private Mono<Void> outsideWindow(OutboundMessage message) {
        if (config.template().isEmpty()) {
            return Mono.error(DeliveryFailed.forGood(
                    "outside WhatsApp's 24-hour window and no template is configured (JAGA_WHATSAPP_TEMPLATE)"));
        }
        return held.hold(message, clock.instant(), WINDOW).flatMap(hold -> switch (hold) {
            case WINDOW_OPEN -> deliver(message);
            case BEHIND -> Mono.<Void>empty();
            case FIRST ->
                announce(message)
                        .onErrorResume(
                                error -> error instanceof DeliveryFailed failed && !failed.retriable(),
                                error -> held.drop(message)
                                        .then(Mono.error(
                                                error instanceof ChatBlocked ? error : announcementFailed(error))));
        });
    }

    private DeliveryFailed announcementFailed(Throwable error) {
        return DeliveryFailed.forGood("outside WhatsApp's 24-hour window, and the template '"
                + config.template().orElse("") + "' that asks the person to reply could not be sent: "
                + error.getMessage());
    }

    /** Sends the template once per held message (its own receipt), in the conversation's language. */
    private Mono<Void> announce(OutboundMessage message) {
        ChatRef chat = message.chat();
        OutboundMessage notice = new OutboundMessage(
                message.id() + ":template",
                chat,
                config.template().orElseThrow(),
                List.of(),
                message.createdAt(),
                message.origin());
        return conversations
                .find(chat)
                .map(Conversation::language)
                .defaultIfEmpty(Optional.empty())
                .flatMap(language -> {
                    String code = WhatsAppTemplates.code(language, config.templateLanguage());
                    return deliver(notice, 1, part -> sendTemplate(chat, code));
                });
    }

    private Mono<String> sendTemplate(ChatRef chat, String code) {
        String to = chat.platformUserId();
        String name = config.template().orElseThrow();
        String fallback = config.templateLanguage();
        Mono<JsonNode> call = post(WhatsAppRequests.template(to, name, code));
        if (!code.equals(fallback)) {
            call = call.onErrorResume(
                    error -> error instanceof GraphFailure refused && refused.code() == TEMPLATE_TRANSLATION_MISSING,
                    error -> post(WhatsAppRequests.template(to, name, fallback)));
        }
        return accepted(chat, call);
    }

    private Mono<Void> deliver(OutboundMessage message) {
        List<WhatsAppRequests.Message> requests = WhatsAppParts.requests(message);
        return deliver(message, requests.size(), part -> accepted(message.chat(), post(requests.get(part))));
    }

    private Mono<Void> deliver(OutboundMessage message, int parts, IntFunction<Mono<String>> sendPart) {
        List<Rate> rates = List.of(
                new Rate(chatBucket(message.chat()), 1, 5),
                new Rate("whatsapp:all", config.messagesPerSecond(), config.messagesPerSecond()));
        return delivery.deliver(message, rates, parts, sendPart);
    }

    private Mono<JsonNode> post(WhatsAppRequests.Message request) {
        return api.post("/" + config.phoneNumberId() + "/messages", request);
    }

    /** @return the platform's id of the message it accepted; a refusal as a {@link DeliveryFailed} */
    private Mono<String> accepted(ChatRef chat, Mono<JsonNode> call) {
        return call.map(response -> response.path("messages").path(0).path("id").asString(""))
                .filter(id -> !id.isBlank())
                .switchIfEmpty(Mono.error(() -> DeliveryFailed.forNow("WhatsApp answered without a message id", null)))
                .onErrorResume(error -> !(error instanceof DeliveryFailed), error -> failures.of(chat, error));
    }

    static String chatBucket(ChatRef chat) {
        return "whatsapp:chat:" + chat.platformUserId();
    }
}
