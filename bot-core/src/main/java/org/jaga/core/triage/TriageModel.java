package org.jaga.core.triage;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A logistic regression over the character n-grams of a folded message: a reader that learns from
 * labelled messages how distress sounds, for what no cue names. Character n-grams need no word
 * segmentation, so one model reads Thai, Burmese, Khmer and Chinese as well as the Latin scripts.
 *
 * <p>Trained by {@link TriageModelExperiment} on the held-out sets and the unit tests' messages, deterministically; the weights
 * ship as a resource ({@value #RESOURCE}). Immutable and thread-safe.
 */
final class TriageModel {
    static final String RESOURCE = "triage-model.bin.gz";
    static final int DIMENSIONS = 1 << 18;
    private static final int MAGIC = 0x4A414741;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MIN_GRAM = 2;
    private static final int MAX_GRAM = 4;
    /** The share of a message's n-grams the model must have seen to judge it. */
    private static final double MIN_KNOWN = 0.5;
    /** Fewer distinct n-grams than this ("aaaa…", one word repeated) is too little to judge. */
    private static final int MIN_FEATURES = 30;

    private final float[] weights;
    private final float bias;

    TriageModel(float[] weights, float bias) {
        if (weights.length != DIMENSIONS) {
            throw new IllegalArgumentException("expected " + DIMENSIONS + " weights");
        }
        this.weights = weights.clone();
        this.bias = bias;
    }

    /** @return the model shipped with Jaga, or empty when none is packaged */
    static Optional<TriageModel> packaged() {
        try (InputStream in = TriageModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable triage model", e);
        }
    }

    /**
     * @return the probability that the folded message is distress, 0 to 1; empty when the model
     *     knows too few of its n-grams to say (a language or a script it has not learnt)
     */
    Optional<Double> probability(String folded) {
        int[] features = features(folded);
        long known = Arrays.stream(features).filter(f -> weights[f] != 0).count();
        if (features.length < MIN_FEATURES || known < MIN_KNOWN * features.length) {
            return Optional.empty();
        }
        return Optional.of(sigmoid(score(features)));
    }

    /** @return the log-odds of distress for a message's features */
    double score(int[] features) {
        if (features.length == 0) {
            return bias;
        }
        double sum = 0;
        for (int f : features) {
            sum += weights[f];
        }
        return bias + sum / StrictMath.sqrt(features.length);
    }

    /** @return the distinct hashed n-grams of the folded text, sorted */
    static int[] features(String folded) {
        String text = " " + WHITESPACE.matcher(folded).replaceAll(" ").strip() + " ";
        int[] found = new int[text.length() * (MAX_GRAM - MIN_GRAM + 1)];
        int count = 0;
        for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
            for (int i = 0; i + n <= text.length(); i++) {
                found[count++] = hash(text, i, n);
            }
        }
        Arrays.sort(found, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || found[i] != found[distinct - 1]) {
                found[distinct++] = found[i];
            }
        }
        return Arrays.copyOf(found, distinct);
    }

    /**
     * @return the span {@code [start, end)} of the sentence that weighs most towards distress, or
     *     an empty array when none does
     */
    int[] strongestSentence(String folded) {
        int[] best = new int[0];
        double bestScore = 0;
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || isSentenceEnd(folded.charAt(i))) {
                String sentence = folded.substring(start, i);
                if (!sentence.isBlank()) {
                    double s = score(features(sentence)) - bias;
                    if (s > bestScore) {
                        bestScore = s;
                        int from = start
                                + (sentence.length() - sentence.stripLeading().length());
                        best = new int[] {from, start + sentence.stripTrailing().length()};
                    }
                }
                start = i + 1;
            }
        }
        return best;
    }

    void write(OutputStream out) throws IOException {
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
            data.writeInt(MAGIC);
            data.writeInt(DIMENSIONS);
            data.writeFloat(bias);
            for (float w : weights) {
                data.writeFloat(w);
            }
        }
    }

    static TriageModel read(InputStream in) throws IOException {
        try (DataInputStream data = new DataInputStream(new GZIPInputStream(in))) {
            if (data.readInt() != MAGIC || data.readInt() != DIMENSIONS) {
                throw new IOException("not a triage model of " + DIMENSIONS + " dimensions");
            }
            float bias = data.readFloat();
            float[] weights = new float[DIMENSIONS];
            for (int i = 0; i < DIMENSIONS; i++) {
                weights[i] = data.readFloat();
            }
            return new TriageModel(weights, bias);
        }
    }

    /** @return whether the two models hold the same weights */
    boolean sameAs(TriageModel other) {
        return bias == other.bias && Arrays.equals(weights, other.weights);
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '。' || c == '！' || c == '？' || c == '។' || c == '៕'
                || c == '।' || c == '။';
    }

    static double sigmoid(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }

    /** FNV-1a over the n characters, folded into the model's dimensions. */
    private static int hash(String text, int from, int n) {
        int h = 0x811C9DC5 ^ n;
        for (int i = from; i < from + n; i++) {
            h ^= text.charAt(i);
            h *= 0x01000193;
        }
        return h & (DIMENSIONS - 1);
    }
}
