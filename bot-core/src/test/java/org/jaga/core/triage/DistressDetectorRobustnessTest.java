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
}
