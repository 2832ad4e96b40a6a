package org.jaga.knowledge.identifier;

import java.util.Objects;

/**
 * One identifier found in a text.
 *
 * @param kind what it identifies
 * @param value the exact text at {@code [start, end)} of the text it was found in
 * @param normalized the canonical form used for look-ups (E.164, punycode, lower-case handle, name key, …)
 * @param start index of the first char of {@code value}
 * @param end index after the last char of {@code value}
 */
public record Identifier(IdentifierKind kind, String value, String normalized, int start, int end) {

    public Identifier {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(normalized, "normalized");
        if (normalized.isBlank()) {
            throw new IllegalArgumentException("normalized must not be blank");
        }
        if (start < 0 || end <= start || end - start != value.length()) {
            throw new IllegalArgumentException("span [" + start + "," + end + ") does not fit value " + value);
        }
    }

    /** @return whether this identifier's span shares at least one char with {@code other}'s */
    public boolean overlaps(Identifier other) {
        return start < other.end && other.start < end;
    }
}
