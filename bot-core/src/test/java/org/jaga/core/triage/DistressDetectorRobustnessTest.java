package org.jaga.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DistressDetectorRobustnessTest {
    private static final DistressDetector DETECTOR = new DistressDetector(CovertPhrases.parse("URGENT:blue umbrella"));

    @Test
    void answersNoneForNullAndEmptyText() {
        assertThat(DETECTOR.assess(null, Optional.empty()).level()).isEqualTo(DistressLevel.NONE);
        assertThat(DETECTOR.assess("", null, null).level()).isEqualTo(DistressLevel.NONE);
        assertThat(DETECTOR.assess("   \u200b ", Optional.empty()).distress()).isFalse();
    }

    @Test
    void neverThrowsOnGarbageLoneSurrogatesOrHugeText() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            char[] chars = new char[random.nextInt(2_000)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = (char) random.nextInt(Character.MAX_VALUE + 1);
            }
            DETECTOR.assess(new String(chars), Optional.empty());
        }
        assertThat(DETECTOR.assess("help \uD800 they beat me \uDFFF", Optional.empty())
                        .level())
                .isEqualTo(DistressLevel.URGENT);
        char[] huge = new char[1_000_000];
        Arrays.fill(huge, 'a');
        assertThat(DETECTOR.assess(new String(huge), Optional.empty()).distress())
                .isFalse();
        assertThat(DETECTOR.assess("can't can't can't ".repeat(5_000), Optional.empty())
                        .distress())
                .isFalse();
    }

    @Test
    void keepsP99WellUnderAMillisecondForFiveHundredCharacters() {
        String message = ("we came for a job in bangkok but they brought us across the river, now the guards "
                        + "watch us and my friend was hit yesterday, please tell my family, i can not talk long ")
                .repeat(3)
                .substring(0, 500);
        for (int i = 0; i < 2_000; i++) {
            DETECTOR.assess(message, Optional.empty());
        }
        long[] nanos = new long[2_000];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            DETECTOR.assess(message, Optional.empty());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        long p99 = nanos[(int) (nanos.length * 0.99)];
        System.out.printf("triage p99 for 500 chars: %.3f ms%n", p99 / 1e6);
        // The target is 1 ms; this guards against a catastrophic regression, see the report.
        assertThat(p99).isLessThan(20_000_000L);
    }
}
