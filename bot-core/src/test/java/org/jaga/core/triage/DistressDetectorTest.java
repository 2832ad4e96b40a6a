package org.jaga.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DistressDetectorTest {
    private static final DistressDetector DETECTOR = Triaged.DETECTOR;

    static Stream<Arguments> distress() {
        return DistressCorpus.DISTRESS.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(text -> Arguments.of(e.getKey(), text)));
    }

    static Stream<Arguments> notDistress() {
        return DistressCorpus.NOT_DISTRESS.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(text -> Arguments.of(e.getKey(), text)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("distress")
    void recognisesDistressInEveryLanguage(Language language, String text) {
        assertThat(DETECTOR.assess(text, Optional.of(language)).distress()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("distress")
    void recognisesDistressWithoutBeingToldTheLanguage(Language language, String text) {
        assertThat(DETECTOR.assess(text, Optional.empty()).distress()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notDistress")
    void leavesJobseekersJokesAdsAndNewsAlone(Language language, String text) {
        Triage triage = DETECTOR.assess(text, Optional.of(language));
        assertThat(triage.distress()).as("%s", triage.signals()).isFalse();
        assertThat(triage.level()).isEqualTo(DistressLevel.NONE);
    }

    @Test
    void givesEvidenceAsTheExactOriginalText() {
        String text = "Họ đã LẤY hộ chiếu của em rồi, cứu em với!";
        Triage triage = DETECTOR.assess(text, Optional.of(Language.VIETNAMESE));
        assertThat(triage.signals()).isNotEmpty().allSatisfy(s -> assertThat(text.substring(s.start(), s.end()))
                .isEqualTo(s.evidence()));
        assertThat(triage.signals()).extracting(Signal::code).contains("PASSPORT_TAKEN", "PLEA_FOR_HELP");
    }

    @Test
    void ratesViolenceAndConfinementWithPleaAsUrgent() {
        assertThat(DETECTOR.assess("they beat us with sticks", Optional.empty()).level())
                .isEqualTo(DistressLevel.URGENT);
        assertThat(DETECTOR.assess("we are not allowed to leave, please help us", Optional.empty())
                        .level())
                .isEqualTo(DistressLevel.URGENT);
        assertThat(DETECTOR.assess("they took my passport", Optional.empty()).level())
                .isEqualTo(DistressLevel.HIGH);
    }

    @Test
    void ignoresNegatedAndHypotheticalStatements() {
        assertThat(DETECTOR.assess("they did not take my passport", Optional.empty())
                        .distress())
                .isFalse();
        assertThat(DETECTOR.assess("what if they take my passport?", Optional.empty())
                        .distress())
                .isFalse();
        assertThat(DETECTOR.assess("if the company takes my passport, will they give it back?", Optional.empty())
                        .distress())
                .isFalse();
    }

    @Test
    void aClosingQuestionDoesNotUndoWhatWasReportedBeforeIt() {
        assertThat(DETECTOR.assess(
                                "The boss will keep our passports until we pay the contract. Who can we ask?",
                                Optional.empty())
                        .distress())
                .isTrue();
        assertThat(DETECTOR.assess("will the boss keep our passports until we pay the contract?", Optional.empty())
                        .distress())
                .isFalse();
    }

    @Test
    void discountsNewsReportsButNotAPleaThatMentionsTheNews() {
        assertThat(DETECTOR.assess(
                                "News: police rescued 46 people from a compound where they were locked up and beaten",
                                Optional.empty())
                        .distress())
                .isFalse();
        assertThat(DETECTOR.assess(
                                "i saw the news that police rescued 46 people. please help us too, we are locked up",
                                Optional.empty())
                        .distress())
                .isTrue();
    }

    @Test
    void findsTwoWordsSaidTogetherInEitherOrder() {
        Cue cue = Cue.near(Concept.PASSPORT_TAKEN, 2, "\\bpassports?\\b", "\\bkeep(?:s|ing)?\\b");
        assertThat(cue.pattern().matcher("the boss keeps all our passports").find())
                .isTrue();
        assertThat(cue.pattern().matcher("passports? the office keeps them").find())
                .isFalse(); // not across a sentence
        assertThat(cue.pattern()
                        .matcher("our passports are in the safe, the boss keeps the key")
                        .find())
                .isTrue();
        assertThat(cue.pattern().matcher("passport " + "x".repeat(60) + " keep").find())
                .isFalse();
    }

    @Test
    void keepsThreatsInConditionalsThatAreNotQuestions() {
        assertThat(DETECTOR.assess("if they find out i message you they will beat me", Optional.empty())
                        .level())
                .isEqualTo(DistressLevel.URGENT);
    }

    @Test
    void needsMoreThanOneVagueSignal() {
        assertThat(DETECTOR.assess("help!", Optional.empty()).distress()).isFalse();
        assertThat(DETECTOR.assess("I was tricked", Optional.empty()).distress())
                .isFalse();
        assertThat(DETECTOR.assess("Sihanoukville", Optional.empty()).distress())
                .isFalse();
        assertThat(DETECTOR.assess("I was tricked, help!", Optional.empty()).distress())
                .isTrue();
    }

    @Test
    void readsFragmentsTogetherWithEarlierMessages() {
        List<String> earlier = List.of("hi", "im in kk park");
        assertThat(DETECTOR.assess("cant leave", Optional.empty()).distress()).isFalse();
        Triage triage = DETECTOR.assess("cant leave", Optional.empty(), earlier);
        assertThat(triage.distress()).isTrue();
        assertThat(triage.signals()).extracting(Signal::code).containsExactly("CONFINEMENT");
    }

    @Test
    void doesNotLetAnEarlierMessageAloneMakeAnInnocentOneDistress() {
        assertThat(DETECTOR.assess("ok thanks", Optional.empty(), List.of("they took my passport"))
                        .distress())
                .isFalse();
    }

    @Test
    void recognisesSharedPointsInCompoundAreas() {
        Triage myawaddy = DETECTOR.assessLocation(16.69, 98.51);
        assertThat(myawaddy.distress()).isTrue();
        assertThat(myawaddy.signals()).extracting(Signal::code).containsExactly("COMPOUND_LOCATION");
        assertThat(DETECTOR.assessLocation(13.75, 100.50).distress()).isFalse();
        assertThat(DETECTOR.assessLocation(Double.NaN, 200).distress()).isFalse();
        assertThat(DETECTOR.assess("10.6101, 103.5290 help me", Optional.empty())
                        .distress())
                .isTrue();
    }
}
