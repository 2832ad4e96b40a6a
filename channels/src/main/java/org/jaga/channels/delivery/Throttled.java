package org.jaga.channels.delivery;

import java.time.Duration;
import org.jaga.core.pipeline.DeliveryFailed;

/** The platform refused a send for its rate limit and said how long to wait; retriable. */
public final class Throttled extends DeliveryFailed {
    private final String bucket;

    /** @param bucket the rate-limit bucket to pause: the chat's, or the whole channel's */
    public Throttled(String reason, String bucket, Duration wait) {
        super(reason, true, wait);
        this.bucket = bucket;
    }

    public String bucket() {
        return bucket;
    }
}
