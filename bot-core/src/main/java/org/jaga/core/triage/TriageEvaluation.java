package org.jaga.core.triage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jaga.knowledge.language.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Evaluates the {@link DistressDetector} over a dev-eval folder: {@code distress.jsonl} holds
 * positives, {@code scam_offers.jsonl} and {@code legit_offers.jsonl} negatives (job offers, even
 * scam ones, are not distress). Prints recall and false-positive rate per language tag and overall,
 * and the ids it got wrong.
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl bot-core exec:java} (the folder defaults to
 * {@code ../shared/data/dev-eval}; {@code -Dexec.args=DIR} names another, and {@code
 * -Dexec.args="DIR --explain"} also prints each misclassified message with the cues that stood in
 * it).
 */
public final class TriageEvaluation {
    private static final String DEFAULT_FOLDER = "../shared/data/dev-eval";

    private TriageEvaluation() {}

    public static void main(String[] args) throws IOException {
        boolean named = args.length > 0 && !args[0].startsWith("--");
        Path folder = Path.of(named ? args[0] : DEFAULT_FOLDER);
        if (!Files.isDirectory(folder) && !named) {
            folder = Path.of("..", DEFAULT_FOLDER);
        }
        List<Example> examples = examples(folder);
        boolean explain = List.of(args).contains("--explain");
        report(examples, new DistressDetector(CovertPhrases.none()), System.out, explain);
    }

    /** @return the labelled messages of a folder: its distress messages, then its offers */
    static List<Example> examples(Path folder) throws IOException {
        List<Example> examples = new ArrayList<>(read(folder.resolve("distress.jsonl"), true));
        examples.addAll(read(folder.resolve("scam_offers.jsonl"), false));
        examples.addAll(read(folder.resolve("legit_offers.jsonl"), false));
        return examples;
    }

    static void report(List<Example> examples, DistressDetector detector, PrintStream out) {
        report(examples, detector, out, false);
    }

    static void report(List<Example> examples, DistressDetector detector, PrintStream out, boolean explain) {
        Map<String, Tally> byLanguage = new TreeMap<>();
        Tally overall = new Tally();
        List<String> wrong = new ArrayList<>();
        for (Example example : examples) {
            Triage triage = detector.assess(example.text(), Language.fromTag(example.lang()));
            boolean right = triage.distress() == example.distress();
            byLanguage.computeIfAbsent(example.lang(), l -> new Tally()).count(example.distress(), right);
            overall.count(example.distress(), right);
            if (!right) {
                wrong.add(example.id() + " (" + example.lang() + ", " + (example.distress() ? "missed" : "false alarm")
                        + ")");
                if (explain) {
                    out.println(example.id() + " " + (example.distress() ? "MISSED" : "FALSE ALARM") + ": "
                            + example.text());
                    out.println("    cues: " + detector.explain(example.text(), Language.fromTag(example.lang())));
                }
            }
        }
        out.printf("%-10s %9s %8s %9s %8s%n", "language", "positives", "recall", "negatives", "FP rate");
        byLanguage.forEach((lang, tally) -> out.println(tally.line(lang)));
        out.println(overall.line("overall"));
        out.println("misclassified: " + (wrong.isEmpty() ? "none" : String.join(", ", wrong)));
    }

    private static List<Example> read(Path file, boolean distress) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Example> examples = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                examples.add(new Example(
                        node.path("id").asString(),
                        node.path("text").asString(),
                        node.path("lang").asString(),
                        distress));
            }
        }
        return examples;
    }

    /** One labelled message. */
    record Example(String id, String text, String lang, boolean distress) {}

    private static final class Tally {
        private int positives;
        private int found;
        private int negatives;
        private int falseAlarms;

        void count(boolean distress, boolean right) {
            if (distress) {
                positives++;
                found += right ? 1 : 0;
            } else {
                negatives++;
                falseAlarms += right ? 0 : 1;
            }
        }

        String line(String name) {
            return String.format(
                    "%-10s %9d %8s %9d %8s",
                    name, positives, percent(found, positives), negatives, percent(falseAlarms, negatives));
        }

        private static String percent(int part, int whole) {
            return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
        }
    }
}
