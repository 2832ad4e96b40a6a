package org.jaga.knowledge.recruiter;

import java.util.Objects;

/**
 * A company entry whose name resembles a queried name.
 *
 * @param entry the matching entry
 * @param score similarity of the two name keys, from 0 (nothing alike) to 1 (same key)
 */
public record NameMatch(RecruiterEntry entry, double score) {

    public NameMatch {
        Objects.requireNonNull(entry, "entry");
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be within [0, 1]: " + score);
        }
    }
}
