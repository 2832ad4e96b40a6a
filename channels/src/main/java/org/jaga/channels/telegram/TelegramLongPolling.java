package org.jaga.channels.telegram;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling for a local trial: no public URL needed. Each batch of updates is stored before the
 * library asks for the next one (which confirms the batch to Telegram), so a crash loses nothing.
 */
final class TelegramLongPolling implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramLongPolling.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final String token;
    private final TelegramUrl url;
    private final TelegramIngest ingest;
    private TelegramBotsLongPollingApplication application;

    TelegramLongPolling(String token, TelegramUrl url, TelegramIngest ingest) {
        this.token = token;
        this.url = url;
        this.ingest = ingest;
    }

    synchronized void start() {
        application = new TelegramBotsLongPollingApplication(() -> TelegramJson.MAPPER);
        try {
            application.registerBot(
                    token,
                    () -> url,
                    new DefaultGetUpdatesGenerator(),
                    updates -> updates.forEach(update -> ingest.ingest(update).block(STORE_TIMEOUT)));
            log.info("Telegram: long polling started (no webhook secret configured)");
        } catch (TelegramApiException e) {
            throw new IllegalStateException(
                    "Telegram long polling could not start: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public synchronized void close() throws Exception {
        if (application != null) {
            application.close();
        }
    }
}
