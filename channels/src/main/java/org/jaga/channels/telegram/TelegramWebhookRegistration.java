package org.jaga.channels.telegram;

import java.net.URI;
import java.util.List;
import org.jaga.core.Require;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** Registers Jaga's webhook with Telegram (setWebhook with the secret token), for production. */
public final class TelegramWebhookRegistration {
    /** The update kinds Jaga reads; Telegram sends no others. */
    static final List<String> UPDATES =
            List.of("message", "edited_message", "callback_query", "my_chat_member", "message_reaction");

    private TelegramWebhookRegistration() {}

    /**
     * @param webhookUrl the public HTTPS URL of {@code /webhooks/telegram}
     * @return true when Telegram accepted it
     */
    public static boolean register(TelegramConfig config, String webhookUrl) throws TelegramApiException {
        Require.nonBlank(webhookUrl, "webhookUrl");
        URI.create(webhookUrl);
        String secret = config.webhookSecret()
                .orElseThrow(
                        () -> new IllegalArgumentException("a webhook secret is required to register the webhook"));
        OkHttpTelegramClient client = new OkHttpTelegramClient(config.token(), Telegram.url(config.apiUrl()));
        return client.execute(SetWebhook.builder()
                .url(webhookUrl)
                .secretToken(secret)
                .allowedUpdates(UPDATES)
                .dropPendingUpdates(false)
                .build());
    }
}
