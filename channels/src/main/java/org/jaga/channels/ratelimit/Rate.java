package org.jaga.channels.ratelimit;

import org.jaga.core.Require;

/**
 * A token bucket: {@code perSecond} tokens come back each second, up to {@code burst}.
 *
 * @param bucket names what is limited, e.g. "telegram:chat:42" or "telegram:all"
 */
public record Rate(String bucket, double perSecond, int burst) {
    public Rate {
        Require.nonBlank(bucket, "bucket");
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("perSecond must be positive and burst at least 1");
        }
    }
}
