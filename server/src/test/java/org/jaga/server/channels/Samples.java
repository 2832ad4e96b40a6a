package org.jaga.server.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The platform samples of ../shared/platform-samples (JAGA_TEST_SAMPLES overrides where they are). */
final class Samples {
    private Samples() {}

    static Path dir(String platform) {
        String configured = System.getenv("JAGA_TEST_SAMPLES");
        Path base = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Stream.of(
                                "../../shared/platform-samples",
                                "../shared/platform-samples",
                                "/work/shared/platform-samples")
                        .map(Path::of)
                        .filter(Files::isDirectory)
                        .findFirst()
                        .orElseThrow(
                                () -> new IllegalStateException("platform samples not found; set JAGA_TEST_SAMPLES"));
        return base.resolve(platform);
    }

    /** @return the JSON sample files of the platform, by name */
    static List<Path> json(String platform) {
        try (Stream<Path> files = Files.list(dir(platform))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String platform, String name) {
        try {
            return Files.readAllBytes(dir(platform).resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String platform, String name) {
        return new String(bytes(platform, name), java.nio.charset.StandardCharsets.UTF_8);
    }
}
