package org.jaga.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the triage tests share: one detector (building one takes a quarter of a second), messages
 * by language as test arguments, and assertions that say which cues stood when they fail.
 *
 * <p>The concept and corpus tests pin what the cues read, so their detector has no model: the
 * model's part is measured on the blind held-out sets and tested in {@code LearnedReaderTest}. Run
 * them with {@code -Djaga.triage.tests.model=true} to see what the shipped detector, model and
 * all, does with the same messages (README, "A learned reader").
 */
final class Triaged {
    /** The detector as it ships: the cues and the model. */
    static final DistressDetector SHIPPED = new DistressDetector(CovertPhrases.none());

    static final DistressDetector DETECTOR = Boolean.getBoolean("jaga.triage.tests.model")
            ? SHIPPED
            : new DistressDetector(CovertPhrases.none(), Optional.empty());

    private Triaged() {}

    /** @return one (language, message) argument per message */
    static Stream<Arguments> byLanguage(Map<Language, List<String>> messages) {
        return messages.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(text -> Arguments.of(e.getKey(), text)));
    }

    static void assertDistress(Language language, String text) {
        assertThat(DETECTOR.assess(text, Optional.of(language)).distress())
                .as(text + " " + DETECTOR.explain(text, Optional.of(language)))
                .isTrue();
    }

    static void assertNotDistress(Language language, String text) {
        assertThat(DETECTOR.assess(text, Optional.of(language)).distress())
                .as(text + " " + DETECTOR.explain(text, Optional.of(language)))
                .isFalse();
    }
}
