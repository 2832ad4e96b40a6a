package org.jaga.core.triage;

import java.util.regex.Pattern;

/**
 * One way of saying a concept, as a pattern over {@link NormalizedText folded} text.
 *
 * <p>In the pattern source, {@code ~} stands for a gap of up to three words (languages written
 * with spaces) and {@code …} for a gap of up to twenty characters within a clause (Thai, Burmese,
 * Khmer, Chinese). Every repetition is bounded, so no cue can backtrack catastrophically.
 *
 * @param weight 2 when the cue alone shows distress (it is personal and specific), 1 when it
 *     needs a second, different cue
 * @param negatable whether a negation just before it cancels it ("they did not take my
 *     passport"); false for cues whose wording is itself negative ("cannot leave")
 */
record Cue(Concept concept, int weight, Pattern pattern, boolean negatable) {
    private static final String WORD_GAP = "(?:\\s+[^\\s.!?]+){0,3}\\s+";
    private static final String CLAUSE_GAP = "[^\\n.!?。！？]{0,20}";

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

    private static Pattern compile(String source) {
        String expanded = source.replace("~", WORD_GAP).replace("…", CLAUSE_GAP);
        return Pattern.compile(expanded);
    }
}
