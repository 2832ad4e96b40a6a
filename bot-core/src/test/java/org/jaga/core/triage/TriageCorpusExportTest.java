package org.jaga.core.triage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the messages of the triage unit tests as a labelled folder, for the model to learn from
 * their everyday look-alikes. Runs only when asked:
 * {@code ./mvnw -q -pl bot-core test -Dtest=TriageCorpusExportTest -Djaga.triage.export=$PWD/eval/triage-unit-corpus}.
 */
class TriageCorpusExportTest {
    private static final List<Class<?>> SOURCES = List.of(
            DistressDetectorTest.class,
            HeldOutMessagesTest.class,
            EnglishConceptsTest.class,
            FilipinoConceptsTest.class,
            MalayIndonesianConceptsTest.class,
            VietnameseConceptsTest.class,
            ThaiBurmeseConceptsTest.class,
            KhmerChineseConceptsTest.class);

    @Test
    void export() throws Exception {
        String target = System.getProperty("jaga.triage.export");
        assumeTrue(target != null && !target.isBlank(), "set -Djaga.triage.export=DIR to export");
        Path folder = Path.of(target);
        Files.createDirectories(folder);
        write(folder.resolve("distress.jsonl"), messages("distress"), "distress");
        write(folder.resolve("legit_offers.jsonl"), messages("notDistress"), "not_distress");
        Files.writeString(folder.resolve("scam_offers.jsonl"), "");
    }

    /** @return (language tag, text) of every message the sources give, without repeats */
    private static Set<List<String>> messages(String method) throws Exception {
        Set<List<String>> messages = new LinkedHashSet<>();
        for (Class<?> source : SOURCES) {
            Method m = source.getDeclaredMethod(method);
            m.setAccessible(true);
            Object result = m.invoke(null);
            if (result instanceof Stream<?> stream) {
                stream.forEach(a -> {
                    Object[] args = ((Arguments) a).get();
                    messages.add(List.of(((Language) args[0]).tag(), (String) args[args.length - 1]));
                });
            } else {
                Language language = source == FilipinoConceptsTest.class ? Language.FILIPINO : Language.ENGLISH;
                for (Object text : (List<?>) result) {
                    messages.add(List.of(language.tag(), (String) text));
                }
            }
        }
        return messages;
    }

    private static void write(Path file, Set<List<String>> messages, String label) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (List<String> message : messages) {
            n++;
            lines.add(json.writeValueAsString(new Line(
                    "unit_" + label + "_" + n,
                    message.get(1),
                    message.get(0),
                    "the triage unit tests' hand-written messages, exported by TriageCorpusExportTest",
                    label)));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private record Line(String id, String text, String lang, String source, String label) {}
}
