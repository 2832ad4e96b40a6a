package org.jaga.knowledge.advice;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds case, width and compatibility forms (NFKC case folding), then strips Latin diacritics so
 * that "viec lam" finds "việc làm" and "pasaporte" finds "pasapórte". Marks of Thai, Burmese and
 * Khmer live outside U+0300–U+036F and are kept: they are letters there, not accents.
 *
 * <p>This stands in for Lucene's {@code ICUFoldingFilter}, whose bundled {@code utr30.nrm} data
 * (ICU 74 format) the icu4j 77 that Jaga uses refuses to read ("Header authentication failed").
 */
final class FoldingFilter extends TokenFilter {

    private static final Normalizer2 CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 DECOMPOSE = Normalizer2.getNFDInstance();
    private static final Normalizer2 COMPOSE = Normalizer2.getNFCInstance();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = fold(term.toString());
        term.setEmpty().append(folded);
        return true;
    }

    static String fold(String text) {
        String decomposed = DECOMPOSE.normalize(CASE_FOLD.normalize(text));
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= '\u0300' && c <= '\u036f') {
                continue;
            }
            kept.append(c == 'đ' ? 'd' : c);
        }
        return COMPOSE.normalize(kept);
    }
}
