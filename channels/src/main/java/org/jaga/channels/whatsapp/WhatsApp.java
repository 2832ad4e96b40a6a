package org.jaga.channels.whatsapp;

import java.time.Clock;
import java.time.Duration;
import org.jaga.channels.delivery.ChannelStores;
import org.jaga.channels.delivery.PartedDelivery;
import org.jaga.channels.meta.GraphApi;
import org.jaga.channels.meta.MetaHandshake;
import org.jaga.channels.meta.MetaSignature;
import org.jaga.channels.webhook.WebhookRejections;
import org.jaga.core.pipeline.Inbox;
import org.jaga.core.pipeline.OutboundSender;
import org.jaga.core.redis.JagaRedis;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The WhatsApp channel, wired: the webhook's handshake and notifications, and the sender. */
public final class WhatsApp {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final MetaHandshake handshake;
    private final WhatsAppWebhook webhook;
    private final WhatsAppSender sender;

    /** @param redis the core's stores: the outbox (held messages go back there) and the conversations */
    public WhatsApp(
            WhatsAppConfig config,
            JagaRedis redis,
            Inbox inbox,
            ChannelStores stores,
            WebhookRejections rejections,
            Clock clock) {
        this.handshake = new MetaHandshake(config.verifyToken());
        this.webhook = new WhatsAppWebhook(
                new MetaSignature(config.appSecret()),
                inbox,
                redis.outbox(),
                stores.receipts(),
                stores.windows(),
                stores.held(),
                rejections);
        this.sender = new WhatsAppSender(
                config,
                new GraphApi(config.apiUrl(), config.accessToken(), TIMEOUT),
                new PartedDelivery(stores.receipts(), stores.limiter()),
                stores.windows(),
                stores.held(),
                redis.conversations(),
                stores.blocks(),
                clock);
    }

    /** @return {@code GET} and {@code POST /webhooks/whatsapp} */
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/webhooks/whatsapp", handshake::verify)
                .POST("/webhooks/whatsapp", webhook::post)
                .build();
    }

    public OutboundSender sender() {
        return sender;
    }
}
