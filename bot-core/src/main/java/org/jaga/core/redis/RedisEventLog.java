package org.jaga.core.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import org.jaga.core.event.DomainEvent;
import org.jaga.core.pipeline.EventLog;
import org.jaga.core.pipeline.WorkQueue;

/** The event log as one Redis stream with a consumer group per subscriber. */
final class RedisEventLog implements EventLog {
    private final RedisClient client;
    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;
    private final Scripts scripts;
    private final EventCodec codec;
    private final Duration reclaimAfter;

    RedisEventLog(
            RedisClient client,
            RedisReactiveCommands<String, String> commands,
            KeySpace keys,
            Scripts scripts,
            EventCodec codec,
            Duration reclaimAfter) {
        this.client = client;
        this.commands = commands;
        this.keys = keys;
        this.scripts = scripts;
        this.codec = codec;
        this.reclaimAfter = reclaimAfter;
    }

    @Override
    public WorkQueue<DomainEvent> consumer(String subscriber, String name) {
        var spec = new RedisWorkQueue.Spec<>(
                keys.events(), "events-" + subscriber, "e", keys.deadLetters(), codec::decode, false);
        return new RedisWorkQueue<>(client, commands, scripts.deadLetter(), spec, name, reclaimAfter);
    }
}
