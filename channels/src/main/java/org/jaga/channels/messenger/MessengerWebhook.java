package org.jaga.channels.messenger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jaga.channels.delivery.CustomerWindow;
import org.jaga.channels.delivery.DeliveryReceipts;
import org.jaga.channels.delivery.DeliveryStatus;
import org.jaga.channels.meta.MetaSignature;
import org.jaga.channels.webhook.WebhookRejections;
import org.jaga.channels.webhook.WebhookReplies;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.pipeline.Inbox;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /webhooks/messenger}: checks the signature over the raw bytes, records deliveries and
 * reads and when each person last wrote (the messaging window), stores the people's events of every
 * {@code entry[].messaging[]}, then answers 200.
 */
final class MessengerWebhook {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MetaSignature signature;
    private final Inbox inbox;
    private final DeliveryReceipts receipts;
    private final CustomerWindow window;
    private final WebhookRejections rejections;

    MessengerWebhook(
            MetaSignature signature,
            Inbox inbox,
            DeliveryReceipts receipts,
            CustomerWindow window,
            WebhookRejections rejections) {
        this.signature = signature;
        this.inbox = inbox;
        this.receipts = receipts;
        this.window = window;
        this.rejections = rejections;
    }

    Mono<ServerResponse> post(ServerRequest request) {
        String header = request.headers().firstHeader(MetaSignature.HEADER);
        return WebhookReplies.rawBody(request).flatMap(body -> {
            if (!signature.verifies(body, header)) {
                return rejections.reject(Channel.MESSENGER, header == null ? "no signature" : "signature mismatch");
            }
            JsonNode tree;
            try {
                tree = JSON.readTree(body);
            } catch (RuntimeException notJson) {
                return WebhookReplies.error(HttpStatus.BAD_REQUEST, "the body is not valid JSON");
            }
            return handle(tree);
        });
    }

    private Mono<ServerResponse> handle(JsonNode body) {
        List<InboundMessage> messages = new ArrayList<>();
        List<Mono<?>> statuses = new ArrayList<>();
        if ("page".equals(body.path("object").asString(""))) {
            for (JsonNode entry : body.path("entry")) {
                String pageId = entry.path("id").asString("");
                for (JsonNode event : entry.path("messaging")) {
                    MessengerEvents.map(event, pageId).ifPresent(messages::add);
                    statuses.add(status(event));
                }
            }
        }
        Map<ChatRef, Instant> latest = messages.stream()
                .collect(Collectors.toMap(
                        InboundMessage::chat, InboundMessage::receivedAt, (a, b) -> a.isAfter(b) ? a : b));
        return Flux.fromIterable(statuses)
                .flatMap(status -> status, 32)
                .thenMany(Flux.fromIterable(latest.entrySet()))
                .flatMap(entry -> window.wrote(entry.getKey(), entry.getValue()))
                .then(WebhookReplies.storeThenAcknowledge(inbox, messages));
    }

    private Mono<?> status(JsonNode event) {
        String person = event.path("sender").path("id").asString("");
        if (event.has("delivery")) {
            JsonNode delivery = event.path("delivery");
            Instant at = Instant.ofEpochMilli(delivery.path("watermark").asLong(0));
            return Flux.fromIterable(delivery.path("mids")
                            .valueStream()
                            .map(mid -> mid.asString(""))
                            .toList())
                    .flatMap(mid -> receipts.reported(Channel.MESSENGER, mid, DeliveryStatus.DELIVERED, at, ""))
                    .then();
        }
        if (event.has("read") && !person.isBlank()) {
            Instant watermark =
                    Instant.ofEpochMilli(event.path("read").path("watermark").asLong(0));
            return receipts.readUpTo(new ChatRef(Channel.MESSENGER, person), watermark);
        }
        return Mono.empty();
    }
}
