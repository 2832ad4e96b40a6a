package org.jaga.core.language;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jaga.knowledge.language.Language;

/** The bot's reply texts in every language, read from the {@code replies*.properties} bundles. */
public final class Replies {
    private static final String BUNDLE = "org.jaga.core.language.replies";
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Replies() {
        for (Language language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(), NoFallback.INSTANCE));
        }
    }

    /**
     * @return the text for the key in the language, falling back to English for a missing key
     * @throws MissingResourceException when not even English has the key
     */
    public String text(Language language, String key, Object... arguments) {
        ResourceBundle bundle = bundles.get(language);
        String pattern = bundle.containsKey(key)
                ? bundle.getString(key)
                : bundles.get(Language.ENGLISH).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** Looks only at the language's own bundle and the base, never at the machine's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public java.util.Locale getFallbackLocale(String baseName, java.util.Locale locale) {
            return null;
        }
    }
}
