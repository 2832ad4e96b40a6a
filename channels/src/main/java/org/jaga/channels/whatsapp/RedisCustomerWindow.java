package org.jaga.channels.whatsapp;

import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jaga.channels.delivery.RedisScript;
import org.jaga.core.message.ChatRef;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Mono;

/** One key per chat holding the epoch millis of the person's latest message; kept two days. */
final class RedisCustomerWindow implements CustomerWindow {
    private static final Duration REMEMBER = Duration.ofDays(2);

    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;
    private final RedisScript wrote;

    RedisCustomerWindow(RedisReactiveCommands<String, String> commands, KeySpace keys) {
        this.commands = commands;
        this.keys = keys;
        this.wrote = RedisScript.load(RedisCustomerWindow.class, "wrote.lua", commands);
    }

    private String key(ChatRef chat) {
        return keys.key("wa-window:" + chat.key());
    }

    @Override
    public Mono<Void> wrote(ChatRef chat, Instant at) {
        return wrote.run(
                        commands,
                        new String[] {key(chat)},
                        Long.toString(at.toEpochMilli()),
                        Long.toString(REMEMBER.toSeconds()))
                .then();
    }

    @Override
    public Mono<Optional<Instant>> lastWrote(ChatRef chat) {
        return commands.get(key(chat))
                .map(millis -> Optional.of(Instant.ofEpochMilli(Long.parseLong(millis))))
                .defaultIfEmpty(Optional.empty());
    }

    @Override
    public Mono<Void> closed(ChatRef chat) {
        return commands.del(key(chat)).then();
    }
}
