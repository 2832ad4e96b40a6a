package org.jaga.hotline.staff;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Mono;

/** A failure counter per account and address that expires {@link #LOCK} after the first failure. */
final class RedisLoginThrottle implements LoginThrottle {
    private static final String COUNT = "local n = redis.call('INCR', KEYS[1]) "
            + "if n == 1 or redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end "
            + "return n";
    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;

    RedisLoginThrottle(RedisReactiveCommands<String, String> commands, KeySpace keys) {
        this.commands = commands;
        this.keys = keys;
    }

    @Override
    public Mono<Duration> locked(String username, String address) {
        String key = key(username, address);
        return commands.get(key)
                .filter(count -> Long.parseLong(count) >= FAILURES)
                .flatMap(count -> commands.ttl(key))
                .map(seconds -> Duration.ofSeconds(Math.max(1, seconds)));
    }

    @Override
    public Mono<Void> failed(String username, String address) {
        return commands.<Long>eval(
                        COUNT,
                        ScriptOutputType.INTEGER,
                        new String[] {key(username, address)},
                        Long.toString(LOCK.toSeconds()))
                .then();
    }

    @Override
    public Mono<Void> succeeded(String username, String address) {
        return commands.del(key(username, address)).then();
    }

    private String key(String username, String address) {
        return keys.key("hotline:login-failures:" + username + "|" + address);
    }
}
