package org.jaga.channels.whatsapp;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jaga.knowledge.language.Language;

/**
 * Which translation of the approved template a person gets: the WhatsApp template language code
 * of the conversation's language. WhatsApp has no template translation in Burmese or Khmer (see
 * https://developers.facebook.com/docs/whatsapp/api/messages/message-templates/ "Supported
 * Languages"), so those conversations, and those whose language is not known yet, get the
 * configured fallback translation.
 */
final class WhatsAppTemplates {
    static final Map<Language, String> CODES = codes();

    private WhatsAppTemplates() {}

    private static Map<Language, String> codes() {
        Map<Language, String> codes = new EnumMap<>(Language.class);
        codes.put(Language.ENGLISH, "en");
        codes.put(Language.INDONESIAN, "id");
        codes.put(Language.MALAY, "ms");
        codes.put(Language.THAI, "th");
        codes.put(Language.VIETNAMESE, "vi");
        codes.put(Language.FILIPINO, "fil");
        codes.put(Language.CHINESE, "zh_CN");
        return Map.copyOf(codes);
    }

    /** @return the template language code for the conversation's language, or {@code fallback} */
    static String code(Optional<Language> language, String fallback) {
        return language.map(CODES::get).orElse(fallback);
    }
}
