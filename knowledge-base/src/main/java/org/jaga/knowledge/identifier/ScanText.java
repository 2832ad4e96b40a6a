package org.jaga.knowledge.identifier;

/**
 * A text and a same-length copy of it in which full-width forms and Thai, Khmer, Burmese and
 * Arabic-Indic digits are folded to ASCII, so that patterns run on the copy and spans still
 * point into the original.
 */
final class ScanText {

    private final String original;
    private final String folded;

    private ScanText(String original, String folded) {
        this.original = original;
        this.folded = folded;
    }

    static ScanText of(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new ScanText(text, new String(chars));
    }

    /** @return the ASCII equivalent of a full-width form or a non-Latin decimal digit, else {@code c} */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFF01 + '!');
        }
        if (c == '\u3000') {
            return ' ';
        }
        int digit = localDigit(c);
        return digit >= 0 ? (char) ('0' + digit) : c;
    }

    private static int localDigit(char c) {
        if (c >= '\u0E50' && c <= '\u0E59') { // Thai
            return c - '\u0E50';
        }
        if (c >= '\u17E0' && c <= '\u17E9') { // Khmer
            return c - '\u17E0';
        }
        if (c >= '\u1040' && c <= '\u1049') { // Burmese
            return c - '\u1040';
        }
        if (c >= '\u0660' && c <= '\u0669') { // Arabic-Indic
            return c - '\u0660';
        }
        return -1;
    }

    String original() {
        return original;
    }

    String folded() {
        return folded;
    }

    int length() {
        return original.length();
    }

    Identifier identifier(IdentifierKind kind, String normalized, int start, int end) {
        return new Identifier(kind, original.substring(start, end), normalized, start, end);
    }
}
