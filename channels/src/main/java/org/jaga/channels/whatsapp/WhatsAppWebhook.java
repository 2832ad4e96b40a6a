package org.jaga.channels.whatsapp;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.jaga.channels.delivery.CustomerWindow;
import org.jaga.channels.delivery.DeliveryReceipts;
import org.jaga.channels.delivery.HeldMessages;
import org.jaga.channels.meta.MetaSignature;
import org.jaga.channels.webhook.WebhookRejections;
import org.jaga.channels.webhook.WebhookReplies;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.pipeline.Inbox;
import org.jaga.core.pipeline.Outbox;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /webhooks/whatsapp}: checks the signature over the raw bytes, then records statuses
 * and customer windows (releasing the messages held for a person who wrote), stores the messages,
 * and only then answers 200.
 */
final class WhatsAppWebhook {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int STATUS_CONCURRENCY = 64;

    private final MetaSignature signature;
    private final Inbox inbox;
    private final Outbox outbox;
    private final DeliveryReceipts receipts;
    private final CustomerWindow window;
    private final HeldMessages held;
    private final WebhookRejections rejections;

    WhatsAppWebhook(
            MetaSignature signature,
            Inbox inbox,
            Outbox outbox,
            DeliveryReceipts receipts,
            CustomerWindow window,
            HeldMessages held,
            WebhookRejections rejections) {
        this.signature = signature;
        this.inbox = inbox;
        this.outbox = outbox;
        this.receipts = receipts;
        this.window = window;
        this.held = held;
        this.rejections = rejections;
    }

    Mono<ServerResponse> post(ServerRequest request) {
        String header = request.headers().firstHeader(MetaSignature.HEADER);
        return WebhookReplies.rawBody(request).flatMap(body -> {
            if (!signature.verifies(body, header)) {
                return rejections.reject(Channel.WHATSAPP, header == null ? "no signature" : "signature mismatch");
            }
            JsonNode tree;
            try {
                tree = JSON.readTree(body);
            } catch (RuntimeException notJson) {
                return WebhookReplies.error(HttpStatus.BAD_REQUEST, "the body is not valid JSON");
            }
            return handle(WhatsAppNotification.read(tree));
        });
    }

    private Mono<ServerResponse> handle(WhatsAppNotification notification) {
        Mono<Void> statuses = Flux.fromIterable(notification.statuses())
                .flatMap(
                        status -> receipts.reported(
                                        Channel.WHATSAPP,
                                        status.platformMessageId(),
                                        status.status(),
                                        status.at(),
                                        status.reason())
                                .then(
                                        status.reason().startsWith("131047 ")
                                                        && !status.recipient().isBlank()
                                                ? window.closed(new ChatRef(Channel.WHATSAPP, status.recipient()))
                                                : Mono.empty()),
                        STATUS_CONCURRENCY)
                .then();
        Map<ChatRef, Instant> latest = notification.messages().stream()
                .collect(Collectors.toMap(
                        InboundMessage::chat, InboundMessage::receivedAt, (a, b) -> a.isAfter(b) ? a : b));
        // Held messages go to the outbox before the new messages reach the inbox: they are older
        // than any reply to them, so they are sent first.
        Mono<Void> windows = Flux.fromIterable(latest.entrySet())
                .flatMap(entry -> window.wrote(entry.getKey(), entry.getValue())
                        .flatMap(waiting -> waiting > 0 ? held.release(entry.getKey(), outbox) : Mono.just(0L)))
                .then();
        return statuses.then(windows).then(WebhookReplies.storeThenAcknowledge(inbox, notification.messages()));
    }
}
