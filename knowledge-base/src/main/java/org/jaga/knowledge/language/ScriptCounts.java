package org.jaga.knowledge.language;

import java.util.Optional;

/** Letters of one message counted per writing system; mutable, confined to one detection. */
final class ScriptCounts {

    /** Writing systems that matter to the decision; everything else is {@link #OTHER}. */
    enum Script {
        // weights roughly equalise how much text one letter stands for (a Han character ~ a word)
        LATIN(1, null),
        HAN(3, Language.CHINESE),
        KANA(2, null),
        HANGUL(2, null),
        THAI(1, Language.THAI),
        MYANMAR(1, Language.BURMESE),
        KHMER(1, Language.KHMER),
        OTHER(1, null);

        private final int weight;
        private final Language language;

        Script(int weight, Language language) {
            this.weight = weight;
            this.language = language;
        }
    }

    /** Fewer weighted letters than this in the dominant script is too little to tell. */
    private static final int MIN_WEIGHT = 2;

    /** A script with at least 1/3 the weighted letters of the Latin part is substantial. */
    private static final int SUBSTANTIAL_SHARE = 3;

    private final int[] letters = new int[Script.values().length];

    void add(Script script) {
        letters[script.ordinal()]++;
    }

    /** @return the script with the most weighted letters; empty when there are no letters */
    Optional<Script> dominant() {
        Script best = null;
        for (Script script : Script.values()) {
            if (weighted(script) > 0 && (best == null || weighted(script) > weighted(best))) {
                best = script;
            }
        }
        return Optional.ofNullable(best);
    }

    /** @return the language a non-Latin script stands for; empty for too few letters or Japanese */
    Optional<Language> languageOf(Script script) {
        if (script.language == null || weighted(script) < MIN_WEIGHT || looksJapanese()) {
            return Optional.empty();
        }
        return Optional.of(script.language);
    }

    /** @return the supported non-Latin script with the most letters, as a language */
    Optional<Language> bestSupportedNonLatin() {
        Script best = null;
        for (Script script : Script.values()) {
            if (script.language != null && (best == null || weighted(script) > weighted(best))) {
                best = script;
            }
        }
        return best == null ? Optional.empty() : languageOf(best);
    }

    /**
     * English words are everyday in Thai, Khmer, Burmese and Chinese text (job titles, company
     * names, addresses), while the reverse is rare: a message with a third as much of one of those
     * scripts as of Latin letters is written for a reader of that script.
     */
    boolean hasSubstantialNonLatin() {
        int latin = weighted(Script.LATIN);
        for (Script script : Script.values()) {
            if (script.language != null && weighted(script) * SUBSTANTIAL_SHARE >= latin) {
                return true;
            }
        }
        return false;
    }

    private boolean looksJapanese() {
        // Chinese text essentially never contains kana; Japanese text is full of it
        int kana = letters[Script.KANA.ordinal()];
        return kana > 0 && kana * 4 >= letters[Script.HAN.ordinal()];
    }

    private int weighted(Script script) {
        return letters[script.ordinal()] * script.weight;
    }

    static Script scriptOf(int letter) {
        if (letter < 0x250) {
            return Script.LATIN;
        }
        return switch (Character.UnicodeScript.of(letter)) {
            case LATIN -> Script.LATIN;
            case HAN -> Script.HAN;
            case HIRAGANA, KATAKANA -> Script.KANA;
            case HANGUL -> Script.HANGUL;
            case THAI -> Script.THAI;
            case MYANMAR -> Script.MYANMAR;
            case KHMER -> Script.KHMER;
            default -> Script.OTHER;
        };
    }
}
