package org.jaga.core.triage;

import java.util.regex.Pattern;

/**
 * One way of saying a concept, as a pattern over {@link NormalizedText folded} text.
 *
 * <p>In the pattern source, {@code ~} stands for a gap of up to three words (languages written
 * with spaces) and {@code …} for a gap of up to twenty characters within a clause (Thai, Burmese,
 * Khmer, Chinese). Every repetition is bounded, so no cue can backtrack catastrophically.
 *
 * <p>A {@linkplain #near near} cue finds two sets of words in either order within one sentence
 * ("passport" and "keep", "pay" and "go home"), so that it holds however the sentence is built;
 * most people do not write the word order a phrase list expects.
 *
 * @param weight 2 when the cue alone shows distress (it is personal and specific), 1 when it
 *     needs a second, different cue
 * @param negatable whether a negation just before it cancels it ("they did not take my
 *     passport"); false for cues whose wording is itself negative ("cannot leave")
 */
record Cue(Concept concept, int weight, Pattern pattern, boolean negatable) {
    private static final String WORD_GAP = "(?:\\s+[^\\s.!?]+){0,3}\\s+";
    private static final String CLAUSE_GAP = "[^\\n.!?。！？។៕။।]{0,20}";
    // a dot between digits ("15.000", "Rp 40.000.000") does not end a sentence
    private static final String SENTENCE_GAP = "(?:[^\\n.!?。！？។៕။।]|(?<=\\d)\\.(?=\\d)){0,%d}?";
    private static final int NEAR = 40;

    static Cue strong(Concept concept, String source) {
        return new Cue(concept, 2, compile(source), true);
    }

    static Cue weak(Concept concept, String source) {
        return new Cue(concept, 1, compile(source), true);
    }

    /** A cue that already contains its own negation, so that no negator cancels it. */
    static Cue fixed(Concept concept, int weight, String source) {
        return new Cue(concept, weight, compile(source), false);
    }

    /**
     * A cue for two kinds of words said together, in either order, at most {@value #NEAR}
     * characters apart within a sentence. A negation before the first of them cancels it.
     *
     * @param first alternatives, with the same {@code ~} and {@code …} shorthands as a cue
     * @param second alternatives that must stand near one of {@code first}
     */
    static Cue near(Concept concept, int weight, String first, String second) {
        return near(concept, weight, first, second, NEAR);
    }

    /** @see #near(Concept, int, String, String) with a gap of at most {@code reach} characters */
    static Cue near(Concept concept, int weight, String first, String second, int reach) {
        return new Cue(concept, weight, either(first, second, reach), true);
    }

    /**
     * As {@link #near(Concept, int, String, String)}, for wordings that hold their own negation
     * ("won't give it back", "they do not give us food"): no negator cancels it.
     */
    static Cue nearFixed(Concept concept, int weight, String first, String second) {
        return nearFixed(concept, weight, first, second, NEAR);
    }

    /** @see #nearFixed(Concept, int, String, String) with a gap of at most {@code reach} characters */
    static Cue nearFixed(Concept concept, int weight, String first, String second, int reach) {
        return new Cue(concept, weight, either(first, second, reach), false);
    }

    private static Pattern either(String first, String second, int reach) {
        return compile(either(first, second, reach, true));
    }

    /**
     * @return pattern source for two kinds of words in either order, at most {@code reach}
     *     characters apart within a sentence, to use inside a larger cue
     */
    static String either(String first, String second, int reach, boolean grouped) {
        String gap = gap(reach);
        String either = "(?:" + first + ")" + gap + "(?:" + second + ")|(?:" + second + ")" + gap + "(?:" + first + ")";
        return grouped ? "(?:" + either + ")" : either;
    }

    /** @return pattern source for a gap of at most {@code reach} characters within a sentence */
    static String gap(int reach) {
        return String.format(SENTENCE_GAP, reach);
    }

    /** @return the pattern of a cue's source, its {@code ~} and {@code …} shorthands expanded */
    static Pattern compile(String source) {
        String expanded = source.replace("~", WORD_GAP).replace("…", CLAUSE_GAP);
        return Pattern.compile(expanded);
    }
}
