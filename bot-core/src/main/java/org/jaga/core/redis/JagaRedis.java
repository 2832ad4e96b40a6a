package org.jaga.core.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Clock;
import java.time.Duration;
import org.jaga.core.conversation.ConversationStore;
import org.jaga.core.handover.Handover;
import org.jaga.core.pipeline.EventLog;
import org.jaga.core.pipeline.Inbox;
import org.jaga.core.pipeline.Outbox;
import org.jaga.core.pipeline.PipelineSettings;
import org.jaga.core.report.RecruiterReports;

/**
 * The core's stores on one Redis server: the wiring point for the Redis adapters. Owns the client
 * and its shared connection; {@link #close()} releases both.
 */
public final class JagaRedis implements AutoCloseable {
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final KeySpace keys;
    private final Inbox inbox;
    private final Outbox outbox;
    private final EventLog events;
    private final ConversationStore conversations;
    private final Handover handover;
    private final RecruiterReports reports;

    private JagaRedis(
            RedisClient client, KeySpace keys, PipelineSettings settings, EventCodec codec, ChatDataKeys chatData) {
        this.client = client;
        this.connection = client.connect();
        this.keys = keys;
        RedisReactiveCommands<String, String> commands = connection.reactive();
        Scripts scripts = Scripts.load(commands);
        Duration reclaimAfter = settings.reclaimAfter();
        this.inbox =
                new RedisInbox(client, commands, keys, scripts, codec, chatData, reclaimAfter, settings.retention());
        this.outbox = new RedisOutbox(client, commands, keys, scripts, reclaimAfter);
        this.events = new RedisEventLog(client, commands, keys, scripts, codec, reclaimAfter);
        this.conversations = new RedisConversationStore(commands, keys);
        this.handover = new RedisHandover(
                commands, keys, scripts.update(), conversations, settings.retention(), Clock.systemUTC());
        this.reports = new RedisRecruiterReports(commands, keys);
    }

    /**
     * Connects to the server at the URL ("redis://host:port", "rediss://…", "redis-sentinel://…").
     *
     * @param chatData the keys other modules keep per chat, erased when a person asks to be forgotten
     */
    public static JagaRedis connect(
            String url, KeySpace keys, PipelineSettings settings, EventCodec codec, ChatDataKeys chatData) {
        RedisClient client = RedisClient.create(RedisURI.create(url));
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(10)))
                .build());
        return new JagaRedis(client, keys, settings, codec, chatData);
    }

    public Inbox inbox() {
        return inbox;
    }

    public Outbox outbox() {
        return outbox;
    }

    public EventLog events() {
        return events;
    }

    public ConversationStore conversations() {
        return conversations;
    }

    public Handover handover() {
        return handover;
    }

    public RecruiterReports reports() {
        return reports;
    }

    public KeySpace keys() {
        return keys;
    }

    /** @return the client, for the Redis adapters of other modules */
    public RedisClient client() {
        return client;
    }

    /** @return the shared connection; never use it for blocking commands */
    public StatefulRedisConnection<String, String> connection() {
        return connection;
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
