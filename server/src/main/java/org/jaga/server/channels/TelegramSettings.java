package org.jaga.server.channels;

import java.net.URI;
import java.util.Optional;
import org.jaga.channels.telegram.TelegramConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telegram, bound from {@code JAGA_TELEGRAM_*}: {@code BOT_TOKEN} enables it; {@code API_URL};
 * {@code WEBHOOK_SECRET} switches from long polling to the webhook; {@code WEBHOOK_URL} is what the
 * registration command registers; {@code RATE} is the bot's messages per second.
 */
@ConfigurationProperties("jaga.telegram")
public record TelegramSettings(
        @DefaultValue Bot bot, @DefaultValue Api api, @DefaultValue Webhook webhook, @DefaultValue("30") int rate) {

    public TelegramSettings {
        if (rate < 1 || rate > 1000) {
            throw new IllegalArgumentException("JAGA_TELEGRAM_RATE must be from 1 to 1000 messages per second");
        }
    }

    public record Bot(@DefaultValue("") String token) {}

    public record Api(@DefaultValue("https://api.telegram.org") String url) {}

    public record Webhook(@DefaultValue("") String secret, @DefaultValue("") String url) {}

    public TelegramConfig config() {
        if (bot.token().isBlank()) {
            throw new IllegalArgumentException("JAGA_TELEGRAM_BOT_TOKEN is not set");
        }
        URI apiUrl = URI.create(api.url());
        if (apiUrl.getHost() == null) {
            throw new IllegalArgumentException("JAGA_TELEGRAM_API_URL must be an absolute URL");
        }
        try {
            return new TelegramConfig(bot.token(), apiUrl, Optional.of(webhook.secret()), rate);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("JAGA_TELEGRAM_WEBHOOK_SECRET: " + e.getMessage(), e);
        }
    }
}
