package org.jaga.core.triage;

import org.jaga.core.Require;

/**
 * One piece of evidence that a person may be in danger.
 *
 * @param code what was recognised, e.g. {@code CONFINEMENT} or {@code COVERT_PHRASE}
 * @param evidence the exact text at {@code [start, end)} of the original message; for a covert
 *     phrase always the literal {@value #HIDDEN}, so that the phrase is never echoed
 * @param start where the evidence begins in the original message (UTF-16 index)
 * @param end where it ends, exclusive
 */
public record Signal(String code, String evidence, int start, int end) {
    /** What stands in place of the text of a covert phrase. */
    public static final String HIDDEN = "[covert phrase]";

    public Signal {
        Require.nonBlank(code, "code");
        Require.present(evidence, "evidence");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end");
        }
    }
}
