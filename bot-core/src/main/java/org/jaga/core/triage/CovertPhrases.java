package org.jaga.core.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The covert phrases of a deployment ({@code JAGA_COVERT_PHRASES}): innocent-looking sentences
 * agreed with partners that mean "I am in danger". They are matched ignoring case, diacritics and
 * white space, and never echoed: their signals carry {@value Signal#HIDDEN} as evidence.
 *
 * <p>Format: phrases separated by {@code |} or new lines, each optionally prefixed with its level,
 * {@code URGENT:} or {@code HIGH:}; a phrase without a prefix is HIGH. Blank entries and lines
 * starting with {@code #} are ignored.
 */
public final class CovertPhrases {
    private static final int SHORTEST = 3;
    private static final CovertPhrases NONE = new CovertPhrases(List.of());

    private final List<Phrase> phrases;

    private CovertPhrases(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** @return no covert phrases at all */
    public static CovertPhrases none() {
        return NONE;
    }

    /**
     * Reads the configuration.
     *
     * @param config the value of {@code JAGA_COVERT_PHRASES}; null or blank means none
     * @throws IllegalArgumentException when a phrase is given level NONE or is shorter than three
     *     letters once folded (it would match innocent messages); the message never quotes it
     */
    public static CovertPhrases parse(String config) {
        if (config == null || config.isBlank()) {
            return NONE;
        }
        List<Phrase> phrases = new ArrayList<>();
        int index = 0;
        for (String entry : config.split("[|\\r\\n]+")) {
            index++;
            String trimmed = entry.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                phrases.add(Phrase.read(trimmed, index));
            }
        }
        return new CovertPhrases(phrases);
    }

    /** @return how many phrases are configured */
    public int size() {
        return phrases.size();
    }

    /** @return the covert phrases found in the message, with their levels */
    List<Found> find(NormalizedText message) {
        if (phrases.isEmpty()) {
            return List.of();
        }
        Compact compact = Compact.of(message.text());
        List<Found> found = new ArrayList<>();
        for (Phrase phrase : phrases) {
            int at = compact.text().indexOf(phrase.compact());
            if (at >= 0) {
                int start = compact.position(at);
                int end = compact.position(at + phrase.compact().length() - 1) + 1;
                found.add(new Found(
                        new Signal(
                                Concept.COVERT_PHRASE.name(),
                                Signal.HIDDEN,
                                message.originalStart(start),
                                message.originalEnd(end)),
                        phrase.level()));
            }
        }
        return found;
    }

    /** A covert phrase that was found, and the level it calls for. */
    record Found(Signal signal, DistressLevel level) {}

    private record Phrase(String compact, DistressLevel level) {
        static Phrase read(String entry, int index) {
            DistressLevel level = DistressLevel.HIGH;
            String text = entry;
            int colon = entry.indexOf(':');
            if (colon > 0) {
                String prefix = entry.substring(0, colon).strip().toUpperCase(Locale.ROOT);
                if (prefix.equals("URGENT") || prefix.equals("HIGH")) {
                    level = DistressLevel.valueOf(prefix);
                    text = entry.substring(colon + 1);
                } else if (prefix.equals("NONE")) {
                    throw new IllegalArgumentException("covert phrase " + index + " must be URGENT or HIGH, not NONE");
                }
            }
            String compact = Compact.of(NormalizedText.of(text).text()).text();
            if (compact.codePointCount(0, compact.length()) < SHORTEST) {
                throw new IllegalArgumentException("covert phrase " + index + " is too short to be matched safely");
            }
            return new Phrase(compact, level);
        }
    }

    /** Folded text without its spaces, remembering where each character stood. */
    private record Compact(String text, int[] positions) {
        static Compact of(String folded) {
            StringBuilder out = new StringBuilder(folded.length());
            int[] positions = new int[folded.length()];
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                if (c != ' ') {
                    positions[out.length()] = i;
                    out.append(c);
                }
            }
            return new Compact(out.toString(), positions);
        }

        int position(int compactIndex) {
            return positions[compactIndex];
        }
    }
}
