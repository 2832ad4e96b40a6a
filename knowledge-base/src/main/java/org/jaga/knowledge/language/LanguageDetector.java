package org.jaga.knowledge.language;

import java.util.Optional;

/**
 * Tells which of Jaga's nine languages a chat message is written in.
 *
 * <p>Thai, Burmese, Khmer and Chinese are told by their scripts; the Latin-script languages
 * (English, Indonesian, Malay, Vietnamese, Filipino) by frequent words and by Vietnamese
 * diacritics. URLs, handles, e-mail addresses, digits and emoji carry no vote. Instances are
 * immutable and safe to share between threads; {@link #detect} runs in time linear in the text
 * (of which only the first {@value TextScanner#MAX_CHARS} characters are read) and never throws.
 */
public final class LanguageDetector {

    private final LatinLexicon lexicon;

    /**
     * Loads the word lists from the classpath, once.
     *
     * @throws IllegalStateException when a word list is missing from the classpath
     */
    public LanguageDetector() {
        this.lexicon = LatinLexicon.fromClasspath();
    }

    /**
     * Detects the language of a message.
     *
     * @param text the message; may be null, empty, huge, or not text at all
     * @return empty when the text has too little language in it to tell (digits, emoji, "ok", a
     *     URL), or when it is written mostly in a script none of the nine languages use (Korean,
     *     Japanese, Devanagari, …)
     */
    public Optional<Language> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        TextScanner scanner = new TextScanner(lexicon);
        scanner.scan(text);
        return decide(scanner.scripts(), scanner.latinVote());
    }

    private static Optional<Language> decide(ScriptCounts scripts, LatinVote latin) {
        Optional<ScriptCounts.Script> dominant = scripts.dominant();
        if (dominant.isEmpty()) {
            return Optional.empty();
        }
        if (dominant.get() == ScriptCounts.Script.LATIN) {
            Optional<Language> byWords = latin.winner();
            if (byWords.isEmpty() || byWords.get() == Language.ENGLISH && scripts.hasSubstantialNonLatin()) {
                return scripts.bestSupportedNonLatin().or(() -> byWords);
            }
            return byWords;
        }
        return scripts.languageOf(dominant.get());
    }
}
