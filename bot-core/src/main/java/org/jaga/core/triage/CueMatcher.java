package org.jaga.core.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of one pattern as {@link Matcher#find()} would, but, when every match must
 * begin with one of a few literals, tries the pattern only where those literals occur instead of
 * at every character of the text.
 */
final class CueMatcher {
    private final Pattern pattern;
    private final String[] starts;

    CueMatcher(Pattern pattern) {
        this.pattern = pattern;
        this.starts = RequiredLiterals.prefixes(pattern.pattern())
                .map(s -> s.toArray(String[]::new))
                .orElse(null);
    }

    /** @return the {@code [start, end)} of every non-empty, non-overlapping match, leftmost first */
    List<int[]> find(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        if (starts == null) {
            while (m.find()) {
                add(found, m);
            }
            return found;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int start : startsIn(text)) {
            if (start >= from && m.region(start, text.length()).lookingAt()) {
                add(found, m);
                from = Math.max(m.end(), start + 1);
            }
        }
        return found;
    }

    private static void add(List<int[]> found, Matcher m) {
        if (m.end() > m.start()) {
            found.add(new int[] {m.start(), m.end()});
        }
    }

    private Set<Integer> startsIn(String text) {
        Set<Integer> positions = new TreeSet<>();
        for (String literal : starts) {
            for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
                positions.add(i);
            }
        }
        return positions;
    }
}
