package org.jaga.knowledge.advice;

import java.util.List;
import java.util.Objects;
import org.jaga.knowledge.language.Language;

/**
 * One vetted advisory that answers a question.
 *
 * @param id the advisory's id, the same in every language (e.g. {@code tourist-visa-work})
 * @param language the language of {@code question} and {@code answer}
 * @param question the advisory's main question, in {@code language}
 * @param answer the vetted answer, to be shown verbatim or rephrased by an {@link AnswerPhraser}
 * @param sources public sources (URLs) the answer rests on; never empty
 * @param score how well it matches, in (0, 1]; higher is better, comparable within one search only
 */
public record AdvisoryMatch(
        String id, Language language, String question, String answer, List<String> sources, double score) {

    public AdvisoryMatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        sources = List.copyOf(sources);
    }
}
