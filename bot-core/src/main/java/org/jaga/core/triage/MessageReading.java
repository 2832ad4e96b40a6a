package org.jaga.core.triage;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one message holds: the cues that stand, the covert phrases, and whether it is a joke.
 *
 * @param text the folded message, to turn hits back into spans of the original
 */
record MessageReading(NormalizedText text, List<Hit> hits, List<CovertPhrases.Found> covert, boolean joke) {
    MessageReading {
        hits = List.copyOf(hits);
        covert = List.copyOf(covert);
    }

    /**
     * Weighs the hits: each concept counts the weights of its distinct cues, at most 2, so that a
     * concept said twice in different words counts as much as one specific, personal statement.
     *
     * @return the weight of each concept found
     */
    Map<Concept, Integer> weights() {
        Map<Concept, Map<Object, Integer>> byKey = new EnumMap<>(Concept.class);
        for (Hit hit : hits) {
            byKey.computeIfAbsent(hit.concept(), c -> new HashMap<>()).merge(hit.key(), hit.weight(), Math::max);
        }
        Map<Concept, Integer> weights = new EnumMap<>(Concept.class);
        byKey.forEach((concept, keys) -> weights.put(
                concept,
                Math.min(2, keys.values().stream().mapToInt(Integer::intValue).sum())));
        return weights;
    }

    /** @return the concepts found */
    Set<Concept> concepts() {
        return weights().keySet();
    }
}
