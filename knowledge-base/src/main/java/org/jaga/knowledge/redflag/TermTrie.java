package org.jaga.knowledge.redflag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie over normalised lexicon terms. Latin-script terms match only at word
 * boundaries (a term ending in {@code *} may continue into a longer word); terms in scripts
 * written without spaces (Thai, Khmer, Burmese, Chinese) match anywhere.
 */
final class TermTrie {
    /** A term's occurrence: it belongs to {@code concept} of the lexicon. */
    record Entry(int concept, int language, boolean boundaryStart, boolean boundaryEnd) {}

    private static final class Node {
        private final Map<Character, Node> children = new HashMap<>(4);
        private List<Entry> entries;
    }

    private final Node root = new Node();

    void add(String term, boolean prefix, int concept, int language) {
        Node node = root;
        for (int i = 0; i < term.length(); i++) {
            node = node.children.computeIfAbsent(term.charAt(i), c -> new Node());
        }
        if (node.entries == null) {
            node.entries = new ArrayList<>(1);
        }
        boolean start = TextNormaliser.isLatin(term.charAt(0)) || Character.isDigit(term.charAt(0));
        char last = term.charAt(term.length() - 1);
        boolean end = !prefix && (TextNormaliser.isLatin(last) || Character.isDigit(last));
        node.entries.add(new Entry(concept, language, start, end));
    }

    /** Calls {@code sink} for every term occurrence in {@code text} whose language is wanted. */
    void scan(String text, boolean[] wantedLanguages, HitSink sink) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            boolean atBoundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            Node node = root;
            for (int j = i; j < n; j++) {
                node = node.children.get(text.charAt(j));
                if (node == null) {
                    break;
                }
                if (node.entries != null) {
                    boolean endBoundary = j + 1 == n || !Character.isLetterOrDigit(text.charAt(j + 1));
                    for (Entry e : node.entries) {
                        if (wantedLanguages[e.language()]
                                && (atBoundary || !e.boundaryStart())
                                && (endBoundary || !e.boundaryEnd())) {
                            sink.hit(e.concept(), i, j + 1);
                        }
                    }
                }
            }
        }
    }

    /** Receives term occurrences as [start, end) offsets in the normalised text. */
    interface HitSink {
        void hit(int concept, int start, int end);
    }
}
