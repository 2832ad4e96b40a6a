package org.jaga.channels.webchat;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each conversation's timeline is a Redis stream; a Pub/Sub channel wakes up the pages that follow
 * it on any instance. Appending is one Lua script, so a retried delivery never shows twice.
 */
final class RedisWebchatTimeline implements WebchatTimeline, AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE = 200;
    private static final Duration RE_READ_EVERY = Duration.ofSeconds(5);

    private final RedisReactiveCommands<String, String> commands;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final Sinks.Many<String> wakeups = Sinks.many().multicast().directBestEffort();
    private final KeySpace keys;
    private final Duration retention;
    private final String script;

    RedisWebchatTimeline(
            RedisClient client, RedisReactiveCommands<String, String> commands, KeySpace keys, Duration retention) {
        this.commands = commands;
        this.keys = keys;
        this.retention = retention;
        this.script = readScript();
        this.pubSub = client.connectPubSub();
        pubSub.reactive().observeChannels().subscribe(message -> wakeups.tryEmitNext(message.getMessage()));
        pubSub.sync().subscribe(notifyChannel());
    }

    /** @return the key of the conversation's timeline */
    String timelineKey(String conversationId) {
        return timelineKey(keys, conversationId);
    }

    static String timelineKey(KeySpace keys, String conversationId) {
        return keys.key("webchat:" + conversationId);
    }

    @Override
    public Mono<Void> append(OutboundMessage message) {
        return append(
                message.chat().platformUserId(),
                new WebchatEvent(
                        null,
                        "message",
                        WebchatEvent.FROM_BOT,
                        message.id(),
                        null,
                        message.text(),
                        message.buttons(),
                        message.createdAt()));
    }

    @Override
    public Mono<Void> appendFromPerson(InboundMessage message) {
        String said = message.text().isEmpty() ? message.payload().orElse("") : message.text();
        return append(
                message.chat().platformUserId(),
                new WebchatEvent(
                        null,
                        "message",
                        WebchatEvent.FROM_USER,
                        "u-" + message.platformMessageId(),
                        message.platformMessageId(),
                        said,
                        List.of(),
                        message.receivedAt()));
    }

    private Mono<Void> append(String conversationId, WebchatEvent stored) {
        String[] scriptKeys = {
            keys.key("webchat-sent:" + conversationId + ":" + stored.id()), timelineKey(conversationId)
        };
        String event = JSON.writeValueAsString(stored);
        return commands.<Long>eval(
                        script,
                        ScriptOutputType.INTEGER,
                        scriptKeys,
                        event,
                        Long.toString(retention.toSeconds()),
                        notifyChannel(),
                        conversationId)
                .then();
    }

    @Override
    public Flux<WebchatEvent> follow(String conversationId, String afterEventId) {
        AtomicReference<String> last = new AtomicReference<>(afterEventId == null ? "" : afterEventId);
        Flux<String> mine = wakeups.asFlux().filter(conversationId::equals);
        // Wake-ups are subscribed to before the first read, so an append between the two is not
        // missed; Pub/Sub can still drop a message (a reconnect), so a slow re-read backs it up.
        Flux<String> safety = Flux.interval(RE_READ_EVERY).map(tick -> conversationId);
        return Flux.merge(mine, Mono.just(conversationId), safety)
                .onBackpressureLatest()
                .concatMap(wake -> readAfter(conversationId, last), 1);
    }

    private Flux<WebchatEvent> readAfter(String conversationId, AtomicReference<String> last) {
        Range<String> range = last.get().isEmpty()
                ? Range.create("-", "+")
                : Range.from(Range.Boundary.excluding(last.get()), Range.Boundary.unbounded());
        return commands.xrange(timelineKey(conversationId), range, Limit.from(PAGE))
                .map(entry -> {
                    last.set(entry.getId());
                    return toEvent(entry);
                });
    }

    private static WebchatEvent toEvent(StreamMessage<String, String> entry) {
        WebchatEvent stored = JSON.readValue(entry.getBody().get("e"), WebchatEvent.class);
        return new WebchatEvent(
                entry.getId(),
                stored.type(),
                stored.from(),
                stored.id(),
                stored.messageId(),
                stored.text(),
                stored.buttons(),
                stored.at());
    }

    private String notifyChannel() {
        return keys.key("webchat-notify");
    }

    private static String readScript() {
        try (InputStream in = RedisWebchatTimeline.class.getResourceAsStream("append.lua")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pubSub.close();
    }
}
