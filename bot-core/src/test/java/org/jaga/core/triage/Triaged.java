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
 */
final class Triaged {
    static final DistressDetector DETECTOR = new DistressDetector(CovertPhrases.none());

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
