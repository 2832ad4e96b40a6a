package org.jaga.knowledge.redflag;

import java.util.Objects;

/**
 * One red flag found in a text.
 *
 * @param code the red flag's code, e.g. {@code UNREALISTIC_PAY}
 * @param evidence the exact words of the original text, {@code original.substring(start, end)}
 * @param start offset of the evidence in the original text, inclusive
 * @param end offset of the evidence in the original text, exclusive
 */
public record Finding(String code, String evidence, int start, int end) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(evidence, "evidence");
        if (start < 0 || end < start || evidence.length() != end - start) {
            throw new IllegalArgumentException("evidence span [" + start + "," + end + ") is invalid");
        }
    }
}
