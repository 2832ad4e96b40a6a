package org.jaga.channels.telegram;

import java.net.URI;
import java.util.Optional;
import org.jaga.core.Require;

/**
 * How to reach the bot.
 *
 * @param apiUrl the Bot API's base URL, e.g. https://api.telegram.org (a fake one in tests)
 * @param webhookSecret when present, updates come by webhook with this secret; otherwise by long polling
 * @param messagesPerSecond the whole bot's sending rate (Telegram: about 30 per second)
 */
public record TelegramConfig(String token, URI apiUrl, Optional<String> webhookSecret, int messagesPerSecond) {
    public TelegramConfig {
        Require.nonBlank(token, "token");
        Require.present(apiUrl, "apiUrl");
        webhookSecret = webhookSecret == null ? Optional.empty() : webhookSecret.filter(s -> !s.isBlank());
        webhookSecret.ifPresent(TelegramConfig::checkSecret);
        if (messagesPerSecond < 1) {
            throw new IllegalArgumentException("messagesPerSecond must be at least 1");
        }
    }

    private static void checkSecret(String secret) {
        if (!secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new IllegalArgumentException("the webhook secret must be 1-256 characters A-Z, a-z, 0-9, _ or -");
        }
    }

    public boolean webhookMode() {
        return webhookSecret.isPresent();
    }
}
