package org.jaga.knowledge.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;

class OfferAssessorTest {
    private static final OfferAssessor ASSESSOR = new OfferAssessor();

    private static Assessment assess(String text) {
        return ASSESSOR.assess(text, Optional.empty(), Language.ENGLISH, 0);
    }

    @Test
    void answersEmptyTextWithNoKnownRiskAndANote() {
        for (String empty : new String[] {"", "   \n\t", null}) {
            Assessment a = assess(empty);
            assertThat(a.verdict()).isEqualTo(Verdict.NO_KNOWN_RISK);
            assertThat(a.notes()).anyMatch(n -> n.contains("empty"));
        }
    }

    @Test
    void answersEmojiOnlyWithNoKnownRiskAndANote() {
        Assessment a = assess("😀🙏🏽💰💰✈️🇰🇭 👍");
        assertThat(a.verdict()).isEqualTo(Verdict.NO_KNOWN_RISK);
        assertThat(a.notes()).anyMatch(n -> n.contains("emoji"));
    }

    @Test
    void checksOnlyTheFirstTwentyThousandCharactersOfAMegabyte() {
        Assessment a = assess("Lorem ipsum dolor sit amet. ".repeat(40_000));
        assertThat(a.verdict()).isEqualTo(Verdict.NO_KNOWN_RISK);
        assertThat(a.notes()).anyMatch(n -> n.contains("20000"));
    }

    @Test
    void survivesBinaryGarbage() {
        byte[] bytes = new byte[100_000];
        new Random(42).nextBytes(bytes);
        Assessment a = assess(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(a.verdict()).isEqualTo(Verdict.NO_KNOWN_RISK);
        assertThat(a.notes()).isNotEmpty();
    }

    @Test
    void notesTextMostlyInScriptsItDoesNotRead() {
        Assessment a = assess("Здравствуйте, работа мечты! 안녕하세요 일자리 مرحبا بكم ok");
        assertThat(a.verdict()).isEqualTo(Verdict.NO_KNOWN_RISK);
        assertThat(a.notes()).anyMatch(n -> n.contains("script"));
    }

    @Test
    void neverSplitsASurrogatePairWhenTruncating() {
        String text = "a".repeat(19_999) + "😀 more";
        assertThat(assess(text).notes()).anyMatch(n -> n.contains("20000"));
    }

    @Test
    void ratesTheFullCompoundPatternHigherThanAnySinglePart() {
        Assessment full = assess("Customer service job in KK Park, salary $2000 per month, no experience needed, "
                + "free flight ticket and accommodation, contact Telegram");
        Assessment roleOnly = assess("Customer service job, contact our HR team");
        assertThat(full.verdict()).isEqualTo(Verdict.HIGH_RISK);
        assertThat(roleOnly.verdict()).isEqualTo(Verdict.NO_KNOWN_RISK);
        assertThat(full.score()).isGreaterThan(roleOnly.score());
    }

    @Test
    void doesNotMakeASingleWeakFlagSuspicious() {
        assertThat(assess("Urgent hiring! Sales assistant for our shop in Manila.")
                        .verdict())
                .isEqualTo(Verdict.NO_KNOWN_RISK);
        assertThat(assess("Free accommodation for staff. Cook needed, 3 years of experience.")
                        .verdict())
                .isEqualTo(Verdict.NO_KNOWN_RISK);
    }

    @Test
    void ignoresNegatedWarningSigns() {
        Assessment a =
                assess("We never keep your passport. No placement fee. Never travel on a tourist visa for work.");
        assertThat(a.redFlags())
                .extracting(RedFlagResult::code)
                .doesNotContain("PASSPORT_HANDOVER", "UPFRONT_FEE", "TOURIST_VISA_FOR_WORK");
    }

    @Test
    void addsTheIdentifierBonusFromRecruiterMatches() {
        String text = "Customer service job, contact our HR team";
        assertThat(ASSESSOR.assess(text, Optional.empty(), Language.ENGLISH, 40).verdict())
                .isEqualTo(Verdict.SUSPICIOUS);
    }

    @Test
    void explainsAndAdvisesInTheRequestedLanguage() {
        Assessment a = ASSESSOR.assess("Tourist visa is fine, fly to Myawaddy", Optional.empty(), Language.THAI, 0);
        assertThat(a.redFlags()).isNotEmpty().allSatisfy(f -> assertThat(f.explanation())
                .containsPattern("\\p{IsThai}"));
        assertThat(a.advice()).hasSizeBetween(4, 6).allSatisfy(s -> assertThat(s)
                .containsPattern("\\p{IsThai}"));
    }

    @Test
    void quotesEvidenceFromTheOriginalTextNotTheNormalisedOne() {
        String text = "ＦＲＥＥ ａｃｃｏｍｍｏｄａｔｉｏｎ, lương\u200B cao, Tiền LƯƠNG 30 TRIỆU";
        Assessment a = ASSESSOR.assess(text, Optional.empty(), Language.ENGLISH, 0);
        assertThat(a.redFlags()).isNotEmpty().allSatisfy(f -> assertThat(text).contains(f.evidence()));
    }
}
