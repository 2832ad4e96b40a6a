package org.jaga.hotline.stats;

import java.util.Optional;
import org.jaga.core.Require;

/**
 * One desk's queue at a glance.
 *
 * @param replies how many first replies the times are computed from
 * @param medianSeconds empty when no case of the desk has had a human reply yet
 */
public record DeskStatistics(
        String desk,
        String name,
        int waiting,
        int withHuman,
        int replies,
        Optional<Long> medianSeconds,
        Optional<Long> p90Seconds) {
    public DeskStatistics {
        Require.nonBlank(desk, "desk");
        Require.nonBlank(name, "name");
        medianSeconds = medianSeconds == null ? Optional.empty() : medianSeconds;
        p90Seconds = p90Seconds == null ? Optional.empty() : p90Seconds;
    }
}
