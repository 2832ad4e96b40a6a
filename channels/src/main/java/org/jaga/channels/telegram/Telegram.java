package org.jaga.channels.telegram;

import java.net.URI;
import org.jaga.channels.delivery.ChannelStores;
import org.jaga.channels.delivery.PartedDelivery;
import org.jaga.channels.webhook.WebhookRejections;
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
 * the sender, and the answers to button taps.
 */
public final class Telegram implements AutoCloseable {
    private final TelegramConfig config;
    private final TelegramWebhook webhook;
    private final TelegramSender sender;
    private final TelegramLongPolling polling;

    public Telegram(TelegramConfig config, Inbox inbox, ChannelStores stores, WebhookRejections rejections) {
        this.config = config;
        TelegramUrl url = url(config.apiUrl());
        TelegramClient client = new OkHttpTelegramClient(config.token(), url);
        TelegramIngest ingest = new TelegramIngest(inbox, stores.blocks(), new TelegramCallbacks(client));
        this.webhook = new TelegramWebhook(config.webhookSecret(), ingest, rejections);
        this.sender = new TelegramSender(
                client,
                new PartedDelivery(stores.receipts(), stores.limiter()),
                stores.blocks(),
                config.messagesPerSecond());
        this.polling = new TelegramLongPolling(config.token(), url, ingest);
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
