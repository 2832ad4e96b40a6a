package org.jaga.knowledge.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the detector on held-out real messages and postings (JSON Lines with "text" and "lang").
 *
 * <p>A label such as "zh+en+km" accepts any of its languages; a label naming none of the nine
 * (Japanese, Korean, Hindi) expects no language. The word lists are not tuned to these lines. The
 * directory is outside the repository: set {@code jaga.devEval} to point elsewhere; the test is
 * skipped when it is absent.
 */
class LanguageDetectorDevEvalTest {

    private static final Path DEV_EVAL = Path.of(System.getProperty("jaga.devEval", "/work/shared/data/dev-eval"));

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void detectsAtLeastNinetyPercentOfTheDevEvalLines() throws IOException {
        assumeTrue(Files.isDirectory(DEV_EVAL), "no dev-eval data at " + DEV_EVAL);
        List<String> lines = readLines();
        long correct = lines.stream().filter(this::isDetectedRight).count();
        double accuracy = (double) correct / lines.size();
        System.out.printf(
                "LanguageDetector dev-eval accuracy: %d/%d = %.1f%%%n", correct, lines.size(), accuracy * 100);
        assertThat(lines).isNotEmpty();
        assertThat(accuracy).isGreaterThanOrEqualTo(0.90);
    }

    private boolean isDetectedRight(String line) {
        String text = JsonPath.read(line, "$.text");
        String label = JsonPath.read(line, "$.lang");
        Set<Language> expected = Arrays.stream(label.split("\\+"))
                .map(Language::fromTag)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Optional<Language> detected = detector.detect(text);
        boolean right = expected.isEmpty()
                ? detected.isEmpty()
                : detected.filter(expected::contains).isPresent();
        if (!right) {
            System.out.printf("  miss: expected %s, got %s: %.60s%n", label, detected, text);
        }
        return right;
    }

    private static List<String> readLines() throws IOException {
        try (Stream<Path> files = Files.list(DEV_EVAL)) {
            return files.filter(f -> f.toString().endsWith(".jsonl"))
                    .sorted()
                    .flatMap(LanguageDetectorDevEvalTest::linesOf)
                    .filter(line -> !line.isBlank())
                    .toList();
        }
    }

    private static Stream<String> linesOf(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
