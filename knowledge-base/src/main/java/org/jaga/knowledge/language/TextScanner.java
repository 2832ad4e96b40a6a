package org.jaga.knowledge.language;

import java.util.Locale;
import java.util.Set;

/**
 * One pass over a message: counts letters per script and feeds Latin words to a {@link LatinVote},
 * skipping URLs, domains, @handles and e-mail addresses. Single use, confined to one detection.
 */
final class TextScanner {

    /** Reading more than this adds no certainty, only time. */
    static final int MAX_CHARS = 8_192;

    private static final Set<String> DOMAIN_ENDINGS = Set.of(
            "com", "net", "org", "me", "io", "co", "ly", "info", "biz", "app", "xyz", "top", "site", "online", "gov",
            "edu", "asia", "id", "my", "th", "vn", "ph", "kh", "mm", "la", "cn", "tw", "hk", "sg", "uk");

    private final ScriptCounts scripts = new ScriptCounts();
    private final LatinVote latinVote;
    private final StringBuilder word = new StringBuilder(32);
    private LatinVote.Diacritics diacritics = LatinVote.Diacritics.NONE;

    TextScanner(LatinLexicon lexicon) {
        this.latinVote = new LatinVote(lexicon);
    }

    void scan(String text) {
        String head = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        int i = 0;
        while (i < head.length()) {
            int end = chunkEnd(head, i);
            if (end > i && !isAddress(head, i, end)) {
                readChunk(head, i, end);
            }
            i = Math.max(end, i + 1);
        }
    }

    ScriptCounts scripts() {
        return scripts;
    }

    LatinVote latinVote() {
        return latinVote;
    }

    /** @return the end of the whitespace-free chunk starting at {@code start} (start itself on a space) */
    private static int chunkEnd(String text, int start) {
        int i = start;
        while (i < text.length() && !isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** URLs, domains, handles and e-mail addresses are names, not language. */
    private static boolean isAddress(String text, int start, int end) {
        boolean punctuated = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '@') {
                return true;
            }
            punctuated |= c == '.' || c == '/';
        }
        return punctuated && isAddress(text.substring(start, end));
    }

    static boolean isAddress(String chunk) {
        if (chunk.contains("://")) {
            return true;
        }
        String lower = chunk.toLowerCase(Locale.ROOT);
        if (lower.startsWith("www.")) {
            return true;
        }
        int end = trimmedEnd(lower);
        int dot = lower.lastIndexOf('.', end - 1);
        boolean innerDot = dot > 0
                && dot < end - 1
                && Character.isLetterOrDigit(lower.charAt(dot - 1))
                && Character.isLetter(lower.charAt(dot + 1));
        if (!innerDot) {
            return false;
        }
        return lower.indexOf('/') >= 0 || DOMAIN_ENDINGS.contains(lower.substring(dot + 1, end));
    }

    /** @return the end of the chunk without trailing punctuation, as in "(see example.com)." */
    private static int trimmedEnd(String chunk) {
        int end = chunk.length();
        while (end > 0 && !Character.isLetterOrDigit(chunk.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private void readChunk(String text, int start, int end) {
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            readCodePoint(cp, i + Character.charCount(cp) < end ? text.codePointAt(i + Character.charCount(cp)) : -1);
            i += Character.charCount(cp);
        }
        flushWord();
    }

    private void readCodePoint(int cp, int next) {
        if (Character.isLetter(cp)) {
            ScriptCounts.Script script = ScriptCounts.scriptOf(cp);
            scripts.add(script);
            if (script == ScriptCounts.Script.LATIN) {
                appendLatin(cp);
            } else {
                flushWord();
            }
        } else if (isAbugidaMark(cp)) {
            // Thai, Burmese and Khmer write most vowels as marks: count them, or these scripts
            // look shorter than the Latin words mixed into them
            scripts.add(ScriptCounts.scriptOf(cp));
        } else if (word.length() > 0 && VietnameseMarks.isCombiningMark(cp)) {
            noteDiacritics(VietnameseMarks.ofCombining(cp));
        } else if (word.length() > 0 && (cp == '\'' || cp == '’') && next >= 0 && Character.isLetter(next)) {
            word.append('\'');
        } else {
            flushWord();
        }
    }

    private static boolean isAbugidaMark(int cp) {
        int type = Character.getType(cp);
        return cp >= 0x0E00 && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK);
    }

    private void appendLatin(int letter) {
        word.appendCodePoint(Character.toLowerCase(letter));
        noteDiacritics(VietnameseMarks.ofLetter(letter));
    }

    private void noteDiacritics(LatinVote.Diacritics found) {
        if (found.compareTo(diacritics) > 0) {
            diacritics = found;
        }
    }

    private void flushWord() {
        if (word.length() > 0) {
            latinVote.addWord(word.toString(), diacritics);
            word.setLength(0);
            diacritics = LatinVote.Diacritics.NONE;
        }
    }
}
