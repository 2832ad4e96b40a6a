package org.jaga.hotline.staff;

import org.jaga.core.redis.JagaRedis;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The staff accounts, shared by every instance. */
public interface StaffDirectory {

    /** @return empty when nobody has that username */
    Mono<StaffMember> find(String username);

    /** @return true when the member was added, false when the username is taken (nothing changed) */
    Mono<Boolean> add(StaffMember member);

    /** @return every member, by username */
    Flux<StaffMember> all();

    static StaffDirectory inRedis(JagaRedis redis) {
        return new RedisStaffDirectory(redis.connection().reactive(), redis.keys());
    }
}
