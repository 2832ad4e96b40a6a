package org.jaga.channels.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Answers every button tap (Telegram shows a spinner until then). Fire and forget: the tap is
 * already stored, and an unanswered tap only costs the person a few seconds of spinner.
 */
final class TelegramCallbacks {
    private static final Logger log = LoggerFactory.getLogger(TelegramCallbacks.class);

    private final TelegramClient client;

    TelegramCallbacks(TelegramClient client) {
        this.client = client;
    }

    void answer(String callbackQueryId) {
        try {
            client.executeAsync(AnswerCallbackQuery.builder()
                            .callbackQueryId(callbackQueryId)
                            .build())
                    .whenComplete((ok, error) -> {
                        if (error != null) {
                            log.info(
                                    "Telegram did not take a callback answer: {}",
                                    error.getClass().getSimpleName());
                        }
                    });
        } catch (TelegramApiException e) {
            log.info("Could not answer a Telegram callback: {}", e.getClass().getSimpleName());
        }
    }
}
