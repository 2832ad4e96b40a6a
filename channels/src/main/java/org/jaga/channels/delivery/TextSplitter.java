package org.jaga.channels.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text that is too long for one platform message into parts, preferring a paragraph break,
 * then a line break, then the end of a sentence, then a space; a surrogate pair is never cut.
 * Lengths are UTF-16 units, which is how Telegram and Meta count (and never fewer than code points).
 */
public final class TextSplitter {
    private static final String[] BOUNDARIES = {"\n\n", "\n", ". ", "! ", "? ", "。", " "};

    private TextSplitter() {}

    /** @return the parts, each at most {@code max} long, that joined (modulo trimmed spaces) give the text */
    public static List<String> split(String text, int max) {
        return split(text, max, max);
    }

    /**
     * @param lastMax the longest the last part may be (e.g. WhatsApp's 1024 for a body with buttons)
     * @return the parts, the last one at most {@code lastMax} long
     */
    public static List<String> split(String text, int max, int lastMax) {
        if (max < 2 || lastMax < 2) {
            throw new IllegalArgumentException("limits must be at least 2");
        }
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > lastMax) {
            int cut = rest.length() <= max ? tailCut(rest, lastMax) : cutPoint(rest, max);
            String part = rest.substring(0, cut).strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** @return where to cut a text that fits one part so that what follows fits {@code tail} */
    private static int tailCut(String text, int tail) {
        int from = text.length() - tail;
        for (String boundary : BOUNDARIES) {
            int at = text.indexOf(boundary, from);
            if (at >= 0 && at + boundary.length() < text.length()) {
                return Math.max(1, at + boundary.length());
            }
        }
        return Character.isLowSurrogate(text.charAt(from)) ? from + 1 : from;
    }

    private static int cutPoint(String text, int limit) {
        if (text.length() <= limit) {
            return text.length();
        }
        for (String boundary : BOUNDARIES) {
            int at = text.lastIndexOf(boundary, limit - boundary.length());
            if (at > limit / 2) {
                return at + boundary.length();
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
