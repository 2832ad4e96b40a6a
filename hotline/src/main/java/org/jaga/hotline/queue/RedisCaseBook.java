package org.jaga.hotline.queue;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.jaga.core.message.ChatRef;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each case is a hash (version, JSON); the queue is one sorted set per state. Every change is one
 * Lua script that checks the version, moves the case between the sets and publishes the change,
 * so that no reader ever sees a half-made change.
 */
final class RedisCaseBook implements CaseBook {
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Duration EVENT_MEMORY = Duration.ofDays(30);
    private static final int CONFLICT_RETRIES = 20;
    private static final int FIRST_REPLIES_KEPT = 1000;

    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final Sinks.Many<CaseChange> changes = Sinks.many().multicast().directBestEffort();

    RedisCaseBook(RedisClient client, RedisReactiveCommands<String, String> commands, KeySpace keys) {
        this.commands = commands;
        this.keys = keys;
        this.pubSub = client.connectPubSub();
        pubSub.reactive()
                .observeChannels()
                .subscribe(message -> changes.tryEmitNext(JSON.readValue(message.getMessage(), CaseChange.class)));
        pubSub.sync().subscribe(channel());
    }

    @Override
    public Mono<Opening> open(HotlineCase candidate, String eventKey) {
        String chat = candidate.chat().key();
        String[] scriptKeys = {
            key("case-open:" + chat),
            key("case-event:" + chat + ":" + eventKey),
            caseKey(candidate.id()),
            set(CaseState.WAITING)
        };
        CaseChange change = CaseChange.of("case", candidate, candidate);
        return commands.<String>eval(
                        CaseScripts.OPEN,
                        ScriptOutputType.VALUE,
                        scriptKeys,
                        candidate.id(),
                        JSON.writeValueAsString(candidate),
                        Long.toString(candidate.score()),
                        channel(),
                        JSON.writeValueAsString(change),
                        Long.toString(EVENT_MEMORY.toSeconds()))
                .next()
                .flatMap(result -> switch (result.charAt(0)) {
                    case '+' -> Mono.just(new Opening(candidate, true));
                    case '=' -> find(result.substring(1)).map(existing -> new Opening(existing, false));
                    default -> Mono.empty();
                });
    }

    @Override
    public Mono<HotlineCase> find(String id) {
        return commands.hget(caseKey(id), "j").map(json -> JSON.readValue(json, HotlineCase.class));
    }

    @Override
    public Mono<HotlineCase> openCaseOf(ChatRef chat) {
        return commands.get(key("case-open:" + chat.key())).flatMap(this::find);
    }

    @Override
    public Mono<HotlineCase> change(String id, UnaryOperator<HotlineCase> how) {
        return Mono.defer(() -> find(id).switchIfEmpty(Mono.error(CaseNotFound::new))
                        .flatMap(before -> write(before, how.apply(before))))
                .retryWhen(Retry.max(CONFLICT_RETRIES).filter(Changed.class::isInstance));
    }

    private Mono<HotlineCase> write(HotlineCase before, HotlineCase changed) {
        if (changed.equals(before)) {
            return Mono.just(before);
        }
        HotlineCase after = changed.nextVersion();
        String firstReply = before.firstReplyAt() == null && after.firstReplyAt() != null
                ? Long.toString(after.timeToFirstReply().orElseThrow().toSeconds())
                : "";
        String[] scriptKeys = {
            caseKey(after.id()),
            set(CaseState.WAITING),
            set(CaseState.WITH_HUMAN),
            set(CaseState.CLOSED),
            key("case-open:" + after.chat().key()),
            key("first-reply:" + after.desk())
        };
        return commands.<Long>eval(
                        CaseScripts.CHANGE,
                        ScriptOutputType.INTEGER,
                        scriptKeys,
                        Long.toString(before.version()),
                        JSON.writeValueAsString(after),
                        after.id(),
                        after.state().name(),
                        Long.toString(after.score()),
                        channel(),
                        JSON.writeValueAsString(CaseChange.of("case", before, after)),
                        firstReply,
                        Integer.toString(FIRST_REPLIES_KEPT))
                .next()
                .flatMap(result -> result == 1L
                        ? Mono.just(after)
                        : result == 0L ? Mono.<HotlineCase>error(new Changed()) : Mono.error(new CaseNotFound()));
    }

    @Override
    public Flux<HotlineCase> inState(CaseState state, int limit) {
        return commands.zrange(set(state), 0, Math.max(1, limit) - 1L).concatMap(this::find);
    }

    @Override
    public Mono<Void> addNote(String id, CaseNote note) {
        return commands.rpush(key("case-notes:" + id), JSON.writeValueAsString(note))
                .then();
    }

    @Override
    public Flux<CaseNote> notes(String id) {
        return commands.lrange(key("case-notes:" + id), 0, -1).map(json -> JSON.readValue(json, CaseNote.class));
    }

    @Override
    public Flux<Long> firstReplySeconds(String desk) {
        return commands.lrange(key("first-reply:" + desk), 0, -1).map(Long::parseLong);
    }

    @Override
    public Mono<Void> announce(CaseChange change) {
        return commands.publish(channel(), JSON.writeValueAsString(change)).then();
    }

    @Override
    public Flux<CaseChange> changes() {
        return changes.asFlux();
    }

    @Override
    public void close() {
        changes.tryEmitComplete();
        pubSub.close();
    }

    private String set(CaseState state) {
        return key("queue:" + state.name());
    }

    private String caseKey(String id) {
        return key("case:" + id);
    }

    private String channel() {
        return key("changes");
    }

    private String key(String name) {
        return keys.key("hotline:" + name);
    }

    private static final class Changed extends RuntimeException {
        Changed() {
            super("the case changed meanwhile", null, false, false);
        }
    }
}
