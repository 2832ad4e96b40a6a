package org.jaga.knowledge.check;

import java.util.List;
import org.jaga.knowledge.language.Language;

/**
 * The answer to "is this job offer safe?": a verdict, every red flag with the words that raised
 * it, what the knowledge base knows of each recruiter identifier, and what to do next.
 *
 * @param language the language of the explanations and advice
 * @param notes what was not understood (empty text, truncated input, an unsupported language…)
 */
public record CheckResult(
        Verdict verdict,
        int score,
        Language language,
        List<RedFlagResult> redFlags,
        List<IdentifierResult> identifiers,
        List<String> advice,
        List<String> notes) {
    public CheckResult {
        redFlags = List.copyOf(redFlags);
        identifiers = List.copyOf(identifiers);
        advice = List.copyOf(advice);
        notes = List.copyOf(notes);
    }
}
