package org.jaga.knowledge.redflag;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises text for matching while remembering where each character came from: Unicode NFKC
 * (full-width to ASCII), lower case, zero-width characters removed, whitespace and hyphens
 * collapsed to one space, every decimal digit (Thai, Khmer, Burmese…) to ASCII, diacritics removed
 * from Latin letters only (so Vietnamese matches with or without them, while Thai, Khmer and
 * Burmese keep their vowel signs), and common traditional Chinese characters to simplified.
 */
public final class TextNormaliser {
    private static final String TRADITIONAL =
            "資園緬僱護證簽機費賺錢無經驗輕鬆門號網絡聯係線東亞邊國區準層單業務員們薦報銷幣當貨帳賬體練頭開發專遊戲傳飛點過關來這裡錄電詐騙鐵車陸簡歷統臺灣萬時間週個帶領龍馬賓緊險獎勵額輸與現實際樂場綫達啟進認識師說語話請將難為麼讓賣買們憑條約沒險應聘";
    private static final String SIMPLIFIED =
            "资园缅雇护证签机费赚钱无经验轻松门号网络联系线东亚边国区准层单业务员们荐报销币当货账账体练头开发专游戏传飞点过关来这里录电诈骗铁车陆简历统台湾万时间周个带领龙马宾紧险奖励额输与现实际乐场线达启进认识师说语话请将难为么让卖买们凭条约没险应聘";

    private TextNormaliser() {}

    /** @return the normalised form of {@code original}, with offsets back into it */
    public static NormalisedText normalise(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() * 2 + 8];
        int[] ends = new int[starts.length];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String mapped = map(cp);
            for (int k = 0; k < mapped.length(); k++) {
                char c = mapped.charAt(k);
                if (skip(c, out)) {
                    continue;
                }
                if (out.length() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.append(c);
            }
            i = next;
        }
        return new NormalisedText(original, out.toString(), starts, ends);
    }

    /** @return the normalised form of a lexicon term, the same way texts are normalised */
    public static String normaliseTerm(String term) {
        return normalise(term).text().strip();
    }

    private static boolean skip(char c, StringBuilder out) {
        int last = out.length() - 1;
        if (c == ' ') {
            return last < 0 || out.charAt(last) == ' ';
        }
        return Character.getType(c) == Character.NON_SPACING_MARK && last >= 0 && isLatin(out.charAt(last));
    }

    private static String map(int cp) {
        if (isInvisible(cp)) {
            return "";
        }
        if (Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || cp == '-'
                || cp == '_'
                || cp == 0x2013
                || cp == 0x2014) {
            return " ";
        }
        if (Character.isDigit(cp)) {
            return String.valueOf((char) ('0' + Character.digit(cp, 10)));
        }
        if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) {
            return "'";
        }
        if (cp == 'đ' || cp == 'Đ') {
            return "d";
        }
        int t = TRADITIONAL.indexOf(cp);
        if (t >= 0 && cp < 0x10000) {
            return String.valueOf(SIMPLIFIED.charAt(t));
        }
        String folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        return Character.isLetter(cp) && isLatin(cp) ? stripLatinMarks(folded) : folded;
    }

    private static String stripLatinMarks(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isInvisible(int cp) {
        return (cp >= 0x200B && cp <= 0x200F)
                || cp == 0x2060
                || cp == 0xFEFF
                || cp == 0x00AD
                || Character.getType(cp) == Character.CONTROL && !Character.isWhitespace(cp);
    }

    /** @return whether the character is a letter of the Latin script */
    public static boolean isLatin(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }
}
