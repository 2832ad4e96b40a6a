package org.jaga.hotline.staff;

import java.time.Duration;
import org.jaga.core.redis.JagaRedis;
import reactor.core.publisher.Mono;

/** Slows password guessing: after too many failures for one account from one address, it is locked a while. */
public interface LoginThrottle {
    int FAILURES = 5;
    Duration LOCK = Duration.ofMinutes(15);

    /** @return how long the account stays locked for that address; empty when it is not locked */
    Mono<Duration> locked(String username, String address);

    Mono<Void> failed(String username, String address);

    Mono<Void> succeeded(String username, String address);

    static LoginThrottle inRedis(JagaRedis redis) {
        return new RedisLoginThrottle(redis.connection().reactive(), redis.keys());
    }
}
