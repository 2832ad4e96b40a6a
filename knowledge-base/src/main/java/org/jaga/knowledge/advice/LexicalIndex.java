package org.jaga.knowledge.advice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jaga.knowledge.language.Language;

/**
 * BM25 over the advisories, in memory: one Lucene document per advisory and language, with the
 * question variants and the answer in per-language fields ({@code q_th}, {@code a_th}, …) so each
 * language gets its own analyzer and its own term statistics. Immutable once built; thread-safe.
 */
final class LexicalIndex {

    /** Matches scoring below this are noise: a shared common word, not a shared topic. */
    static final double MIN_SCORE = 2.0;

    /** A word in this share of a language's advisories or more says nothing about the topic. */
    private static final double COMMON_SHARE = 0.6;

    private static final int MAX_TERMS = 48;
    private static final float QUESTION_BOOST = 2f;

    private final List<Advisory> documents;
    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);
    private final IndexSearcher searcher;
    private final Map<Language, Integer> documentsPerLanguage = new EnumMap<>(Language.class);

    LexicalIndex(List<Advisory> advisories) {
        this.documents = List.copyOf(advisories);
        advisories.forEach(a -> documentsPerLanguage.merge(a.language(), 1, Integer::sum));
        for (Language language : Language.values()) {
            analyzers.put(language, new AdvisoryAnalyzer(language));
        }
        this.searcher = new IndexSearcher(build());
    }

    private DirectoryReader build() {
        Map<String, Analyzer> perField = new HashMap<>();
        analyzers.forEach((language, analyzer) -> {
            perField.put(questionField(language), analyzer);
            perField.put(answerField(language), analyzer);
        });
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config =
                new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzers.get(Language.ENGLISH), perField));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int ordinal = 0; ordinal < documents.size(); ordinal++) {
                writer.addDocument(document(ordinal, documents.get(ordinal)));
            }
            writer.commit();
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the advisory index in memory", e);
        }
    }

    private static Document document(int ordinal, Advisory advisory) {
        Document document = new Document();
        document.add(new StoredField("ordinal", ordinal));
        for (String question : advisory.questions()) {
            document.add(new TextField(questionField(advisory.language()), question, Field.Store.NO));
        }
        document.add(new TextField(answerField(advisory.language()), advisory.answer(), Field.Store.NO));
        return document;
    }

    /**
     * Ranks the advisories written in {@code language} against a question. Words found in a
     * large share of that language's advisories ("what", "my", "ไหม", "可以") are ignored, and
     * an advisory must share at least two of the remaining words with the question: one shared
     * word is too often a coincidence. (One-word English questions are left to the embeddings.)
     *
     * @return at most {@code limit} advisories scoring at least {@link #MIN_SCORE}, best first;
     *     empty when the question shares no meaningful word with any of them
     */
    List<Ranked> search(String question, Language language, int limit) {
        List<String> terms = distinctive(terms(question, language), language);
        if (terms.size() < 2) {
            return List.of();
        }
        try {
            List<Ranked> ranked = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query(terms, language), limit).scoreDocs) {
                if (hit.score >= MIN_SCORE) {
                    ranked.add(new Ranked(advisoryOf(hit.doc).id(), ranked.size() + 1, hit.score, language));
                }
            }
            return ranked;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory advisory search failed", e);
        }
    }

    private static Query query(List<String> terms, Language language) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2);
        for (String term : terms) {
            Query inQuestion = new BoostQuery(new TermQuery(new Term(questionField(language), term)), QUESTION_BOOST);
            Query inAnswer = new TermQuery(new Term(answerField(language), term));
            query.add(
                    new BooleanQuery.Builder()
                            .add(inQuestion, Occur.SHOULD)
                            .add(inAnswer, Occur.SHOULD)
                            .build(),
                    Occur.SHOULD);
        }
        return query.build();
    }

    /** @return the terms that occur in the language's advisories, but not in too many of them */
    private List<String> distinctive(Set<String> terms, Language language) {
        int documents = documentsPerLanguage.getOrDefault(language, 0);
        List<String> kept = new ArrayList<>();
        try {
            for (String term : terms) {
                int frequency = Math.max(
                        searcher.getIndexReader().docFreq(new Term(questionField(language), term)),
                        searcher.getIndexReader().docFreq(new Term(answerField(language), term)));
                if (frequency > 0 && frequency < COMMON_SHARE * documents) {
                    kept.add(term);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory advisory search failed", e);
        }
        return kept;
    }

    private Advisory advisoryOf(int doc) throws IOException {
        return documents.get(searcher.storedFields()
                .document(doc)
                .getField("ordinal")
                .numericValue()
                .intValue());
    }

    private Set<String> terms(String text, Language language) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzers.get(language).tokenStream(answerField(language), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (terms.size() < MAX_TERMS && stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a question held in memory", e);
        }
        return terms;
    }

    private static String questionField(Language language) {
        return "q_" + language.tag();
    }

    private static String answerField(Language language) {
        return "a_" + language.tag();
    }
}
