package org.jaga.channels.telegram;

import java.net.URI;
import java.time.Clock;
import org.jaga.channels.delivery.ChannelStores;
import org.jaga.channels.delivery.PartedDelivery;
import org.jaga.channels.webhook.WebhookRejections;
import org.jaga.core.event.EventSubscriber;
import org.jaga.core.language.Replies;
import org.jaga.core.pipeline.Inbox;
import org.jaga.core.pipeline.OutboundSender;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram channel, wired: the webhook route (or long polling when no webhook secret is set),
 * the sender, the answers to button taps, and the wipe of a chat from the person's phone.
 */
public final class Telegram implements AutoCloseable {
    private final TelegramConfig config;
    private final TelegramWebhook webhook;
    private final TelegramSender sender;
    private final TelegramLongPolling polling;
    private final TelegramWipe wipe;

    public Telegram(
            TelegramConfig config, Inbox inbox, ChannelStores stores, WebhookRejections rejections, Clock clock) {
        this.config = config;
        TelegramUrl url = url(config.apiUrl());
        TelegramClient client = new OkHttpTelegramClient(config.token(), url);
        TelegramIngest ingest = new TelegramIngest(
                inbox,
                stores.blocks(),
                new TelegramTrail(stores.trail(), clock),
                new TelegramCallbacks(client, new Replies()));
        this.webhook = new TelegramWebhook(config.webhookSecret(), ingest, rejections);
        this.sender = new TelegramSender(
                client,
                new PartedDelivery(stores.receipts(), stores.limiter()),
                stores.blocks(),
                config.messagesPerSecond());
        this.polling = new TelegramLongPolling(config.token(), url, ingest);
        this.wipe = new TelegramWipe(client, stores.trail());
    }

    /** @return the Bot API base URL as telegrambots takes it */
    static TelegramUrl url(URI base) {
        String scheme = base.getScheme() == null ? "https" : base.getScheme();
        int port = base.getPort() > 0 ? base.getPort() : "http".equals(scheme) ? 80 : 443;
        return new TelegramUrl(scheme, base.getHost(), port, false);
    }

    /** @return {@code POST /webhooks/telegram} */
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route().POST("/webhooks/telegram", webhook::post).build();
    }

    public OutboundSender sender() {
        return sender;
    }

    /** @return the subscriber that wipes a chat from the person's phone when they ask */
    public EventSubscriber wipe() {
        return wipe;
    }

    /** Starts long polling, unless updates come by webhook. */
    public void start() {
        if (!config.webhookMode()) {
            polling.start();
        }
    }

    @Override
    public void close() throws Exception {
        polling.close();
    }
}
