package org.jaga.hotline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutOfHoursNoticeTest {
    private final Desks desks = Desks.standard();
    private final OutOfHoursNotice notice = new OutOfHoursNotice();
    /** A Sunday, 03:00 in Manila. */
    private final Instant sundayNight = Instant.parse("2026-11-21T19:00:00Z");

    @Test
    void aClosedDeskTellsWhenAPersonWillWriteAndANumberToCallMeanwhile() {
        String text = notice.text(desks.find("ph-embassy").orElseThrow(), "en", sundayNight)
                .orElseThrow();

        assertThat(text).contains("Mon 08:00").contains("1343");
    }

    @Test
    void saysNothingWhenTheDeskIsOpen() {
        assertThat(notice.text(desks.general(), "en", sundayNight)).isEmpty();
    }

    @Test
    void speaksEveryLanguageWithoutNamingTheDeskOrUsingAlarmingWords() {
        Desk desk = desks.find("vn-embassy").orElseThrow();
        for (String language : List.of("en", "id", "ms", "th", "vi", "fil", "my", "km", "zh")) {
            String text = notice.text(desk, language, sundayNight).orElseThrow();
            assertThat(text).contains("+84 981 84 84 84").doesNotContainIgnoringCase("embassy");
            assertThat(text.toLowerCase()).doesNotContain("traffick", "rescue", "police", "danger");
        }
        assertThat(notice.text(desk, "vi", sundayNight).orElseThrow()).startsWith("Cảm ơn");
    }
}
