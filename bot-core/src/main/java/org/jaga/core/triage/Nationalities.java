package org.jaga.core.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a nationality from what a person wrote ("I'm from Indonesia", "คนไทย", "越南人") as an
 * ISO 3166 code, from the country names and demonyms in {@code nationalities.properties}.
 */
final class Nationalities {
    /** The countries offered as buttons, most frequent first; anything else is typed. */
    static final List<String> OFFERED = List.of("ID", "PH", "TH", "VN", "MY", "MM", "KH", "CN");

    private final Map<String, List<String>> names = new LinkedHashMap<>();

    Nationalities() {
        Properties properties = new Properties();
        try (InputStream in = Nationalities.class.getResourceAsStream("nationalities.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String code : properties.stringPropertyNames()) {
            names.put(
                    code,
                    List.of(properties.getProperty(code).split("\\|")).stream()
                            .map(Nationalities::fold)
                            .filter(name -> !name.isBlank())
                            .toList());
        }
    }

    /** @return the ISO code of the country the text names, the longest name winning */
    Optional<String> read(String text) {
        String folded = " " + fold(text) + " ";
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, List<String>> country : names.entrySet()) {
            for (String name : country.getValue()) {
                boolean spaced = name.chars().allMatch(c -> c < 0x0E00);
                boolean found = spaced ? folded.contains(" " + name + " ") : folded.contains(name);
                if (found && name.length() > bestLength) {
                    best = country.getKey();
                    bestLength = name.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.NON_SPACING_MARK && cp < 0x0E00) {
                return;
            }
            out.appendCodePoint(
                    Character.isLetterOrDigit(cp)
                                    || Character.getType(cp) == Character.NON_SPACING_MARK
                                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                            ? cp
                            : ' ');
        });
        return out.toString().replaceAll(" +", " ").strip();
    }
}
