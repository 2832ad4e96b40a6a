package org.jaga.hotline.audit;

import org.jaga.core.redis.JagaRedis;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The append-only record of who saw or did what. */
public interface AuditTrail {

    Mono<Void> record(AuditEntry entry);

    /** @return the latest entries, newest first */
    Flux<AuditEntry> latest(int limit);

    static AuditTrail inRedis(JagaRedis redis) {
        return new RedisAuditTrail(redis.connection().reactive(), redis.keys());
    }
}
