package org.jaga.core.triage;

import java.util.Arrays;
import java.util.Optional;

/**
 * A logistic regression over the character n-grams of a folded message: a reader that learns from
 * labelled messages how distress sounds, for what no cue names. Character n-grams need no word
 * segmentation, so one model reads Thai, Burmese, Khmer and Chinese as well as the Latin scripts.
 *
 * <p>An experiment, not part of the detector: {@link TriageModelExperiment} measures it on each
 * held-out set with the model trained on all the others. See the README ("A learned reader") for
 * why it is not shipped.
 */
final class TriageModel {
    static final int DIMENSIONS = 1 << 18;
    private static final int MIN_GRAM = 2;
    private static final int MAX_GRAM = 4;
    /** The share of a message's n-grams the model must have seen to judge it. */
    private static final double MIN_KNOWN = 0.5;

    private final float[] weights;
    private final float bias;

    TriageModel(float[] weights, float bias) {
        if (weights.length != DIMENSIONS) {
            throw new IllegalArgumentException("expected " + DIMENSIONS + " weights");
        }
        this.weights = weights.clone();
        this.bias = bias;
    }

    /**
     * @return the probability that the folded message is distress, 0 to 1; empty when the model
     *     knows too few of its n-grams to say (a language or a script it has not learnt)
     */
    Optional<Double> probability(String folded) {
        int[] features = features(folded);
        long known = Arrays.stream(features).filter(f -> weights[f] != 0).count();
        if (features.length == 0 || known < MIN_KNOWN * features.length) {
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
        return bias + sum / Math.sqrt(features.length);
    }

    /** @return the distinct hashed n-grams of the folded text, sorted */
    static int[] features(String folded) {
        String text = " " + folded.replaceAll("\\s+", " ").strip() + " ";
        int[] found = new int[text.length() * (MAX_GRAM - MIN_GRAM + 1)];
        int count = 0;
        for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
            for (int i = 0; i + n <= text.length(); i++) {
                found[count++] = hash(text, i, n);
            }
        }
        return Arrays.stream(found, 0, count).distinct().sorted().toArray();
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
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
