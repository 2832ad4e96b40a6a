package org.jaga.channels.ratelimit;

import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import java.util.List;
import org.jaga.channels.delivery.RedisScript;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Mono;

/**
 * Token buckets as Redis hashes, updated by one Lua script with the server's clock, so the limits
 * hold across instances and across a restart.
 */
final class RedisRateLimiter implements RateLimiter {

    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;
    private final RedisScript acquire;
    private final RedisScript pause;

    RedisRateLimiter(RedisReactiveCommands<String, String> commands, KeySpace keys) {
        this.commands = commands;
        this.keys = keys;
        this.acquire = RedisScript.load(RedisRateLimiter.class, BUCKETS_SCRIPT, "acquire.lua", commands);
        this.pause = RedisScript.load(RedisRateLimiter.class, "pause.lua", commands);
    }

    private String key(String bucket) {
        return RateLimiter.bucketKey(keys, bucket);
    }

    @Override
    public Mono<Duration> acquire(List<Rate> rates) {
        String[] bucketKeys = rates.stream().map(rate -> key(rate.bucket())).toArray(String[]::new);
        String[] args = RateLimiter.bucketArguments(rates).toArray(String[]::new);
        return acquire.run(commands, bucketKeys, args).map(Duration::ofMillis);
    }

    @Override
    public Mono<Void> pause(String bucket, Duration wait) {
        return pause.run(commands, new String[] {key(bucket)}, Long.toString(Math.max(1, wait.toMillis())))
                .then();
    }
}
