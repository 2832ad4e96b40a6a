package org.jaga.knowledge.advice;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.jaga.knowledge.language.Language;

/**
 * Splits text into words for every script Jaga speaks: ICU dictionary segmentation for Thai,
 * Burmese and Khmer (written without spaces between words), overlapping bigrams for Chinese,
 * then case, width and Latin diacritic folding ({@link FoldingFilter}) and {@link StopWords}. English is Porter-stemmed; Indonesian and Malay lose
 * their affixes ("pekerjaan" → "kerja").
 */
final class AdvisoryAnalyzer extends Analyzer {

    private final Language language;
    private final CharArraySet stopWords;

    AdvisoryAnalyzer(Language language) {
        this.language = language;
        this.stopWords = StopWords.of(language);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        // Han as single characters, so that CJKBigramFilter can pair them; Myanmar as dictionary words.
        Tokenizer tokenizer = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
        TokenStream stream = new CJKBigramFilter(tokenizer);
        stream = new FoldingFilter(stream);
        stream = new StopFilter(stream, stopWords);
        stream = switch (language) {
            case ENGLISH -> new PorterStemFilter(stream);
            case INDONESIAN, MALAY -> new IndonesianStemFilter(stream);
            default -> stream;
        };
        return new TokenStreamComponents(tokenizer, stream);
    }
}
