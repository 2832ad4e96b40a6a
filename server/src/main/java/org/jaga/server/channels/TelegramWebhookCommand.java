package org.jaga.server.channels;

import java.io.PrintStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jaga.channels.telegram.TelegramConfig;
import org.jaga.channels.telegram.TelegramWebhookRegistration;

/**
 * {@code java -jar jaga.jar telegram-set-webhook}: registers {@code JAGA_TELEGRAM_WEBHOOK_URL} with
 * the secret {@code JAGA_TELEGRAM_WEBHOOK_SECRET} for the bot of {@code JAGA_TELEGRAM_BOT_TOKEN}.
 * Exit status: 0 when Telegram accepted it, 1 when Telegram refused it (its answer is printed) or
 * could not be reached, 2 when a setting is missing or invalid (then Telegram is not called).
 */
public final class TelegramWebhookCommand {
    public static final String NAME = "telegram-set-webhook";

    private TelegramWebhookCommand() {}

    /** @return the process exit status: 0 when Telegram accepted the webhook */
    public static int run(Map<String, String> env, PrintStream out, PrintStream err) {
        Map<String, String> required = new LinkedHashMap<>();
        for (String name :
                new String[] {"JAGA_TELEGRAM_BOT_TOKEN", "JAGA_TELEGRAM_WEBHOOK_SECRET", "JAGA_TELEGRAM_WEBHOOK_URL"}) {
            String value = env.getOrDefault(name, "");
            if (value.isBlank()) {
                err.println(NAME + ": " + name + " is not set");
                return 2;
            }
            required.put(name, value.trim());
        }
        String url = required.get("JAGA_TELEGRAM_WEBHOOK_URL");
        if (!isHttps(url)) {
            err.println(
                    NAME + ": JAGA_TELEGRAM_WEBHOOK_URL must be an https:// URL (Telegram calls only HTTPS webhooks)");
            return 2;
        }
        String api = env.getOrDefault("JAGA_TELEGRAM_API_URL", "https://api.telegram.org");
        TelegramConfig config;
        try {
            config = new TelegramConfig(
                    required.get("JAGA_TELEGRAM_BOT_TOKEN"),
                    URI.create(api),
                    Optional.of(required.get("JAGA_TELEGRAM_WEBHOOK_SECRET")),
                    30);
        } catch (IllegalArgumentException e) {
            err.println(NAME + ": JAGA_TELEGRAM_WEBHOOK_SECRET: " + e.getMessage());
            return 2;
        }
        return register(config, url, out, err);
    }

    private static int register(TelegramConfig config, String url, PrintStream out, PrintStream err) {
        Optional<String> problem = TelegramWebhookRegistration.register(config, url);
        if (problem.isPresent()) {
            err.println(NAME + ": " + problem.get() + " (webhook " + url + ")");
            return 1;
        }
        out.println("Telegram accepted the webhook " + url);
        return 0;
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = URI.create(url);
            return "https".equals(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT)) && uri.getHost() != null;
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }
}
