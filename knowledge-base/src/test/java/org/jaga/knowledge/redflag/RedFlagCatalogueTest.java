package org.jaga.knowledge.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;

class RedFlagCatalogueTest {
    private final RedFlagCatalogue catalogue = RedFlagCatalogue.load();
    private final LocalisedTexts explanations = LocalisedTexts.load("explanations");
    private final LocalisedTexts advice = LocalisedTexts.load("advice");

    @Test
    void holdsAtLeastThirtyFlagsInEveryGroup() {
        assertThat(catalogue.flags()).hasSizeGreaterThanOrEqualTo(30);
        for (FlagGroup group : FlagGroup.values()) {
            assertThat(catalogue.flags()).anyMatch(f -> f.group() == group);
        }
    }

    @Test
    void explainsEveryFlagInAllNineLanguages() {
        for (RedFlag flag : catalogue.flags()) {
            for (Language language : Language.values()) {
                assertThat(explanations.has(flag.code() + ".title", language))
                        .as(flag.code() + " title " + language)
                        .isTrue();
                assertThat(explanations.has(flag.code() + ".explanation", language))
                        .as(flag.code() + " " + language)
                        .isTrue();
            }
        }
    }

    @Test
    void translatesRatherThanCopiesTheEnglishExplanations() {
        for (RedFlag flag : catalogue.flags()) {
            String english = explanations
                    .text(flag.code() + ".explanation", Language.ENGLISH)
                    .orElseThrow();
            for (Language language : Language.values()) {
                if (language != Language.ENGLISH) {
                    assertThat(explanations.text(flag.code() + ".explanation", language))
                            .as(flag.code() + " " + language)
                            .get()
                            .isNotEqualTo(english);
                }
            }
        }
    }

    @Test
    void advisesFourToSixStepsPerVerdictInEveryLanguage() {
        for (String verdict : new String[] {"HIGH_RISK", "SUSPICIOUS", "NO_KNOWN_RISK"}) {
            for (Language language : Language.values()) {
                int steps = 0;
                while (advice.has(verdict + "." + (steps + 1), language)) {
                    steps++;
                }
                assertThat(steps).as(verdict + " " + language).isBetween(4, 6);
            }
        }
    }
}
