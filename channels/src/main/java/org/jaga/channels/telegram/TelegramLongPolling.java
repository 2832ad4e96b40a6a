package org.jaga.channels.telegram;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import reactor.util.retry.Retry;

/**
 * Long polling for a local trial: no public URL needed. Starting it deletes the bot's webhook, as
 * Telegram delivers updates one way at a time. Each batch of updates is stored before the library
 * asks for the next one (which confirms the batch to Telegram), so a crash loses nothing; while
 * the store is unavailable the batch is tried again, never skipped.
 */
final class TelegramLongPolling implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramLongPolling.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);
    private static final int LIMIT = 100;
    private static final int WAIT_SECONDS = 50;

    private final String token;
    private final TelegramUrl url;
    private final TelegramIngest ingest;
    private TelegramBotsLongPollingApplication application;
    private volatile boolean closed;

    TelegramLongPolling(String token, TelegramUrl url, TelegramIngest ingest) {
        this.token = token;
        this.url = url;
        this.ingest = ingest;
    }

    synchronized void start() {
        closed = false;
        application = new TelegramBotsLongPollingApplication(() -> TelegramJson.MAPPER);
        try {
            application.registerBot(token, () -> url, TelegramLongPolling::nextUpdates, this::store);
            log.info("Telegram: long polling started (no webhook secret configured)");
        } catch (TelegramApiException e) {
            throw new IllegalStateException(
                    "Telegram long polling could not start: " + e.getClass().getSimpleName(), e);
        }
    }

    /** @return the request after the update {@code lastReceived}, for the update kinds Jaga reads */
    static GetUpdates nextUpdates(int lastReceived) {
        return GetUpdates.builder()
                .offset(lastReceived + 1)
                .limit(LIMIT)
                .timeout(WAIT_SECONDS)
                .allowedUpdates(TelegramWebhookRegistration.UPDATES)
                .build();
    }

    /**
     * Stores the batch; an exception here would stop the library's polling for good (and the next
     * poll would confirm the batch anyway), so a failure is waited out instead.
     */
    private void store(List<Update> updates) {
        for (Update update : updates) {
            ingest.ingest(update)
                    .timeout(STORE_TIMEOUT)
                    .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200))
                            .maxBackoff(Duration.ofSeconds(5))
                            .filter(error -> !closed)
                            .doBeforeRetry(signal -> log.warn(
                                    "Telegram: could not store an update, trying again: {}",
                                    signal.failure().getClass().getSimpleName())))
                    .block();
        }
    }

    @Override
    public synchronized void close() throws Exception {
        closed = true;
        if (application != null) {
            application.close();
            application = null;
        }
    }
}
