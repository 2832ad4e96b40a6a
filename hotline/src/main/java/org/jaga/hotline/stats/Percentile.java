package org.jaga.hotline.stats;

import java.util.List;
import java.util.Optional;

/** Nearest-rank percentiles: always one of the observed values, never an interpolation. */
final class Percentile {
    private Percentile() {}

    /** @param sorted ascending */
    static Optional<Long> of(List<Long> sorted, double percent) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1)));
    }
}
