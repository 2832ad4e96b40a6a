package org.jaga.core.dialogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.jaga.knowledge.language.Language;

/**
 * The phrases of one language for one key, matched as whole words in languages written with
 * spaces and as substrings in Thai, Burmese, Khmer and Chinese.
 */
final class Lexicon {
    private final List<String> phrases;
    private final boolean spaced;

    private Lexicon(List<String> phrases, boolean spaced) {
        this.phrases = phrases;
        this.spaced = spaced;
    }

    /** @return the lexicon of the key in {@code intents_<tag>.properties}; empty when there is none */
    static Lexicon load(Language language, String key) {
        Properties properties = read("intents_" + language.tag() + ".properties");
        String value = properties.getProperty(key, "");
        List<String> phrases = new ArrayList<>();
        for (String phrase : value.split("\\|")) {
            String normal = normalize(phrase).strip();
            if (!normal.isEmpty()) {
                phrases.add(normal);
            }
        }
        return new Lexicon(List.copyOf(phrases), isSpaced(language));
    }

    /** @return true when one of the phrases stands in the normalised text */
    boolean matches(String normalizedText) {
        String haystack = spaced ? " " + normalizedText + " " : normalizedText;
        for (String phrase : phrases) {
            if (haystack.contains(spaced ? " " + phrase + " " : phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, compatibility forms folded, punctuation turned into single spaces. */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            boolean keep = Character.isLetterOrDigit(cp) || isCombiningMark(cp) || cp == '-' || cp == '\'';
            if (keep) {
                out.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isSpaced(Language language) {
        return !Arrays.asList(Language.THAI, Language.BURMESE, Language.KHMER, Language.CHINESE)
                .contains(language);
    }

    private static Properties read(String name) {
        Properties properties = new Properties();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return properties;
    }
}
