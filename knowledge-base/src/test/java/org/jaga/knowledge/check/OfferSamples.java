package org.jaga.knowledge.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.params.provider.Arguments;

/** Labelled offers written for tests, read from a TSV resource: language, scam|legit, text. */
final class OfferSamples {
    private OfferSamples() {}

    /** @return one {@code (Language, boolean scam, String text)} per line of the resource */
    static List<Arguments> read(String resource) {
        try (InputStream in = OfferSamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 3))
                    .map(f -> Arguments.of(Language.fromTag(f[0]).orElseThrow(), f[1].equals("scam"), f[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long count(List<Arguments> samples, Language language, boolean scam) {
        return samples.stream()
                .filter(a -> a.get()[0] == language && (boolean) a.get()[1] == scam)
                .count();
    }
}
