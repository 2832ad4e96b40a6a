package org.jaga.knowledge.check;

import java.util.List;
import java.util.Objects;

/**
 * The result of checking one job offer.
 *
 * @param verdict how risky the offer looks
 * @param score 0 (nothing found) to 100 (the full pattern of compound recruitment)
 * @param redFlags the flags found, most serious first, each quoted from the offer
 * @param advice next steps for the reader, in the language asked for
 * @param notes what was not understood or not checked (English, for logs and the service layer)
 */
public record Assessment(
        Verdict verdict, int score, List<RedFlagResult> redFlags, List<String> advice, List<String> notes) {
    public Assessment {
        Objects.requireNonNull(verdict, "verdict");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score out of 0-100: " + score);
        }
        redFlags = List.copyOf(redFlags);
        advice = List.copyOf(advice);
        notes = List.copyOf(notes);
    }
}
