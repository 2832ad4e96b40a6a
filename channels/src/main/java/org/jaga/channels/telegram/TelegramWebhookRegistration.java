package org.jaga.channels.telegram;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jaga.core.Require;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Registers Jaga's webhook with Telegram (setWebhook with the secret token), for production. */
public final class TelegramWebhookRegistration {
    /** The update kinds Jaga reads; Telegram sends no others (by webhook or long polling). */
    static final List<String> UPDATES =
            List.of("message", "edited_message", "callback_query", "my_chat_member", "message_reaction");

    private TelegramWebhookRegistration() {}

    /**
     * @param webhookUrl the public HTTPS URL of {@code /webhooks/telegram}
     * @return empty when Telegram accepted it; otherwise why not: what Telegram answered, or why it
     *     could not be reached
     */
    public static Optional<String> register(TelegramConfig config, String webhookUrl) {
        Require.nonBlank(webhookUrl, "webhookUrl");
        URI.create(webhookUrl);
        String secret = config.webhookSecret()
                .orElseThrow(
                        () -> new IllegalArgumentException("a webhook secret is required to register the webhook"));
        OkHttpTelegramClient client = new OkHttpTelegramClient(config.token(), Telegram.url(config.apiUrl()));
        try {
            boolean accepted = client.execute(SetWebhook.builder()
                    .url(webhookUrl)
                    .secretToken(secret)
                    .allowedUpdates(UPDATES)
                    .dropPendingUpdates(false)
                    .build());
            return accepted ? Optional.empty() : Optional.of("Telegram refused the webhook (it answered false)");
        } catch (TelegramApiRequestException refused) {
            return Optional.of(
                    refused.getErrorCode() == null
                            ? unreachable(config, refused)
                            : "Telegram refused the webhook: " + refused.getMessage());
        } catch (TelegramApiException | RuntimeException e) {
            return Optional.of(unreachable(config, e));
        }
    }

    private static String unreachable(TelegramConfig config, Exception e) {
        return "could not reach Telegram at " + config.apiUrl() + ": "
                + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
