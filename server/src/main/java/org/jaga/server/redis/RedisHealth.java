package org.jaga.server.redis;

import java.time.Duration;
import org.jaga.core.redis.JagaRedis;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;

/** Up when Redis answers a PING within a second. */
final class RedisHealth implements ReactiveHealthIndicator {
    private final JagaRedis redis;

    RedisHealth(JagaRedis redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Health> health() {
        return redis.connection()
                .reactive()
                .ping()
                .timeout(Duration.ofSeconds(1))
                .map(pong -> Health.up().build())
                .onErrorResume(e -> Mono.just(Health.down()
                        .withDetail("error", e.getClass().getSimpleName())
                        .build()));
    }
}
