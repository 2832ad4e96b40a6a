package org.jaga.knowledge.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Frequent words of the Latin-script languages, each with the vote it casts per language.
 *
 * <p>A word in one list only votes 2 for that language; a word in several lists (Indonesian and
 * Malay share most of their grammar words) votes 1 for each, so only the distinguishing words
 * decide between close languages. English votes count half: English words turn up in every
 * language's chats (Taglish, Manglish, job titles), so a message is English only when English
 * clearly dominates.
 */
final class LatinLexicon {

    /** The languages with a word list, in the order of {@link #weights} arrays. */
    static final List<Language> LANGUAGES =
            List.of(Language.ENGLISH, Language.INDONESIAN, Language.MALAY, Language.VIETNAMESE, Language.FILIPINO);

    static final int VIETNAMESE_INDEX = LANGUAGES.indexOf(Language.VIETNAMESE);

    private static final float UNIQUE = 2f;
    private static final float SHARED = 1f;
    private static final float ENGLISH_FACTOR = 0.5f;

    private final Map<String, float[]> weights;

    private LatinLexicon(Map<String, float[]> weights) {
        this.weights = weights;
    }

    static LatinLexicon fromClasspath() {
        Map<String, boolean[]> membership = new HashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            for (String word : readWords("words_" + LANGUAGES.get(i).tag() + ".txt")) {
                membership.computeIfAbsent(word, w -> new boolean[LANGUAGES.size()])[i] = true;
            }
        }
        Map<String, float[]> weights = new HashMap<>(membership.size() * 2);
        membership.forEach((word, in) -> weights.put(word, votes(in)));
        return new LatinLexicon(weights);
    }

    /** @return the votes of a lower-cased word per language, or null when no list has it */
    float[] votesOf(String word) {
        return weights.get(word);
    }

    private static float[] votes(boolean[] in) {
        int lists = 0;
        for (boolean b : in) {
            lists += b ? 1 : 0;
        }
        float[] votes = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            float vote = in[i] ? (lists == 1 ? UNIQUE : SHARED) : 0f;
            votes[i] = LANGUAGES.get(i) == Language.ENGLISH ? vote * ENGLISH_FACTOR : vote;
        }
        return votes;
    }

    private static List<String> readWords(String resource) {
        InputStream in = LatinLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("word list missing from the classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }
}
