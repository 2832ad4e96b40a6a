package org.jaga.server.channels;

import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.jaga.channels.telegram.TelegramConfig;
import org.jaga.channels.telegram.TelegramWebhookRegistration;

/**
 * {@code java -jar jaga.jar telegram-set-webhook}: registers {@code JAGA_TELEGRAM_WEBHOOK_URL} with
 * the secret {@code JAGA_TELEGRAM_WEBHOOK_SECRET} for the bot of {@code JAGA_TELEGRAM_BOT_TOKEN}.
 */
public final class TelegramWebhookCommand {
    public static final String NAME = "telegram-set-webhook";

    private TelegramWebhookCommand() {}

    /** @return the process exit status: 0 when Telegram accepted the webhook */
    public static int run(Map<String, String> env, PrintStream out, PrintStream err) {
        String token = env.getOrDefault("JAGA_TELEGRAM_BOT_TOKEN", "");
        String secret = env.getOrDefault("JAGA_TELEGRAM_WEBHOOK_SECRET", "");
        String url = env.getOrDefault("JAGA_TELEGRAM_WEBHOOK_URL", "");
        String api = env.getOrDefault("JAGA_TELEGRAM_API_URL", "https://api.telegram.org");
        for (var required : Map.of(
                        "JAGA_TELEGRAM_BOT_TOKEN", token,
                        "JAGA_TELEGRAM_WEBHOOK_SECRET", secret,
                        "JAGA_TELEGRAM_WEBHOOK_URL", url)
                .entrySet()) {
            if (required.getValue().isBlank()) {
                err.println(NAME + ": " + required.getKey() + " is not set");
                return 2;
            }
        }
        try {
            TelegramConfig config = new TelegramConfig(token, URI.create(api), Optional.of(secret), 30);
            boolean accepted = TelegramWebhookRegistration.register(config, url);
            out.println(accepted ? "Telegram accepted the webhook " + url : "Telegram refused the webhook");
            return accepted ? 0 : 1;
        } catch (Exception e) {
            err.println(NAME + ": failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }
}
