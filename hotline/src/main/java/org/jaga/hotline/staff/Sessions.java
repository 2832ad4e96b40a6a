package org.jaga.hotline.staff;

import java.time.Clock;
import java.time.Duration;
import org.jaga.core.redis.JagaRedis;
import reactor.core.publisher.Mono;

/** Console sessions, shared by every instance; each expires when idle and after a working day. */
public interface Sessions {
    Duration IDLE = Duration.ofMinutes(30);
    Duration LONGEST = Duration.ofHours(12);

    Mono<Session> open(String username);

    /** @return empty when the token is unknown or expired; otherwise the session, its idle time restarted */
    Mono<Session> find(String token);

    Mono<Void> close(String token);

    static Sessions inRedis(JagaRedis redis, Clock clock) {
        return new RedisSessions(redis.connection().reactive(), redis.keys(), clock);
    }
}
