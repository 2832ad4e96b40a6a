package org.jaga.core.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import org.jaga.core.message.Channel;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.pipeline.Delivery;
import org.jaga.core.pipeline.Outbox;
import org.jaga.core.pipeline.WorkQueue;
import reactor.core.publisher.Mono;

/** The outbox as one Redis stream per channel, read by the consumer group "senders". */
final class RedisOutbox implements Outbox {
    static final String GROUP = "senders";
    private static final Duration REMEMBER_SENT = Duration.ofDays(8);

    private final RedisClient client;
    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;
    private final Scripts scripts;
    private final Duration reclaimAfter;

    RedisOutbox(
            RedisClient client,
            RedisReactiveCommands<String, String> commands,
            KeySpace keys,
            Scripts scripts,
            Duration reclaimAfter) {
        this.client = client;
        this.commands = commands;
        this.keys = keys;
        this.scripts = scripts;
        this.reclaimAfter = reclaimAfter;
    }

    @Override
    public WorkQueue<OutboundMessage> consumer(Channel channel, String name) {
        var spec = new RedisWorkQueue.Spec<>(
                keys.outbox(channel),
                GROUP,
                "m",
                keys.deadLetters(),
                json -> Json.read(json, OutboundMessage.class),
                true);
        return new RedisWorkQueue<>(client, commands, scripts.deadLetter(), spec, name, reclaimAfter);
    }

    @Override
    public Mono<Boolean> wasSent(String outboundId) {
        return commands.exists(keys.sent(outboundId)).map(count -> count > 0);
    }

    @Override
    public Mono<Void> sent(Delivery<OutboundMessage> delivery) {
        OutboundMessage message = delivery.value();
        String[] scriptKeys = {
            keys.sent(message.id()), keys.outbox(message.chat().channel())
        };
        return scripts.sent()
                .run(commands, scriptKeys, GROUP, delivery.id(), Long.toString(REMEMBER_SENT.toSeconds()))
                .then();
    }

    @Override
    public Mono<Boolean> enqueue(OutboundMessage message) {
        String[] scriptKeys = {
            keys.key("queued:" + message.id()), keys.outbox(message.chat().channel())
        };
        return scripts.enqueue()
                .run(commands, scriptKeys, Long.toString(REMEMBER_SENT.toSeconds()), Json.write(message))
                .map(added -> added == 1L);
    }
}
