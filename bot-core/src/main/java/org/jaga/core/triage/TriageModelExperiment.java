package org.jaga.core.triage;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Measures the {@link TriageModel} as a new writer would meet it: for each labelled folder (each
 * written by someone else), a model trained deterministically on all the other folders scores it.
 * Prints recall and false positives at several thresholds; {@code --scores} also writes each
 * message's probability to {@code target/triage-loso-scores.txt}, to compare with the cues.
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl bot-core exec:java@triage-model-experiment
 * -Dexec.args="$PWD/eval/triage-heldout-1 … $PWD/eval/triage-heldout-9"}.
 */
public final class TriageModelExperiment {
    private static final int EPOCHS = 20;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 1e-6;
    private static final long SEED = 20261123L;
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95};

    private TriageModelExperiment() {}

    public static void main(String[] args) throws IOException {
        List<List<Labelled>> folders = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                folders.add(labelled(Path.of(arg)));
            }
        }
        try (PrintStream scores = List.of(args).contains("--scores")
                ? new PrintStream(Files.newOutputStream(Path.of("target/triage-loso-scores.txt")), true, UTF_8)
                : null) {
            leaveOneFolderOut(folders, scores);
        }
    }

    static TriageModel train(List<Labelled> examples) {
        List<Labelled> order = new ArrayList<>(examples);
        float[] weights = new float[TriageModel.DIMENSIONS];
        double[] squares = new double[TriageModel.DIMENSIONS];
        double bias = 0;
        double biasSquares = 0;
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (Labelled example : order) {
                int[] features = example.features();
                double scale = features.length == 0 ? 0 : 1 / Math.sqrt(features.length);
                double sum = bias;
                for (int f : features) {
                    sum += weights[f] * scale;
                }
                double error = TriageModel.sigmoid(sum) - (example.distress() ? 1 : 0);
                for (int f : features) {
                    double gradient = error * scale + L2 * weights[f];
                    squares[f] += gradient * gradient;
                    weights[f] -= (float) (LEARNING_RATE * gradient / Math.sqrt(squares[f] + 1e-8));
                }
                biasSquares += error * error;
                bias -= LEARNING_RATE * error / Math.sqrt(biasSquares + 1e-8);
            }
        }
        return new TriageModel(weights, (float) bias);
    }

    private static void leaveOneFolderOut(List<List<Labelled>> folders, PrintStream scores) {
        List<double[]> scored = new ArrayList<>();
        for (int held = 0; held < folders.size(); held++) {
            List<Labelled> training = new ArrayList<>();
            for (int i = 0; i < folders.size(); i++) {
                if (i != held) {
                    training.addAll(folders.get(i));
                }
            }
            TriageModel model = train(training);
            for (Labelled example : folders.get(held)) {
                double p = TriageModel.sigmoid(model.score(example.features()));
                scored.add(new double[] {p, example.distress() ? 1 : 0, held});
                if (scores != null) {
                    scores.printf("%s %d %.4f%n", example.id(), example.distress() ? 1 : 0, p);
                }
            }
        }
        System.out.printf("%-9s %8s %8s%n", "threshold", "recall", "FP rate");
        for (double threshold : THRESHOLDS) {
            int positives = 0;
            int found = 0;
            int negatives = 0;
            int falseAlarms = 0;
            for (double[] s : scored) {
                boolean flagged = s[0] >= threshold;
                if (s[1] == 1) {
                    positives++;
                    found += flagged ? 1 : 0;
                } else {
                    negatives++;
                    falseAlarms += flagged ? 1 : 0;
                }
            }
            System.out.printf(
                    "%-9.2f %7.1f%% %7.1f%%%n", threshold, 100.0 * found / positives, 100.0 * falseAlarms / negatives);
        }
    }

    private static List<Labelled> labelled(Path folder) throws IOException {
        List<Labelled> examples = new ArrayList<>();
        for (TriageEvaluation.Example example : TriageEvaluation.examples(folder)) {
            examples.add(new Labelled(
                    example.id(),
                    TriageModel.features(NormalizedText.of(example.text()).text()),
                    example.distress()));
        }
        return examples;
    }

    /** A message's features and its label. */
    record Labelled(String id, int[] features, boolean distress) {}
}
