package org.jaga.knowledge.redflag;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies lexicon rules to the term hits of one text: a rule of one concept fires on each hit, a
 * rule of several fires where all its concepts occur within {@link #WINDOW} characters. A hit
 * of a negatable flag is dropped when a negation word stands just before it, or
 * inside a span of several concepts.
 */
final class RuleMatcher {
    static final int WINDOW = 40;
    /** How far before a hit a Latin-script negation ("no", "tidak", "walang") still counts. */
    private static final int LATIN_NEGATION_REACH = 14;
    /** The same for scripts without spaces, where words are short and dense. */
    private static final int NEGATION_REACH = 8;

    private final Lexicon lexicon;
    private final RedFlagCatalogue catalogue;
    private final int negation;

    RuleMatcher(Lexicon lexicon, RedFlagCatalogue catalogue) {
        this.lexicon = lexicon;
        this.catalogue = catalogue;
        this.negation = lexicon.concept("negation");
    }

    List<Finding> match(NormalisedText text, boolean[] wantedLanguages) {
        List<List<int[]>> hits = new ArrayList<>(lexicon.conceptCount());
        for (int i = 0; i < lexicon.conceptCount(); i++) {
            hits.add(new ArrayList<>(0));
        }
        lexicon.trie().scan(text.text(), wantedLanguages, (concept, start, end) -> hits.get(concept)
                .add(new int[] {start, end}));
        List<Finding> findings = new ArrayList<>();
        for (Lexicon.Rule rule : lexicon.rules()) {
            for (int[] first : hits.get(rule.concepts()[0])) {
                int[] span = cooccurrence(rule.concepts(), first, hits);
                if (span != null && !negated(rule, span, text.text(), hits)) {
                    findings.add(text.finding(rule.code(), span[0], span[1]));
                    break;
                }
            }
        }
        return findings;
    }

    private static int[] cooccurrence(int[] concepts, int[] first, List<List<int[]>> hits) {
        int start = first[0];
        int end = first[1];
        for (int c = 1; c < concepts.length; c++) {
            int[] near = nearest(hits.get(concepts[c]), first);
            if (near == null) {
                return null;
            }
            start = Math.min(start, near[0]);
            end = Math.max(end, near[1]);
        }
        return new int[] {start, end};
    }

    private static int[] nearest(List<int[]> candidates, int[] anchor) {
        int[] best = null;
        int bestGap = WINDOW + 1;
        for (int[] c : candidates) {
            int gap = c[0] >= anchor[1] ? c[0] - anchor[1] : c[1] <= anchor[0] ? anchor[0] - c[1] : 0;
            if (gap < bestGap && (c[0] != anchor[0] || c[1] != anchor[1])) {
                best = c;
                bestGap = gap;
            }
        }
        return best;
    }

    private boolean negated(Lexicon.Rule rule, int[] span, String text, List<List<int[]>> hits) {
        if (negation < 0 || !catalogue.flag(rule.code()).map(RedFlag::negatable).orElse(false)) {
            return false;
        }
        for (int[] n : hits.get(negation)) {
            int reach = TextNormaliser.isLatin(text.charAt(n[0])) ? LATIN_NEGATION_REACH : NEGATION_REACH;
            boolean before = n[1] <= span[0] && span[0] - n[1] <= reach && sameClause(text, n[1], span[0]);
            boolean inside = rule.concepts().length > 1 && n[0] >= span[0] && n[1] <= span[1];
            if (before || inside) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameClause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ',' || c == '。' || c == '，' || c == '।') {
                return false;
            }
        }
        return true;
    }
}
