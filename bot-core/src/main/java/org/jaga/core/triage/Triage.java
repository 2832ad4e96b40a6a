package org.jaga.core.triage;

import java.util.List;
import java.util.Optional;
import org.jaga.core.Require;
import org.jaga.knowledge.language.Language;

/**
 * What the detector made of a message.
 *
 * @param distress whether a human responder must take the conversation over
 * @param level URGENT or HIGH when {@code distress}, NONE otherwise
 * @param covert whether a configured covert phrase was among the signals
 * @param signals the evidence that counted, in the order it stands in the message
 * @param language the language the message was read in, when known
 */
public record Triage(
        boolean distress, DistressLevel level, boolean covert, List<Signal> signals, Optional<Language> language) {
    public Triage {
        Require.present(level, "level");
        Require.present(language, "language");
        signals = List.copyOf(Require.present(signals, "signals"));
        if (distress == (level == DistressLevel.NONE)) {
            throw new IllegalArgumentException("distress and level disagree");
        }
    }

    /** @return a triage that found nothing */
    public static Triage none(Optional<Language> language) {
        return new Triage(false, DistressLevel.NONE, false, List.of(), language);
    }
}
