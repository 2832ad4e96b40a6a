package org.jaga.channels.delivery;

import io.lettuce.core.Range;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Mono;

/**
 * One sorted set per chat ({@code trail:<chat key>}): the platform ids, scored by the epoch second
 * each message was sent. Every write drops what is older than {@link #WINDOW} and makes the set
 * expire {@link #WINDOW} after it, so nothing outlives the time a bot may delete a message.
 */
final class RedisMessageTrail implements MessageTrail {
    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;
    private final Predicate<Channel> kept;
    private final Clock clock;
    private final RedisScript add;
    private final RedisScript forget;

    /** @param kept the channels whose bots may delete a person's messages */
    RedisMessageTrail(
            RedisReactiveCommands<String, String> commands, KeySpace keys, Predicate<Channel> kept, Clock clock) {
        this.commands = commands;
        this.keys = keys;
        this.kept = kept;
        this.clock = clock;
        this.add = RedisScript.load(RedisMessageTrail.class, "trail-add.lua", commands);
        this.forget = RedisScript.load(RedisMessageTrail.class, "trail-forget.lua", commands);
    }

    /** @return the chat's trail; empty when its platform lets no bot delete messages */
    Optional<String> key(ChatRef chat) {
        return kept.test(chat.channel()) ? Optional.of(keys.key("trail:" + chat.key())) : Optional.empty();
    }

    /** @return what part-sent.lua needs to add a part to a trail: now and the window, in seconds */
    List<String> partArguments() {
        return List.of(Long.toString(clock.instant().getEpochSecond()), Long.toString(WINDOW.toSeconds()));
    }

    @Override
    public Mono<Void> received(ChatRef chat, String platformMessageId, Instant sentAt) {
        return key(chat)
                .map(key -> add.run(
                                commands,
                                new String[] {key},
                                platformMessageId,
                                Long.toString(sentAt.getEpochSecond()),
                                Long.toString(clock.instant().getEpochSecond()),
                                Long.toString(WINDOW.toSeconds()))
                        .then())
                .orElse(Mono.empty());
    }

    @Override
    public Mono<List<String>> deletable(ChatRef chat, Instant until) {
        Range<Long> window =
                Range.from(Range.Boundary.excluding(oldestKept()), Range.Boundary.including(until.getEpochSecond()));
        return key(chat)
                .map(key -> commands.zrangebyscore(key, window).collectList())
                .orElse(Mono.just(List.of()));
    }

    @Override
    public Mono<Void> forget(ChatRef chat, List<String> platformMessageIds) {
        return key(chat)
                .map(key -> {
                    List<String> arguments = new ArrayList<>();
                    arguments.add(Long.toString(oldestKept()));
                    arguments.addAll(platformMessageIds);
                    return forget.run(commands, new String[] {key}, arguments.toArray(String[]::new))
                            .then();
                })
                .orElse(Mono.empty());
    }

    private long oldestKept() {
        return clock.instant().minus(WINDOW).getEpochSecond();
    }
}
