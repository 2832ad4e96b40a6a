package org.jaga.knowledge.advice;

import java.util.List;
import java.util.Optional;
import org.jaga.knowledge.language.Language;

/**
 * Turns retrieved advisories into one reply to the person's question. An implementation may only
 * rephrase what the advisories say, never add to it, and must say that an assistant phrased it.
 */
public interface AnswerPhraser {

    /**
     * Phrases a reply. May block for up to {@link AdvisorySettings#MAX_TIMEOUT}: call it where
     * blocking is allowed, like {@link AdvisoryIndex#search}.
     *
     * @param question what the person asked
     * @param language the language to reply in
     * @param matches the advisories retrieved for the question, best first
     * @return the reply, ending with a note that an assistant phrased it from vetted advisories;
     *     empty when there is no model, no match, or the model failed or was too slow, in which
     *     case the caller shows the best match's answer verbatim. Never throws.
     */
    Optional<String> phrase(String question, Language language, List<AdvisoryMatch> matches);

    /** @return a phraser that never phrases: advisories are shown verbatim */
    public static AnswerPhraser none() {
        return (question, language, matches) -> Optional.empty();
    }

    /** @return the phraser the settings ask for: {@link #none()} unless a provider is set */
    public static AnswerPhraser from(AdvisorySettings settings) {
        return settings.provider() == LlmProvider.NONE ? none() : new LangChainAnswerPhraser(settings);
    }
}
