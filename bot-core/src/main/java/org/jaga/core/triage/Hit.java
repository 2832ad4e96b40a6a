package org.jaga.core.triage;

/**
 * A cue found in folded text, at {@code [start, end)} of the folded text.
 *
 * @param key what makes two hits of one concept distinct (the cue, or the kind of place)
 */
record Hit(Concept concept, int weight, Object key, int start, int end) {}
