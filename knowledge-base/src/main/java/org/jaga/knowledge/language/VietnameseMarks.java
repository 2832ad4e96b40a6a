package org.jaga.knowledge.language;

/** Which Latin letters and combining marks point to Vietnamese. */
final class VietnameseMarks {

    private static final String VIETNAMESE_LETTERS = "ăâđêôơưĩũĂÂĐÊÔƠƯĨŨ";
    private static final String AMBIGUOUS_LETTERS = "àáèéìíòóùúýãõÀÁÈÉÌÍÒÓÙÚÝÃÕ";

    private VietnameseMarks() {}

    static LatinVote.Diacritics ofLetter(int letter) {
        if (letter < 0xC0) {
            return LatinVote.Diacritics.NONE;
        }
        // Latin Extended Additional from Ạ to ỹ is the Vietnamese tone-marked alphabet
        if (letter >= 0x1EA0 && letter <= 0x1EF9 || VIETNAMESE_LETTERS.indexOf(letter) >= 0) {
            return LatinVote.Diacritics.VIETNAMESE;
        }
        return AMBIGUOUS_LETTERS.indexOf(letter) >= 0 ? LatinVote.Diacritics.AMBIGUOUS : LatinVote.Diacritics.NONE;
    }

    static boolean isCombiningMark(int cp) {
        return cp >= 0x0300 && cp <= 0x036F;
    }

    /** Decomposed input (some keyboards type "to\u0302i" for "tôi") carries its marks separately. */
    static LatinVote.Diacritics ofCombining(int mark) {
        return switch (mark) {
            // dot below, hook above, horn, breve, circumflex: Vietnamese; grave, acute, tilde: shared
            case 0x0323, 0x0309, 0x031B, 0x0306, 0x0302 -> LatinVote.Diacritics.VIETNAMESE;
            case 0x0300, 0x0301, 0x0303 -> LatinVote.Diacritics.AMBIGUOUS;
            default -> LatinVote.Diacritics.NONE;
        };
    }
}
