package org.jaga.hotline.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentileTest {
    @Test
    void nearestRankPicksAnObservedValue() {
        List<Long> times = List.of(5L, 10L, 20L, 40L, 300L);

        assertThat(Percentile.of(times, 50)).contains(20L);
        assertThat(Percentile.of(times, 90)).contains(300L);
        assertThat(Percentile.of(List.of(), 50)).isEmpty();
    }
}
