package org.jaga.knowledge.redflag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Concept lexicons and the rules built from them, read from {@code lexicon/*.txt}. A line
 * {@code @money: salary | wage*} defines a concept; a line {@code CODE: term | @a & @b} says
 * that a term, or concepts {@code a} and {@code b} close together, show red flag {@code CODE}.
 * A term ending in {@code *} also matches longer words. A line may name several heads,
 * {@code COMPOUND_AREA, @place: …}, to give the same terms to each. Concepts of the same name in several
 * files are one concept whose terms keep their language.
 */
final class Lexicon {
    /** One way of showing a flag: all concepts occurring within a short window. */
    record Rule(String code, int[] concepts) {}

    private final TermTrie trie = new TermTrie();
    private final Map<String, Integer> conceptIds = new HashMap<>();
    private final Set<List<Object>> ruleKeys = new LinkedHashSet<>();
    private final List<Rule> rules = new ArrayList<>();
    private final Set<Integer> defined = new java.util.HashSet<>();

    TermTrie trie() {
        return trie;
    }

    List<Rule> rules() {
        return rules;
    }

    int conceptCount() {
        return conceptIds.size();
    }

    /** @return the id of a named concept, e.g. {@code NEGATION}; -1 when no file defines it */
    int concept(String name) {
        return conceptIds.getOrDefault("@" + name, -1);
    }

    /** Reads one lexicon resource whose terms are in the language with index {@code language}. */
    void load(String resource, int language) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                parse(line.strip(), language, resource + ":" + number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void parse(String line, int language, String where) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int colon = line.indexOf(':');
        if (colon < 1) {
            throw new IllegalStateException("no 'NAME:' at " + where);
        }
        String[] alternatives = line.substring(colon + 1).split("\\|");
        for (String head : line.substring(0, colon).split(",")) {
            addAll(head.strip(), alternatives, language, where);
        }
    }

    private void addAll(String head, String[] alternatives, int language, String where) {
        for (String alternative : alternatives) {
            if (head.startsWith("@")) {
                addTerm(alternative.strip(), id(head), language, where);
            } else {
                addRule(head, alternative, language, where);
            }
        }
    }

    private void addRule(String code, String alternative, int language, String where) {
        String[] parts = alternative.split("&");
        int[] concepts = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.startsWith("@")) {
                concepts[i] = id(part);
            } else {
                concepts[i] = id("'" + part + "'");
                addTerm(part, concepts[i], language, where);
            }
        }
        if (ruleKeys.add(List.of(code, java.util.Arrays.toString(concepts)))) {
            rules.add(new Rule(code, concepts));
        }
    }

    private void addTerm(String raw, int concept, int language, String where) {
        boolean prefix = raw.endsWith("*");
        String term = TextNormaliser.normaliseTerm(prefix ? raw.substring(0, raw.length() - 1) : raw);
        if (term.isEmpty()) {
            throw new IllegalStateException("empty term at " + where);
        }
        trie.add(term, prefix, concept, language);
        defined.add(concept);
    }

    /** @throws IllegalStateException when a rule uses a concept no file defines */
    void requireAllConceptsDefined() {
        conceptIds.forEach((name, id) -> {
            if (!defined.contains(id)) {
                throw new IllegalStateException("lexicon concept " + name + " is used but never defined");
            }
        });
    }

    private int id(String name) {
        return conceptIds.computeIfAbsent(name, n -> conceptIds.size());
    }
}
