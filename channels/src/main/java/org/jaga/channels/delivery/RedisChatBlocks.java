package org.jaga.channels.delivery;

import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import org.jaga.core.message.ChatRef;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Mono;

/** One key per blocked chat, holding the reason; it expires with the conversation's retention. */
final class RedisChatBlocks implements ChatBlocks {
    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;
    private final Duration remember;

    RedisChatBlocks(RedisReactiveCommands<String, String> commands, KeySpace keys, Duration remember) {
        this.commands = commands;
        this.keys = keys;
        this.remember = remember;
    }

    static String key(KeySpace keys, ChatRef chat) {
        return keys.key("blocked:" + chat.key());
    }

    private String key(ChatRef chat) {
        return key(keys, chat);
    }

    @Override
    public Mono<Void> blocked(ChatRef chat, String reason) {
        return commands.setex(key(chat), remember.toSeconds(), reason).then();
    }

    @Override
    public Mono<Void> unblocked(ChatRef chat) {
        return commands.del(key(chat)).then();
    }

    @Override
    public Mono<Boolean> isBlocked(ChatRef chat) {
        return commands.exists(key(chat)).map(count -> count > 0);
    }
}
