package org.jaga.hotline.staff;

import java.time.Clock;
import java.util.Set;
import org.jaga.hotline.audit.AuditEntry;
import org.jaga.hotline.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/** Creates the first admin from the deployment's settings, once: an existing account is left alone. */
public final class AdminBootstrap {
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private final StaffDirectory staff;
    private final Passwords passwords;
    private final AuditTrail audit;
    private final Clock clock;

    public AdminBootstrap(StaffDirectory staff, Passwords passwords, AuditTrail audit, Clock clock) {
        this.staff = staff;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param desks the admin's desk membership (all desks, so that one person can run a small hotline)
     * @return true when the admin was created now
     */
    public Mono<Boolean> ensure(String username, String password, Set<String> desks) {
        Passwords.checkStrength(password);
        return staff.find(username)
                .map(existing -> false)
                .switchIfEmpty(Mono.defer(() -> passwords
                        .hash(password)
                        .map(hash -> new StaffMember(username, Role.ADMIN, desks, hash, clock.instant()))
                        .flatMap(staff::add)
                        .flatMap(added -> added
                                ? audit.record(new AuditEntry(
                                                clock.instant(),
                                                "-",
                                                AuditEntry.Action.STAFF_CREATED,
                                                username,
                                                "ADMIN"))
                                        .thenReturn(true)
                                : Mono.just(false))))
                .doOnNext(created -> {
                    if (created) {
                        log.info("Created the first console admin from JAGA_ADMIN_USER");
                    }
                });
    }
}
