package org.jaga.knowledge.redflag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jaga.knowledge.language.Language;

/**
 * A UTF-8 properties bundle in every language: {@code name.properties} (English) and
 * {@code name_<tag>.properties}. Read directly rather than through {@code ResourceBundle}, so
 * that neither the JVM's default locale nor legacy ISO codes ("in" for Indonesian) change
 * which file is read. A key missing in a language falls back to English.
 */
public final class LocalisedTexts {
    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    private LocalisedTexts(String name) {
        for (Language language : Language.values()) {
            String suffix = language == Language.ENGLISH ? "" : "_" + language.tag();
            bundles.put(language, read(name + suffix + ".properties"));
        }
    }

    /** @return the bundle {@code org/jaga/knowledge/redflag/<name>*.properties} */
    public static LocalisedTexts load(String name) {
        return new LocalisedTexts(name);
    }

    /** @return the text in {@code language}, else in English; empty when neither has the key */
    public Optional<String> text(String key, Language language) {
        String text = bundles.get(language).getProperty(key);
        return Optional.ofNullable(
                text != null ? text : bundles.get(Language.ENGLISH).getProperty(key));
    }

    /** @return whether {@code language}'s own file (not the English fallback) has a non-blank text */
    public boolean has(String key, Language language) {
        String text = bundles.get(language).getProperty(key);
        return text != null && !text.isBlank();
    }

    private static Properties read(String resource) {
        Properties properties = new Properties();
        InputStream in = LocalisedTexts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing text bundle " + resource);
        }
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
