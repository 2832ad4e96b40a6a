package org.jaga.channels.ratelimit;

import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Mono;

/**
 * Rate limits shared by every instance: a send takes one token from each of its buckets, or none
 * when any of them is empty or paused.
 */
public interface RateLimiter {
    /** The token-bucket function in Lua, prepended to every script that takes tokens. */
    String BUCKETS_SCRIPT = "/org/jaga/channels/ratelimit/buckets.lua";

    /** @return zero when a token was taken from every bucket; otherwise how long to wait before asking again */
    Mono<Duration> acquire(List<Rate> rates);

    /** Empties the bucket until then: the platform said to wait (Telegram's retry_after, Meta's 613). */
    Mono<Void> pause(String bucket, Duration wait);

    /** @return where a bucket is kept in Redis */
    static String bucketKey(KeySpace keys, String bucket) {
        return keys.key("rate:" + bucket);
    }

    /** @return what the buckets script reads for these rates (tokens per second, burst), in order */
    static List<String> bucketArguments(List<Rate> rates) {
        return rates.stream()
                .flatMap(rate -> Stream.of(Double.toString(rate.perSecond()), Integer.toString(rate.burst())))
                .toList();
    }

    /** @return the limiter kept in Redis, under the given keys */
    static RateLimiter inRedis(RedisReactiveCommands<String, String> commands, KeySpace keys) {
        return new RedisRateLimiter(commands, keys);
    }
}
