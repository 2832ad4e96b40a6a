package org.jaga.knowledge.recruiter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Name keys with a trigram index over them, for fuzzy look-up. Keys are kept once, in an array;
 * each trigram maps to the ascending ids of the keys containing it. Not thread-safe: the caller
 * guards it with a read-write lock.
 */
final class TrigramIndex {

    private static final int MAX_CANDIDATES = 1_000;
    private static final int POSTINGS_BUDGET = 60_000;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private String[] keys = new String[1024];
    private int size;
    private final Map<Long, Postings> postings = new HashMap<>();
    private final ThreadLocal<Counts> counts = ThreadLocal.withInitial(Counts::new);

    int size() {
        return size;
    }

    /** Adds a key that is not in the index yet. */
    void add(String key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        int id = size++;
        keys[id] = key;
        for (long gram : grams(key)) {
            postings.computeIfAbsent(gram, g -> new Postings()).add(id);
        }
    }

    /** @return keys scoring at least {@code minScore} against {@code key}, best first */
    List<Scored> search(String key, double minScore, int limit) {
        long[] grams = grams(key);
        Postings[] lists = Arrays.stream(grams)
                .mapToObj(postings::get)
                .filter(p -> p != null)
                .sorted(Comparator.comparingInt(Postings::size))
                .toArray(Postings[]::new);
        // Any key sharing a third of the query's trigrams holds one of the rarest two thirds; past a
        // budget of postings the scan stops early and trades that guarantee for a bounded time.
        int needed = Math.max(1, grams.length / 3);
        int scan = Math.min(lists.length, Math.max(1, grams.length - needed + 1));
        Counts tally = counts.get().reset(size);
        long scanned = 0;
        for (int i = 0; i < scan && (i == 0 || scanned + lists[i].size() <= POSTINGS_BUDGET); i++) {
            lists[i].forEach(tally::add);
            scanned += lists[i].size();
        }
        List<Scored> scored = new ArrayList<>();
        for (int id : tally.best(MAX_CANDIDATES)) {
            double score = key.equals(keys[id]) ? 1.0 : JARO_WINKLER.apply(key, keys[id]);
            if (score >= minScore) {
                scored.add(new Scored(keys[id], score));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::key));
        return scored.size() > limit ? List.copyOf(scored.subList(0, limit)) : scored;
    }

    /** @return the distinct trigrams of {@code key} padded with one space in front and behind */
    static long[] grams(String key) {
        String padded = " " + key + " ";
        return java.util.stream.IntStream.range(0, Math.max(0, padded.length() - 2))
                .mapToLong(
                        i -> (long) padded.charAt(i) << 32 | (long) padded.charAt(i + 1) << 16 | padded.charAt(i + 2))
                .distinct()
                .toArray();
    }

    record Scored(String key, double score) {}

    /** A growable ascending list of ids. */
    private static final class Postings {
        private int[] ids = new int[4];
        private int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size + (size >> 1) + 1);
            }
            ids[size++] = id;
        }

        int size() {
            return size;
        }

        void forEach(java.util.function.IntConsumer action) {
            for (int i = 0; i < size; i++) {
                action.accept(ids[i]);
            }
        }
    }

    /** Per-thread hit counts, reset by clearing only the ids touched. */
    private static final class Counts {
        private int[] hits = new int[0];
        private int[] touched = new int[256];
        private int touchedSize;

        Counts reset(int capacity) {
            for (int i = 0; i < touchedSize; i++) {
                hits[touched[i]] = 0;
            }
            touchedSize = 0;
            if (hits.length < capacity) {
                hits = new int[Math.max(capacity, hits.length * 2)];
            }
            return this;
        }

        void add(int id) {
            if (hits[id]++ == 0) {
                if (touchedSize == touched.length) {
                    touched = Arrays.copyOf(touched, touchedSize * 2);
                }
                touched[touchedSize++] = id;
            }
        }

        /** @return up to {@code max} touched ids, those with most hits first */
        int[] best(int max) {
            if (touchedSize <= max) {
                return Arrays.copyOf(touched, touchedSize);
            }
            int top = 0;
            for (int i = 0; i < touchedSize; i++) {
                top = Math.max(top, hits[touched[i]]);
            }
            int[] out = new int[max];
            int n = 0;
            for (int level = top; level > 0 && n < max; level--) {
                for (int i = 0; i < touchedSize && n < max; i++) {
                    if (hits[touched[i]] == level) {
                        out[n++] = touched[i];
                    }
                }
            }
            return Arrays.copyOf(out, n);
        }
    }
}
