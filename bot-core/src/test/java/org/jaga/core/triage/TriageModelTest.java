package org.jaga.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageModelTest {
    private static final List<String> HELD = List.of(
            "they keep us locked in the building",
            "the guards took our phones and beat my friend",
            "we cannot leave, the boss says we owe money",
            "please help us get out of this compound",
            "they locked the gate and took our passports");
    private static final List<String> FREE = List.of(
            "what time does the bus to the market leave",
            "my sister is getting married next month",
            "can you recommend a good noodle shop nearby",
            "the weather is lovely at the beach today",
            "i passed my driving test this morning");

    @Test
    void learnsFromLabelledMessagesAndReadsNewOnesAlike() {
        List<TriageModelExperiment.Labelled> examples = new ArrayList<>();
        HELD.forEach(t -> examples.add(labelled(t, true)));
        FREE.forEach(t -> examples.add(labelled(t, false)));
        TriageModel model = TriageModelExperiment.train(examples);

        assertThat(model.probability("they locked us in and took the phones"))
                .hasValueSatisfying(p -> assertThat(p).isGreaterThan(0.5));
        assertThat(model.probability("is the noodle shop by the beach open this morning"))
                .hasValueSatisfying(p -> assertThat(p).isLessThan(0.5));
    }

    @Test
    void saysNothingOfAScriptItHasNeverSeen() {
        TriageModel model = TriageModelExperiment.train(
                List.of(labelled("they locked us in", true), labelled("nice beach", false)));
        assertThat(model.probability("월 500만 원 이상 보장")).isEmpty();
    }

    @Test
    void readsEveryScriptAsCharacterNGramsWithoutSegmenting() {
        assertThat(TriageModel.features("ออกไปไม่ได้")).isNotEmpty().isSorted().doesNotHaveDuplicates();
        assertThat(TriageModel.features("")).isNotEmpty(); // the word boundary alone
    }

    private static TriageModelExperiment.Labelled labelled(String text, boolean distress) {
        return new TriageModelExperiment.Labelled(
                text, TriageModel.features(NormalizedText.of(text).text()), distress);
    }
}
