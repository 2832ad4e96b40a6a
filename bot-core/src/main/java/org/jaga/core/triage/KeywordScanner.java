package org.jaga.core.triage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells in one pass over a text (Aho-Corasick) which of a list of patterns may match it, from the
 * {@link RequiredLiterals literals} each needs, so that the others need not run. A pattern without
 * such literals always may. Built once; thread-safe.
 */
final class KeywordScanner {
    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<BitSet> output = new ArrayList<>();
    private final int[] fail;
    private final BitSet always = new BitSet();

    KeywordScanner(List<Pattern> patterns) {
        addState();
        for (int i = 0; i < patterns.size(); i++) {
            Optional<Set<String>> literals = RequiredLiterals.of(patterns.get(i).pattern());
            if (literals.isEmpty()) {
                always.set(i);
            } else {
                for (String literal : literals.get()) {
                    output.get(insert(literal)).set(i);
                }
            }
        }
        fail = new int[next.size()];
        link();
    }

    /** @return the indices of the patterns that may match {@code text} */
    BitSet candidates(CharSequence text) {
        BitSet found = (BitSet) always.clone();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer to = next.get(state).get(c);
            while (to == null && state != 0) {
                state = fail[state];
                to = next.get(state).get(c);
            }
            state = to == null ? 0 : to;
            found.or(output.get(state));
        }
        return found;
    }

    private int addState() {
        next.add(new HashMap<>());
        output.add(new BitSet());
        return next.size() - 1;
    }

    private int insert(String literal) {
        int state = 0;
        for (int i = 0; i < literal.length(); i++) {
            Integer to = next.get(state).get(literal.charAt(i));
            if (to == null) {
                to = addState();
                next.get(state).put(literal.charAt(i), to);
            }
            state = to;
        }
        return state;
    }

    /** Breadth first, so that every state's output includes that of its longest proper suffix. */
    private void link() {
        Queue<Integer> queue = new ArrayDeque<>(next.get(0).values());
        while (!queue.isEmpty()) {
            int state = queue.remove();
            for (Map.Entry<Character, Integer> edge : next.get(state).entrySet()) {
                int child = edge.getValue();
                int f = fail[state];
                Integer to = state == 0 ? null : next.get(f).get(edge.getKey());
                while (to == null && f != 0) {
                    f = fail[f];
                    to = next.get(f).get(edge.getKey());
                }
                fail[child] = to == null || to == child ? 0 : to;
                output.get(child).or(output.get(fail[child]));
                queue.add(child);
            }
        }
    }
}
