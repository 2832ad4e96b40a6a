package org.jaga.core.triage;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jaga.knowledge.language.Language;

/**
 * Measures the {@link TriageModel} as a new writer would meet it: for each labelled folder (each
 * written by someone else), a model trained deterministically on all the other folders scores it.
 * Prints recall and false positives at several thresholds; {@code --scores} also writes each
 * message's probability to {@code target/triage-loso-scores.txt}, to compare with the cues.
 *
 * <p>With {@code --test DIR}, it trains on the folders and compares, on {@code DIR}, the model, the
 * cues, and the two together. With {@code --write}, it trains on the folders and writes the model
 * that ships ({@link #SHIPPED}).
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl bot-core exec:java@triage-model-experiment
 * -Dexec.args="$PWD/eval/triage-heldout-1 … $PWD/eval/triage-heldout-11 $PWD/eval/triage-unit-corpus
 * [--write | --test DIR]"}.
 */
public final class TriageModelExperiment {
    /** Where the model ships from. */
    static final Path SHIPPED = Path.of("bot-core/src/main/resources/org/jaga/core/triage", TriageModel.RESOURCE);

    /** The shipped model is trained on held-out sets 1 to this one; the next ones stay blind. */
    static final int TRAINING_SETS = 17;
    /** …and on the unit tests' hand-written messages, exported by {@code TriageCorpusExportTest}. */
    static final String UNIT_CORPUS = "triage-unit-corpus";

    private static final int EPOCHS = 20;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 1e-6;
    private static final long SEED = 20261123L;
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95};

    private TriageModelExperiment() {}

    public static void main(String[] args) throws IOException {
        List<List<Labelled>> folders = new ArrayList<>();
        Path test = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--test")) {
                test = Path.of(args[++i]);
            } else if (!args[i].startsWith("--")) {
                folders.add(labelled(Path.of(args[i])));
            }
        }
        if (test != null) {
            againstTheCues(train(folders.stream().flatMap(List::stream).toList()), test);
            return;
        }
        if (List.of(args).contains("--write")) {
            TriageModel model = train(folders.stream().flatMap(List::stream).toList());
            Path output = Files.isDirectory(Path.of("bot-core"))
                    ? SHIPPED
                    : Path.of("..").resolve(SHIPPED);
            try (OutputStream out = Files.newOutputStream(output)) {
                model.write(out);
            }
            System.out.println("wrote " + output.normalize());
            return;
        }
        Path scoresFile = Path.of("target", "triage-loso-scores.txt");
        if (List.of(args).contains("--scores")) {
            Files.createDirectories(scoresFile.getParent());
        }
        try (PrintStream scores = List.of(args).contains("--scores")
                ? new PrintStream(Files.newOutputStream(scoresFile), true, UTF_8)
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
                double scale = features.length == 0 ? 0 : 1 / StrictMath.sqrt(features.length);
                double sum = bias;
                for (int f : features) {
                    sum += weights[f] * scale;
                }
                double error = TriageModel.sigmoid(sum) - (example.distress() ? 1 : 0);
                for (int f : features) {
                    double gradient = error * scale + L2 * weights[f];
                    squares[f] += gradient * gradient;
                    weights[f] -= (float) (LEARNING_RATE * gradient / StrictMath.sqrt(squares[f] + 1e-8));
                }
                biasSquares += error * error;
                bias -= LEARNING_RATE * error / StrictMath.sqrt(biasSquares + 1e-8);
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
        System.out.printf("%-60s %8s %8s%n", "reader", "recall", "FP rate");
        for (double threshold : THRESHOLDS) {
            print(String.format("the model alone, from %.2f", threshold), scored, s -> s[0] >= threshold);
        }
    }

    /**
     * Scores a folder no model or cue has seen with the model trained on all the others, alone and
     * together with the cues: the cues' verdict stands unless the model is all but sure it is
     * wrong (below 0.1), and the model flags alone from a threshold.
     */
    private static void againstTheCues(TriageModel model, Path folder) throws IOException {
        List<TriageEvaluation.Example> examples = TriageEvaluation.examples(folder);
        List<double[]> scored = new ArrayList<>();
        for (TriageEvaluation.Example example : examples) {
            double p = TriageModel.sigmoid(model.score(
                    TriageModel.features(NormalizedText.of(example.text()).text())));
            scored.add(new double[] {p, example.distress() ? 1 : 0});
        }
        System.out.printf("%-60s %8s %8s%n", "reader", "recall", "FP rate");
        print(
                "the cues",
                decided(new DistressDetector(CovertPhrases.none(), Optional.empty()), examples),
                s -> s[2] == 1);
        for (double threshold : THRESHOLDS) {
            print(String.format("the model alone, from %.2f", threshold), scored, s -> s[0] >= threshold);
        }
        for (DistressDetector.ModelUse use : List.of(
                DistressDetector.MODEL_USE,
                new DistressDetector.ModelUse(0.1, 0.7, 0, false, false),
                new DistressDetector.ModelUse(0.3, 0.7, 0, true, false),
                new DistressDetector.ModelUse(0, 0.7, 0, false, true),
                new DistressDetector.ModelUse(0, 0.8, 0, false, false),
                new DistressDetector.ModelUse(0, 0.7, 20, false, false))) {
            String name = (use.equals(DistressDetector.MODEL_USE) ? "shipped " : "")
                    + use.toString().replace("ModelUse", "");
            print(
                    name,
                    decided(new DistressDetector(CovertPhrases.none(), Optional.of(model), use), examples),
                    s -> s[2] == 1);
        }
    }

    /** @return per example: unused, the label, and the detector's verdict */
    private static List<double[]> decided(DistressDetector detector, List<TriageEvaluation.Example> examples) {
        List<double[]> decided = new ArrayList<>();
        for (TriageEvaluation.Example example : examples) {
            boolean flagged = detector.assess(example.text(), Language.fromTag(example.lang()))
                    .distress();
            decided.add(new double[] {0, example.distress() ? 1 : 0, flagged ? 1 : 0});
        }
        return decided;
    }

    private static void print(String name, List<double[]> scored, java.util.function.Predicate<double[]> flags) {
        int positives = 0;
        int found = 0;
        int negatives = 0;
        int falseAlarms = 0;
        for (double[] s : scored) {
            boolean flagged = flags.test(s);
            if (s[1] == 1) {
                positives++;
                found += flagged ? 1 : 0;
            } else {
                negatives++;
                falseAlarms += flagged ? 1 : 0;
            }
        }
        System.out.printf("%-60s %7.1f%% %7.1f%%%n", name, 100.0 * found / positives, 100.0 * falseAlarms / negatives);
    }

    static List<Labelled> labelled(Path folder) throws IOException {
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
