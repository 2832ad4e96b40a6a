package org.jaga.knowledge.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The flags for recruitment stories, fees before departure and entry-level work abroad. */
class RecruitmentConceptsTest {
    private static final OfferAssessor ASSESSOR = new OfferAssessor();

    private static Assessment assess(String text) {
        return ASSESSOR.assess(text, Optional.empty(), Language.ENGLISH, 0);
    }

    private static boolean flags(String text, String code) {
        return assess(text).redFlags().stream().anyMatch(f -> f.code().equals(code));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We offer a competitive salary and a friendly work environment.",
                "Successful candidates will be offered a contract and paid training.",
                "Follow our Facebook page and send your CV to our HR department.",
                "Kami menawarkan gaji kompetitif dan jenjang karier.",
                "我们提供有竞争力的薪资和带薪年假。"
            })
    void doesNotReadOrdinaryAdsAsRecruitmentStories(String ad) {
        assertThat(flags(ad, "RECRUITMENT_LURE_NARRATIVE")).as(ad).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "They were promised a monthly wage of 900 dollars.",
                "She was recruited on Facebook by a man she never met.",
                "Korban diiming-imingi gaji besar oleh perekrut.",
                "他们被许诺高薪工作。",
                "Pinangakuan siya ng malaking sahod."
            })
    void readsRecruitmentStoriesAsStrongEvidence(String story) {
        Assessment a = assess(story);
        assertThat(flags(story, "RECRUITMENT_LURE_NARRATIVE")).as(story).isTrue();
        assertThat(a.verdict()).isNotEqualTo(Verdict.NO_KNOWN_RISK);
    }

    @Test
    void flagsPayingToRegisterButNotANegatedFee() {
        assertThat(flags("You need to pay 200 dollars to register.", "FEE_BEFORE_DEPARTURE"))
                .isTrue();
        assertThat(flags("You do not need to pay anything to register.", "FEE_BEFORE_DEPARTURE"))
                .isFalse();
    }

    @Test
    void lowersThePayThresholdOnlyForEntryLevelWorkAbroad() {
        String abroad = "Data encoders needed abroad, salary P35,000 a month.";
        String local = "Data encoders needed in our Pasig office, salary P35,000 a month.";
        assertThat(flags(abroad, "OVERSEAS_ENTRY_LEVEL_JOB")).isTrue();
        assertThat(flags(abroad, "UNREALISTIC_PAY")).isTrue();
        assertThat(flags(local, "OVERSEAS_ENTRY_LEVEL_JOB")).isFalse();
        assertThat(flags(local, "UNREALISTIC_PAY")).isFalse();
    }

    @Test
    void doesNotTakeALanguageNameForAJobAbroad() {
        assertThat(flags("អ្នកបកប្រែភាសាកូរ៉េ Korean translator, Kandal", "OVERSEAS_ENTRY_LEVEL_JOB"))
                .isFalse();
    }
}
