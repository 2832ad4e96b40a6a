package org.jaga.core.pipeline;

import java.time.Duration;

/**
 * @param workers inbox workers in this instance
 * @param maxAttempts how often an entry is tried before it becomes a dead letter
 * @param reclaimAfter how long an entry may stay unacknowledged before another consumer takes it
 * @param reclaimEvery how often a consumer looks for such entries
 * @param retention how long conversations and transcripts are kept after their last message
 */
public record PipelineSettings(
        int workers, int maxAttempts, Duration reclaimAfter, Duration reclaimEvery, Duration retention) {
    public PipelineSettings {
        if (workers < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("workers and maxAttempts must be at least 1");
        }
        if (reclaimAfter.isNegative() || reclaimAfter.isZero() || reclaimEvery.isNegative() || reclaimEvery.isZero()) {
            throw new IllegalArgumentException("reclaim durations must be positive");
        }
        if (retention.toSeconds() < 1) {
            throw new IllegalArgumentException("retention must be at least a second");
        }
    }

    public static PipelineSettings defaults() {
        return new PipelineSettings(2, 5, Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofDays(90));
    }
}
