package org.jaga.core.triage;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A message folded for matching — NFKC, lower case, no zero-width or control characters, Latin
 * diacritics and Vietnamese đ folded away, curly quotes straightened, runs of white space made
 * one space — that remembers, for every folded character, the span of the original it came from.
 */
final class NormalizedText {
    /** Longer messages are read only this far: no one writes a plea of ten thousand characters. */
    static final int MAX_CHARS = 10_000;

    private final String original;
    private final String text;
    private final int[] from;
    private final int[] to;

    private NormalizedText(String original, String text, int[] from, int[] to) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** @return the folded text of {@code original}, read up to {@link #MAX_CHARS}; never throws */
    static NormalizedText of(String original) {
        String source = original == null ? "" : original;
        int limit = Math.min(source.length(), MAX_CHARS);
        Builder builder = new Builder(limit);
        for (int i = 0; i < limit; ) {
            int cp = source.codePointAt(i);
            int next = Math.min(limit, i + Character.charCount(cp));
            builder.append(fold(cp), i, next);
            i = next;
        }
        return builder.build(source);
    }

    String text() {
        return text;
    }

    /** @return where folded index {@code start} begins in the original */
    int originalStart(int start) {
        return text.isEmpty() ? 0 : from[Math.min(start, from.length - 1)];
    }

    /** @return where the folded range ending (exclusive) at {@code end} ends in the original */
    int originalEnd(int end) {
        return end <= 0 || text.isEmpty() ? 0 : to[Math.min(end, to.length) - 1];
    }

    /** @return the original text behind the folded range {@code [start, end)} */
    String originalSlice(int start, int end) {
        int s = originalStart(start);
        return original.substring(s, Math.max(s, originalEnd(end)));
    }

    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = foldSlowly(c);
        }
    }

    private static String fold(int cp) {
        return cp < ASCII.length ? ASCII[cp] : foldSlowly(cp);
    }

    private static String foldSlowly(int cp) {
        if (isInvisible(cp)) {
            return "";
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script != Character.UnicodeScript.LATIN
                && script != Character.UnicodeScript.COMMON
                && script != Character.UnicodeScript.HAN) {
            return new String(Character.toChars(cp));
        }
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        return script == Character.UnicodeScript.LATIN ? stripMarks(s) : straighten(s);
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT
                || type == Character.CONTROL
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || (cp >= 0x0300 && cp <= 0x036F);
    }

    private static String stripMarks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 0x0300 || c > 0x036F) {
                out.append(c == '\u0111' ? 'd' : c);
            }
        }
        return out.toString();
    }

    private static String straighten(String s) {
        return switch (s) {
            case "\u2018", "\u2019", "\u02bc", "`", "\u00b4" -> "'";
            case "\u201c", "\u201d" -> "\"";
            default -> s;
        };
    }

    private static final class Builder {
        private final StringBuilder text;
        private final int[] from;
        private final int[] to;
        private int size;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            from = new int[capacity * 4 + 4];
            to = new int[capacity * 4 + 4];
        }

        void append(String folded, int start, int end) {
            for (int k = 0; k < folded.length() && size < from.length; k++) {
                char c = folded.charAt(k);
                if (c == ' ' && (size == 0 || text.charAt(size - 1) == ' ')) {
                    continue;
                }
                text.append(c);
                from[size] = start;
                to[size] = end;
                size++;
            }
        }

        NormalizedText build(String original) {
            return new NormalizedText(original, text.toString(), Arrays.copyOf(from, size), Arrays.copyOf(to, size));
        }
    }
}
