package org.jaga.knowledge.advice;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jaga.knowledge.language.Language;

/**
 * Semantic ranking of the English advisories with langchain4j's in-process all-MiniLM-L6-v2
 * (quantised) model, read from its jar: no network. The model is loaded once per JVM, on first
 * use; the advisory vectors once per instance, on first use. Embedding is CPU-bound and takes
 * milliseconds: callers must not run it on an event-loop thread. Thread-safe.
 */
final class EnglishEmbeddings {

    /** Cosine similarity below this is a different topic (measured on the bundled advisories). */
    static final double MIN_SIMILARITY = 0.55;

    private static final int MAX_CHARS = 1_000;

    private final List<Advisory> english;
    private volatile List<Vector> vectors;

    EnglishEmbeddings(List<Advisory> english) {
        this.english = List.copyOf(english);
    }

    /** Loads the model and embeds the advisories now rather than on the first search. */
    void warmUp() {
        vectors();
    }

    /**
     * @return advisories whose question variants or answer are at least {@link #MIN_SIMILARITY}
     *     similar to the question, best first, at most {@code limit}
     */
    List<Ranked> search(String question, int limit) {
        String text = question.length() > MAX_CHARS ? question.substring(0, MAX_CHARS) : question;
        float[] query = Model.INSTANCE.embed(text).content().vector();
        Map<String, Double> best = new HashMap<>();
        for (Vector vector : vectors()) {
            best.merge(vector.id(), cosine(query, vector.values()), Math::max);
        }
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(best.entrySet());
        sorted.removeIf(e -> e.getValue() < MIN_SIMILARITY);
        sorted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        List<Ranked> ranked = new ArrayList<>();
        for (Map.Entry<String, Double> entry : sorted.subList(0, Math.min(limit, sorted.size()))) {
            ranked.add(new Ranked(entry.getKey(), ranked.size() + 1, entry.getValue(), Language.ENGLISH));
        }
        return ranked;
    }

    private List<Vector> vectors() {
        List<Vector> loaded = vectors;
        if (loaded == null) {
            synchronized (this) {
                loaded = vectors;
                if (loaded == null) {
                    loaded = embedAdvisories();
                    vectors = loaded;
                }
            }
        }
        return loaded;
    }

    private List<Vector> embedAdvisories() {
        List<String> ids = new ArrayList<>();
        List<TextSegment> texts = new ArrayList<>();
        for (Advisory advisory : english) {
            for (String question : advisory.questions()) {
                ids.add(advisory.id());
                texts.add(TextSegment.from(question));
            }
            ids.add(advisory.id());
            texts.add(TextSegment.from(advisory.answer()));
        }
        List<Embedding> embeddings = Model.INSTANCE.embedAll(texts).content();
        List<Vector> result = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            result.add(new Vector(ids.get(i), embeddings.get(i).vector()));
        }
        return List.copyOf(result);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    private record Vector(String id, float[] values) {}

    /** Holder idiom: the JVM loads the ONNX model once, when a search first needs it. */
    private static final class Model {
        // Runnable::run keeps the work on the caller's (bounded, blocking-friendly) thread.
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }
}
