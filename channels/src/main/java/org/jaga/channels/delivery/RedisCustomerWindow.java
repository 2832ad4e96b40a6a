package org.jaga.channels.delivery;

import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Instant;
import java.util.Optional;
import org.jaga.core.message.ChatRef;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Mono;

/**
 * One key per chat holding the epoch millis of the person's latest message. Recording a message
 * also lifts the chat's block and counts its held messages, in the same script.
 */
final class RedisCustomerWindow implements CustomerWindow {
    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;
    private final RedisScript wrote;

    RedisCustomerWindow(RedisReactiveCommands<String, String> commands, KeySpace keys) {
        this.commands = commands;
        this.keys = keys;
        this.wrote = RedisScript.load(RedisCustomerWindow.class, "wrote.lua", commands);
    }

    static String key(KeySpace keys, ChatRef chat) {
        return keys.key("window:" + chat.key());
    }

    @Override
    public Mono<Long> wrote(ChatRef chat, Instant at) {
        String[] scriptKeys = {key(keys, chat), RedisChatBlocks.key(keys, chat), RedisHeldMessages.heldKey(keys, chat)};
        return wrote.run(commands, scriptKeys, Long.toString(at.toEpochMilli()), Long.toString(REMEMBERED.toSeconds()));
    }

    @Override
    public Mono<Optional<Instant>> lastWrote(ChatRef chat) {
        return commands.get(key(keys, chat))
                .map(millis -> Optional.of(Instant.ofEpochMilli(Long.parseLong(millis))))
                .defaultIfEmpty(Optional.empty());
    }

    @Override
    public Mono<Void> closed(ChatRef chat) {
        return commands.del(key(keys, chat)).then();
    }
}
