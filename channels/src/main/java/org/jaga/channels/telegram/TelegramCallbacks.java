package org.jaga.channels.telegram;

import org.jaga.core.language.Replies;
import org.jaga.core.privacy.WipeOffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Answers every button tap (Telegram shows a spinner until then). Fire and forget: the tap is
 * already stored, and an unanswered tap only costs the person a few seconds of spinner. A tap that
 * asks to wipe the chat is answered with a brief notice, which Telegram shows for a moment and
 * does not keep in the chat.
 */
final class TelegramCallbacks {
    private static final Logger log = LoggerFactory.getLogger(TelegramCallbacks.class);

    private final TelegramClient client;
    private final Replies replies;

    TelegramCallbacks(TelegramClient client, Replies replies) {
        this.client = client;
        this.replies = replies;
    }

    void answer(CallbackQuery query) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer =
                AnswerCallbackQuery.builder().callbackQueryId(query.getId());
        WipeOffer.notice(query.getData(), replies).ifPresent(answer::text);
        try {
            client.executeAsync(answer.build()).whenComplete((ok, error) -> {
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
