package org.jaga.knowledge.language;

import java.util.Optional;

/** The running score of each Latin-script language over one message's words. */
final class LatinVote {

    /** How a word's letters point to Vietnamese, from its diacritics alone. */
    enum Diacritics {
        NONE,
        /** Accents Vietnamese shares with European languages: à á è é ì í ò ó ù ú ý ã õ. */
        AMBIGUOUS,
        /** Letters only Vietnamese uses among our languages: ă â đ ê ô ơ ư, ạ ả ấ … ỹ. */
        VIETNAMESE
    }

    /** A winner needs at least this much evidence: one shared word, or one distinct word. */
    private static final float MIN_SCORE = 1f;

    private static final float VIETNAMESE_WORD = 3f;
    private static final float AMBIGUOUS_WORD = 1f;

    private final LatinLexicon lexicon;
    private final float[] scores = new float[LatinLexicon.LANGUAGES.size()];

    LatinVote(LatinLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void addWord(String word, Diacritics diacritics) {
        switch (diacritics) {
            case VIETNAMESE -> scores[LatinLexicon.VIETNAMESE_INDEX] += VIETNAMESE_WORD;
            case AMBIGUOUS -> scores[LatinLexicon.VIETNAMESE_INDEX] += AMBIGUOUS_WORD;
            case NONE -> addVotes(lexicon.votesOf(word));
        }
    }

    /** @return the best-scoring language, earlier in {@link Language} order on a tie; empty on too little evidence */
    Optional<Language> winner() {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return scores[best] < MIN_SCORE ? Optional.empty() : Optional.of(LatinLexicon.LANGUAGES.get(best));
    }

    private void addVotes(float[] votes) {
        if (votes == null) {
            return;
        }
        for (int i = 0; i < votes.length; i++) {
            scores[i] += votes[i];
        }
    }
}
