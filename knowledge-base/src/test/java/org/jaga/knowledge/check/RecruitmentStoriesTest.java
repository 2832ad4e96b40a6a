package org.jaga.knowledge.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How victims tell their recruitment (promised pay, recruited on Facebook, fees to register,
 * a ticket sent after a comment), written in our own words in every language, against
 * legitimate ads that mention customer service, salaries, Facebook and licensed work abroad.
 */
class RecruitmentStoriesTest {
    private static final OfferAssessor ASSESSOR = new OfferAssessor();
    private static final List<Arguments> STORIES = OfferSamples.read("recruitment_stories.tsv");

    static Stream<Arguments> stories() {
        return STORIES.stream();
    }

    @ParameterizedTest(name = "[{index}] {0} scam={1}")
    @MethodSource("stories")
    void flagsRecruitmentStoriesButNotAccountableAds(Language language, boolean scam, String text) {
        Assessment a = ASSESSOR.assess(text, Optional.of(language), language, 0);
        assertThat(a.verdict() != Verdict.NO_KNOWN_RISK)
                .as("%s -> %s %s", text, a.score(), a.redFlags())
                .isEqualTo(scam);
    }

    @ParameterizedTest(name = "[{index}] {0} scam={1}")
    @MethodSource("stories")
    void decidesTheSameWhenTheLanguageIsUnknown(Language language, boolean scam, String text) {
        Assessment a = ASSESSOR.assess(text, Optional.empty(), language, 0);
        assertThat(a.verdict() != Verdict.NO_KNOWN_RISK)
                .as("%s -> %s %s", text, a.score(), a.redFlags())
                .isEqualTo(scam);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("stories")
    void quotesEvidenceExactlyFromTheStory(Language language, boolean scam, String text) {
        Assessment a = ASSESSOR.assess(text, Optional.empty(), language, 0);
        a.redFlags().forEach(f -> assertThat(text).contains(f.evidence()));
    }

    @Test
    void coversEveryLanguageWithFiveStoriesAndFiveLegitimateAds() {
        for (Language language : Language.values()) {
            assertThat(OfferSamples.count(STORIES, language, true))
                    .as("%s scams", language)
                    .isGreaterThanOrEqualTo(5);
            assertThat(OfferSamples.count(STORIES, language, false))
                    .as("%s legit", language)
                    .isGreaterThanOrEqualTo(5);
        }
    }
}
