package org.jaga.channels.messenger;

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
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The Messenger channel, wired: the webhook's handshake and events, and the sender. */
public final class Messenger {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final MetaHandshake handshake;
    private final MessengerWebhook webhook;
    private final MessengerSender sender;

    public Messenger(
            MessengerConfig config, Inbox inbox, ChannelStores stores, WebhookRejections rejections, Clock clock) {
        this.handshake = new MetaHandshake(config.verifyToken());
        this.webhook = new MessengerWebhook(
                new MetaSignature(config.appSecret()), inbox, stores.receipts(), stores.windows(), rejections);
        this.sender = new MessengerSender(
                config,
                new GraphApi(config.apiUrl(), config.pageAccessToken(), TIMEOUT),
                new PartedDelivery(stores.receipts(), stores.limiter()),
                stores.windows(),
                stores.blocks(),
                clock);
    }

    /** @return {@code GET} and {@code POST /webhooks/messenger} */
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/webhooks/messenger", handshake::verify)
                .POST("/webhooks/messenger", webhook::post)
                .build();
    }

    public OutboundSender sender() {
        return sender;
    }
}
