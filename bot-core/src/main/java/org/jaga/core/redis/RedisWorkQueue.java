package org.jaga.core.redis;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XPendingArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jaga.core.pipeline.Delivery;
import org.jaga.core.pipeline.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A consumer of a Redis stream through a consumer group. Blocking reads use a connection of their
 * own, so they never hold up the shared one.
 */
final class RedisWorkQueue<T> implements WorkQueue<T> {
    private static final Logger log = LoggerFactory.getLogger(RedisWorkQueue.class);
    private static final int BATCH = 64;
    private static final Duration BLOCK = Duration.ofSeconds(2);

    private final StatefulRedisConnection<String, String> blocking;
    private final RedisReactiveCommands<String, String> commands;
    private final LuaScript deadLetterScript;
    private final String stream;
    private final String deadLetters;
    private final Consumer<String> consumer;
    private final Function<String, T> decode;
    private final Duration reclaimAfter;
    private final boolean deleteWhenDone;

    RedisWorkQueue(
            RedisClient client,
            RedisReactiveCommands<String, String> commands,
            LuaScript deadLetterScript,
            Spec<T> spec,
            String consumerName,
            Duration reclaimAfter) {
        this.blocking = client.connect();
        this.blocking.setTimeout(BLOCK.multipliedBy(5));
        this.commands = commands;
        this.deadLetterScript = deadLetterScript;
        this.stream = spec.stream();
        this.deadLetters = spec.deadLetters();
        this.consumer = Consumer.from(spec.group(), consumerName);
        this.decode = spec.decode();
        this.reclaimAfter = reclaimAfter;
        this.deleteWhenDone = spec.deleteWhenDone();
        ensureGroup().block(Duration.ofSeconds(10));
    }

    /**
     * @param field the name of the entry field that holds the body
     * @param deleteWhenDone true when only this group reads the stream, so done entries can go
     */
    record Spec<T>(
            String stream,
            String group,
            String field,
            String deadLetters,
            Function<String, T> decode,
            boolean deleteWhenDone) {}

    @Override
    public Mono<List<Delivery<T>>> poll() {
        XReadArgs args = XReadArgs.Builder.block(BLOCK).count(BATCH);
        return blocking.reactive()
                .xreadgroup(consumer, args, XReadArgs.StreamOffset.lastConsumed(stream))
                .concatMap(message -> toDelivery(message, 1))
                .collectList()
                .onErrorResume(this::isMissingGroup, e -> ensureGroup().thenReturn(List.of()));
    }

    @Override
    public Mono<List<Delivery<T>>> reclaim() {
        XPendingArgs<String> pending = XPendingArgs.Builder.<String>xpending(
                        consumer.getGroup(), Range.create("-", "+"), Limit.from(BATCH))
                .idle(reclaimAfter);
        return commands.xpending(stream, pending)
                .collectList()
                .flatMapMany(list -> list.isEmpty()
                        ? Flux.empty()
                        : claim(list.stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        p -> p.getId(), p -> p.getRedeliveryCount()))))
                .collectList()
                .onErrorResume(this::isMissingGroup, e -> ensureGroup().thenReturn(List.of()));
    }

    private Flux<Delivery<T>> claim(Map<String, Long> counts) {
        String[] ids = counts.keySet().toArray(String[]::new);
        XClaimArgs args = XClaimArgs.Builder.minIdleTime(reclaimAfter);
        return commands.xclaim(stream, consumer, args, ids)
                .concatMap(message -> toDelivery(message, counts.getOrDefault(message.getId(), 0L) + 1));
    }

    private Mono<Delivery<T>> toDelivery(StreamMessage<String, String> message, long attempts) {
        String body = message.getBody() == null
                ? null
                : message.getBody().values().stream().findFirst().orElse(null);
        if (body == null) {
            return commands.xack(stream, consumer.getGroup(), message.getId()).then(Mono.empty());
        }
        try {
            return Mono.just(new Delivery<>(message.getId(), decode.apply(body), attempts));
        } catch (RuntimeException unreadable) {
            log.error("{}: entry {} cannot be read; moved to dead letters", stream, message.getId());
            return deadLetter(message.getId(), body, "unreadable entry").then(Mono.empty());
        }
    }

    @Override
    public Mono<Void> ack(Delivery<T> delivery) {
        Mono<Long> ack = commands.xack(stream, consumer.getGroup(), delivery.id());
        return (deleteWhenDone ? ack.then(commands.xdel(stream, delivery.id())) : ack).then();
    }

    @Override
    public Mono<Void> deadLetter(Delivery<T> delivery, String reason) {
        return deadLetter(delivery.id(), Json.write(delivery.value()), reason);
    }

    private Mono<Void> deadLetter(String id, String body, String reason) {
        String[] keys = {stream, deadLetters};
        return deadLetterScript
                .run(commands, keys, consumer.getGroup(), id, body, reason, deleteWhenDone ? "1" : "0")
                .then();
    }

    private Mono<Void> ensureGroup() {
        return commands.xgroupCreate(
                        XReadArgs.StreamOffset.from(stream, "0"),
                        consumer.getGroup(),
                        XGroupCreateArgs.Builder.mkstream())
                .onErrorResume(
                        e -> e.getMessage() != null && e.getMessage().startsWith("BUSYGROUP"),
                        alreadyThere -> Mono.empty())
                .then();
    }

    private boolean isMissingGroup(Throwable error) {
        return error.getMessage() != null && error.getMessage().startsWith("NOGROUP");
    }

    @Override
    public void close() {
        blocking.closeAsync();
    }
}
