package org.jaga.knowledge.advice;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jaga.knowledge.language.Language;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the vetted advisories shipped on the class path: one file per language,
 * {@code org/jaga/knowledge/advice/advisories_<tag>.json}. Every language must have a file, and
 * every id must also exist in English (whose question variants serve queries typed in English).
 */
final class AdvisoryFiles {

    static final String FOLDER = "/org/jaga/knowledge/advice/";

    private AdvisoryFiles() {}

    /**
     * @return every advisory, by language, each language's in file order
     * @throws InvalidAdvisoryFile when a file is missing or breaks the rules
     */
    static Map<Language, List<Advisory>> loadBundled() {
        JsonMapper mapper = JsonMapper.builder().build();
        Map<Language, List<Advisory>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, read(mapper, language));
        }
        Set<String> english = ids(all.get(Language.ENGLISH)).keySet();
        all.forEach((language, advisories) -> advisories.stream()
                .filter(a -> !english.contains(a.id()))
                .findFirst()
                .ifPresent(a -> {
                    throw new InvalidAdvisoryFile(a.id() + " (" + language.tag() + ") has no English original");
                }));
        return all;
    }

    private static List<Advisory> read(JsonMapper mapper, Language language) {
        String name = FOLDER + "advisories_" + language.tag() + ".json";
        try (InputStream in = AdvisoryFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new InvalidAdvisoryFile("missing " + name);
            }
            JsonNode root = mapper.readTree(in);
            List<Advisory> advisories = new ArrayList<>();
            for (JsonNode entry : root.path("entries")) {
                advisories.add(advisory(entry, language));
            }
            ids(advisories);
            return List.copyOf(advisories);
        } catch (IOException | JacksonException | DateTimeParseException e) {
            throw new InvalidAdvisoryFile("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static Advisory advisory(JsonNode entry, Language language) {
        return new Advisory(
                entry.path("id").asString(null),
                language,
                strings(entry.path("questions")),
                entry.path("answer").asString(null),
                strings(entry.path("sources")),
                LocalDate.parse(entry.path("reviewed").asString("")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    private static Map<String, Advisory> ids(List<Advisory> advisories) {
        Map<String, Advisory> byId = new LinkedHashMap<>();
        for (Advisory advisory : advisories) {
            if (byId.put(advisory.id(), advisory) != null) {
                throw new InvalidAdvisoryFile("duplicate id " + advisory.id() + " in "
                        + advisory.language().tag());
            }
        }
        return byId;
    }
}
