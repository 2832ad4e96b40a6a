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
 * @param discounted whether a cue was found and then taken back: negated, asked about, framed as
 *     a simile, an everyday trap, an ad, news, a lesson or fiction
 * @param aboutVictims whether the message tells how victims in general are taken ("victims were
 *     promised…, then…", with no word of the writer's own) or warns everyone off ("guys, don't
 *     go, it's a trap")
 */
record MessageReading(
        NormalizedText text,
        List<Hit> hits,
        List<CovertPhrases.Found> covert,
        boolean joke,
        boolean discounted,
        boolean aboutVictims) {
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
        for (int i = 0; i < hits.size(); i++) {
            Hit hit = hits.get(i);
            if (echoes(i)) {
                continue;
            }
            byKey.computeIfAbsent(hit.concept(), c -> new HashMap<>()).merge(hit.key(), hit.weight(), Math::max);
        }
        Map<Concept, Integer> weights = new EnumMap<>(Concept.class);
        byKey.forEach((concept, keys) -> weights.put(
                concept,
                Math.min(2, keys.values().stream().mapToInt(Integer::intValue).sum())));
        return weights;
    }

    /**
     * Whether another cue of the same concept already covers these words (the English and the
     * Filipino cue both read "quota"; two cues read one phrase): the same words say nothing new.
     */
    private boolean echoes(int index) {
        Hit hit = hits.get(index);
        for (int i = 0; i < hits.size(); i++) {
            Hit other = hits.get(i);
            boolean covers = i != index
                    && other.concept() == hit.concept()
                    && !other.key().equals(hit.key())
                    && other.start() <= hit.start()
                    && hit.end() <= other.end();
            boolean wins = other.weight() > hit.weight()
                    || other.weight() == hit.weight()
                            && (other.end() - other.start() > hit.end() - hit.start() || i < index);
            if (covers && wins) {
                return true;
            }
        }
        return false;
    }

    /** @return the concepts found */
    Set<Concept> concepts() {
        return weights().keySet();
    }
}
