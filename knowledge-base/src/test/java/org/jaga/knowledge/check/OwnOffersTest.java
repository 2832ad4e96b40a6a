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

/** Offers written for these tests, three or more scams and legitimate ads per language. */
class OwnOffersTest {
    private static final OfferAssessor ASSESSOR = new OfferAssessor();

    static Stream<Arguments> offers() {
        return OfferSamples.read("own_offers.tsv").stream();
    }

    @ParameterizedTest(name = "[{index}] {0} scam={1}")
    @MethodSource("offers")
    void flagsScamsAndPassesLegitimateAdsWhenLanguageIsKnown(Language language, boolean scam, String text) {
        Assessment a = ASSESSOR.assess(text, Optional.of(language), language, 0);
        assertThat(a.verdict() != Verdict.NO_KNOWN_RISK)
                .as("%s -> %s %s", text, a.score(), a.redFlags())
                .isEqualTo(scam);
    }

    @ParameterizedTest(name = "[{index}] {0} scam={1}")
    @MethodSource("offers")
    void flagsScamsAndPassesLegitimateAdsWhenLanguageIsUnknown(Language language, boolean scam, String text) {
        Assessment a = ASSESSOR.assess(text, Optional.empty(), language, 0);
        assertThat(a.verdict() != Verdict.NO_KNOWN_RISK)
                .as("%s -> %s %s", text, a.score(), a.redFlags())
                .isEqualTo(scam);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("offers")
    void quotesEvidenceExactlyFromTheOffer(Language language, boolean scam, String text) {
        Assessment a = ASSESSOR.assess(text, Optional.empty(), language, 0);
        a.redFlags().forEach(f -> assertThat(text).contains(f.evidence()));
    }

    @Test
    void coversEveryLanguageWithAtLeastThreeScamsAndThreeLegitimateAds() {
        List<Arguments> offers = offers().toList();
        for (Language language : Language.values()) {
            assertThat(OfferSamples.count(offers, language, true)).isGreaterThanOrEqualTo(3);
            assertThat(OfferSamples.count(offers, language, false)).isGreaterThanOrEqualTo(3);
        }
    }
}
