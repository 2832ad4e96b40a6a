package org.jaga.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CovertPhrasesTest {
    private static final DistressDetector DETECTOR = new DistressDetector(
            CovertPhrases.parse("URGENT:is the blue umbrella still for sale|HIGH:grandma's recipe\nbánh chưng ngon"));

    @Test
    void matchesIgnoringCaseDiacriticsAndWhiteSpaceWithoutEchoingThePhrase() {
        String text = "Hi!  Is the BLUE   umbrella still for sale?";
        Triage triage = DETECTOR.assess(text, Optional.empty());
        assertThat(triage.covert()).isTrue();
        assertThat(triage.level()).isEqualTo(DistressLevel.URGENT);
        Signal signal = triage.signals().get(0);
        assertThat(signal.code()).isEqualTo("COVERT_PHRASE");
        assertThat(signal.evidence()).isEqualTo("[covert phrase]");
        assertThat(text.substring(signal.start(), signal.end())).isEqualTo("Is the BLUE   umbrella still for sale");
    }

    @Test
    void givesPrefixLevelsAndDefaultsToHigh() {
        assertThat(DETECTOR.assess("do you have grandma’s recipe", Optional.empty())
                        .level())
                .isEqualTo(DistressLevel.HIGH);
        assertThat(DETECTOR.assess("banh chung ngon qua", Optional.empty()).level())
                .isEqualTo(DistressLevel.HIGH);
        assertThat(DETECTOR.assess("the umbrella is blue", Optional.empty()).covert())
                .isFalse();
    }

    @Test
    void rejectsPhrasesThatWouldMatchInnocentMessagesWithoutQuotingThem() {
        assertThatThrownBy(() -> CovertPhrases.parse("HIGH:ok"))
                .hasMessageNotContaining("ok\"")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CovertPhrases.parse("NONE:secret words")).hasMessageNotContaining("secret");
        assertThat(CovertPhrases.parse(null).size()).isZero();
        assertThat(CovertPhrases.parse(" | \n# comment\n").size()).isZero();
    }
}
