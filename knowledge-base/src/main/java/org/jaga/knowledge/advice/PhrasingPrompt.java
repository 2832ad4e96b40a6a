package org.jaga.knowledge.advice;

import java.util.List;
import java.util.Locale;
import org.jaga.knowledge.language.Language;

/** The instructions and the grounding text sent to the language model. */
final class PhrasingPrompt {

    private static final int MAX_QUESTION_CHARS = 1_000;

    private PhrasingPrompt() {}

    static String system(Language language) {
        String name = language.locale().getDisplayLanguage(Locale.ENGLISH);
        return """
                You help people who may be targeted by fake job offers that lead to trafficking \
                into scam compounds. Answer the person's question using ONLY the vetted advisories \
                given to you. Do not add any fact, number, phone number, website, organisation, law \
                or advice that is not in them, and do not guess. Keep every phone number and web \
                address exactly as written. If the advisories do not answer the question, say so in \
                one sentence and give the most relevant advisory. Reply in %s, in plain words, in \
                at most 150 words, without greetings."""
                .formatted(name);
    }

    static String user(String question, List<AdvisoryMatch> matches) {
        StringBuilder text = new StringBuilder("Question:\n<<<\n")
                .append(question, 0, Math.min(question.length(), MAX_QUESTION_CHARS))
                .append("\n>>>\n\nVetted advisories:\n");
        int number = 1;
        for (AdvisoryMatch match : matches) {
            text.append("\n[")
                    .append(number++)
                    .append("] ")
                    .append(match.question())
                    .append('\n');
            text.append(match.answer()).append('\n');
            text.append("Sources: ").append(String.join(", ", match.sources())).append('\n');
        }
        return text.toString();
    }
}
