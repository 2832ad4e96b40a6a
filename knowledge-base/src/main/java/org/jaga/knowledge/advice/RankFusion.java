package org.jaga.knowledge.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaga.knowledge.language.Language;

/**
 * Reciprocal rank fusion: an advisory's fused score is the sum over retrievers of
 * {@code 1 / (K + rank)}, scaled so that ranking first in every retriever scores 1. Rank fusion
 * needs no calibration between BM25 and cosine scores; each retriever has already dropped what it
 * does not consider a match.
 */
final class RankFusion {

    private static final int K = 60;

    private RankFusion() {}

    /** A fused result: the id, its fused score and the language of its best lexical hit, if any. */
    record Fused(String id, double score, Language language) {}

    /** @return every id in any list, best fused score first */
    static List<Fused> fuse(List<List<Ranked>> lists) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Language> languages = new LinkedHashMap<>();
        for (List<Ranked> list : lists) {
            for (Ranked ranked : list) {
                scores.merge(ranked.id(), 1.0 / (K + ranked.rank()), Double::sum);
                languages.putIfAbsent(ranked.id(), ranked.language());
            }
        }
        double best = lists.size() / (double) (K + 1);
        List<Fused> fused = new ArrayList<>();
        scores.forEach((id, score) -> fused.add(new Fused(id, Math.min(1.0, score / best), languages.get(id))));
        fused.sort((a, b) -> Double.compare(b.score(), a.score()));
        return fused;
    }
}
