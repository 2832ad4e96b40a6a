package org.jaga.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;

/** The shipped detector: the cues, and the model that reads what no cue names. */
class LearnedReaderTest {
    private static final DistressDetector SHIPPED = Triaged.SHIPPED;
    private static final DistressDetector CUES = new DistressDetector(CovertPhrases.none(), Optional.empty());
    private static final Optional<Language> ENGLISH = Optional.of(Language.ENGLISH);

    @Test
    void flagsWhatNoCueNamesWithTheSentenceThatWeighedMost() {
        String text = "nobody in my building has gone home since spring, they make us sit at the computers"
                + " until we drop. i dont know who else to tell";
        assertThat(CUES.assess(text, ENGLISH).distress()).isFalse();

        Triage triage = SHIPPED.assess(text, ENGLISH);

        assertThat(triage.distress()).isTrue();
        assertThat(triage.level()).isEqualTo(DistressLevel.HIGH);
        Signal likely = triage.signals().stream()
                .filter(s -> s.code().equals(DistressDetector.LIKELY_DISTRESS))
                .findFirst()
                .orElseThrow();
        assertThat(text.substring(likely.start(), likely.end())).isEqualTo(likely.evidence());
        assertThat(likely.evidence()).startsWith("nobody in my building");
    }

    @Test
    void neverTakesBackWhatTheCuesRead() {
        // vague signs only, and the model is all but sure it is an office worker's sigh: the cues'
        // verdict stands all the same, since taking such verdicts back cost a real plea on dev-eval
        String text =
                "target bulan ini naik lagi, capek bgt rasanya pengen pulang kampung aja deh, besok masih harus presentasi";
        Optional<Language> indonesian = Optional.of(Language.INDONESIAN);
        assertThat(SHIPPED.assess(text, indonesian)).isEqualTo(CUES.assess(text, indonesian));
        assertThat(SHIPPED.assess(text, indonesian).distress()).isTrue();
        // a specific statement
        assertThat(SHIPPED.assess(
                                "employer is holding everyone's passports in the office safe and won't give them back",
                                ENGLISH)
                        .distress())
                .isTrue();
        DistressDetector covert = new DistressDetector(CovertPhrases.parse("HIGH:the mango tree is tall this year"));
        assertThat(covert.assess("hi, the mango tree is tall this year, hope the family is all well at home", ENGLISH)
                        .covert())
                .isTrue();
        assertThat(SHIPPED.assess(
                                "help, i still cant leave this place, please tell me what to do next",
                                ENGLISH,
                                List.of("they took my passport"))
                        .distress())
                .isTrue();
    }

    @Test
    void leavesTextItCannotReadToTheCues() {
        // Sinhala: no held-out set has it
        String sinhala = "මාසිකව රුපියල් ලක්ෂ පහක වැටුපක්, නවාතැන් සහ වීසා නොමිලේ. අත්දැකීම් අවශ්‍ය නැත. අදම අමතන්න";
        assertThat(SHIPPED.assess(sinhala, Optional.empty())).isEqualTo(CUES.assess(sinhala, Optional.empty()));
        String repeated = "can't ".repeat(200);
        assertThat(SHIPPED.assess(repeated, ENGLISH)).isEqualTo(CUES.assess(repeated, ENGLISH));
    }

    @Test
    void readsAShortMessageOfTheWatchedAsTheCuesCannot() {
        String text = "jgn telp ya, msh di dlm. nanti malam aku kabarin";
        Optional<Language> indonesian = Optional.of(Language.INDONESIAN);
        assertThat(SHIPPED.assess(text, indonesian).distress()).isTrue();
    }

    @Test
    void theShippedModelIsExactlyWhatTrainingOnTheHeldOutSetsProduces() throws IOException {
        Path eval = Files.isDirectory(Path.of("eval")) ? Path.of("eval") : Path.of("..", "eval");
        List<TriageModelExperiment.Labelled> examples = new ArrayList<>();
        for (int set = 1; set <= TriageModelExperiment.TRAINING_SETS; set++) {
            examples.addAll(TriageModelExperiment.labelled(eval.resolve("triage-heldout-" + set)));
        }
        examples.addAll(TriageModelExperiment.labelled(eval.resolve(TriageModelExperiment.UNIT_CORPUS)));
        assertThat(TriageModelExperiment.train(examples)
                        .sameAs(TriageModel.packaged().orElseThrow()))
                .as("retrain with ./mvnw -q -pl bot-core exec:java@triage-model-experiment (see README)")
                .isTrue();
    }
}
