package org.jaga.hotline.console;

import java.time.Duration;

/** Too many failed logins for this account from this address: try again after {@link #retryAfter()}. */
final class Throttled extends RuntimeException {
    private final Duration retryAfter;

    Throttled(Duration retryAfter) {
        super("too many failed logins; try again later", null, false, false);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
