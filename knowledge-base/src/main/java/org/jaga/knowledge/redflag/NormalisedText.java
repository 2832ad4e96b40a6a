package org.jaga.knowledge.redflag;

/**
 * Text prepared for matching, with a map back to the original: every normalised character
 * knows the span of the original code point it came from.
 */
public final class NormalisedText {
    private final String original;
    private final String text;
    private final int[] originStart;
    private final int[] originEnd;

    NormalisedText(String original, String text, int[] originStart, int[] originEnd) {
        this.original = original;
        this.text = text;
        this.originStart = originStart;
        this.originEnd = originEnd;
    }

    /** @return the normalised text: NFKC, lower case, Latin without diacritics, ASCII digits */
    public String text() {
        return text;
    }

    /** @return the text the normalised text was made from */
    public String original() {
        return original;
    }

    /** @return the offset in the original text where normalised character {@code index} starts */
    public int originStart(int index) {
        return originStart[index];
    }

    /** @return the offset in the original text just after normalised character {@code index - 1} */
    public int originEnd(int index) {
        return originEnd[index - 1];
    }

    /** @return a finding whose evidence is quoted from the original text */
    public Finding finding(String code, int start, int end) {
        int from = originStart(start);
        int to = originEnd(end);
        return new Finding(code, original.substring(from, to), from, to);
    }
}
