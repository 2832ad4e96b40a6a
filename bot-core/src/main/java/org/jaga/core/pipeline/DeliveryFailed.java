package org.jaga.core.pipeline;

import java.time.Duration;
import java.util.Optional;

/** A message could not be delivered; {@link #retriable()} says whether trying again may help. */
public class DeliveryFailed extends RuntimeException {
    private final boolean retriable;
    private final Duration retryAfter;

    public DeliveryFailed(String reason, boolean retriable, Duration retryAfter) {
        super(reason);
        this.retriable = retriable;
        this.retryAfter = retryAfter;
    }

    public static DeliveryFailed forGood(String reason) {
        return new DeliveryFailed(reason, false, null);
    }

    public static DeliveryFailed forNow(String reason, Duration retryAfter) {
        return new DeliveryFailed(reason, true, retryAfter);
    }

    public boolean retriable() {
        return retriable;
    }

    /** @return how long the platform asked us to wait, when it said */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
