package org.jaga.channels.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;

class WhatsAppTemplatesTest {

    @Test
    void mapsEachLanguageToItsWhatsAppTemplateCode() {
        Map<Language, String> expected = Map.of(
                Language.ENGLISH, "en",
                Language.INDONESIAN, "id",
                Language.MALAY, "ms",
                Language.THAI, "th",
                Language.VIETNAMESE, "vi",
                Language.FILIPINO, "fil",
                Language.CHINESE, "zh_CN");

        expected.forEach((language, code) -> assertThat(WhatsAppTemplates.code(Optional.of(language), "en_US"))
                .isEqualTo(code));
        assertThat(WhatsAppTemplates.CODES).isEqualTo(expected);
    }

    @Test
    void usesTheFallbackForBurmeseAndKhmerWhichWhatsAppHasNoTemplatesIn() {
        assertThat(WhatsAppTemplates.code(Optional.of(Language.BURMESE), "en_US"))
                .isEqualTo("en_US");
        assertThat(WhatsAppTemplates.code(Optional.of(Language.KHMER), "th")).isEqualTo("th");
    }

    @Test
    void usesTheFallbackWhenTheConversationsLanguageIsNotKnown() {
        assertThat(WhatsAppTemplates.code(Optional.empty(), "en")).isEqualTo("en");
    }
}
