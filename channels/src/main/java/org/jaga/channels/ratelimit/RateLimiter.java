package org.jaga.channels.ratelimit;

import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import java.util.List;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Mono;

/**
 * Rate limits shared by every instance: a send takes one token from each of its buckets, or none
 * when any of them is empty or paused.
 */
public interface RateLimiter {

    /** @return zero when a token was taken from every bucket; otherwise how long to wait before asking again */
    Mono<Duration> acquire(List<Rate> rates);

    /** Empties the bucket until then: the platform said to wait (Telegram's retry_after, Meta's 613). */
    Mono<Void> pause(String bucket, Duration wait);

    /** @return the limiter kept in Redis, under the given keys */
    static RateLimiter inRedis(RedisReactiveCommands<String, String> commands, KeySpace keys) {
        return new RedisRateLimiter(commands, keys);
    }
}
