package org.jaga.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class RepliesBundleTest {

    private static final String BASE = "org.jaga.core.language.replies";

    /** WhatsApp cuts reply-button and list-row titles at 20 characters. */
    private static final int LABEL_LIMIT = 20;

    /** Words a guard reading the phone must not see in a reply to a plea, per language. */
    private static final Map<Language, List<String>> ALARMING = Map.of(
            Language.ENGLISH, List.of("traffick", "rescue", "police", "escape"),
            Language.INDONESIAN, List.of("polisi", "perdagangan orang", "penyelamatan", "kabur", "melarikan"),
            Language.MALAY, List.of("polis", "pemerdagangan", "menyelamat", "melarikan", "lari"),
            Language.THAI, List.of("ตำรวจ", "ค้ามนุษย์", "หลบหนี", "ช่วยชีวิต", "หนีออก"),
            Language.VIETNAMESE, List.of("công an", "cảnh sát", "buôn người", "giải cứu", "trốn"),
            Language.FILIPINO, List.of("pulis", "trafficking", "sagip", "tumakas", "takas"),
            Language.BURMESE, List.of("ရဲစခန်း", "ရဲတပ်", "လူကုန်ကူး", "ကယ်ဆယ်", "ထွက်ပြေး"),
            Language.KHMER, List.of("ប៉ូលិស", "ជួញដូរមនុស្ស", "ជួយសង្គ្រោះ", "រត់គេច"),
            Language.CHINESE, List.of("警察", "报警", "贩卖", "拐卖", "解救", "逃"));

    @ParameterizedTest
    @MethodSource("translations")
    void hasExactlyTheEnglishKeys(Language language) {
        assertThat(load(language).stringPropertyNames())
                .isEqualTo(load(Language.ENGLISH).stringPropertyNames());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void hasNoEmptyReply(Language language) {
        Properties replies = load(language);
        assertThat(replies.stringPropertyNames()).allSatisfy(key -> assertThat(replies.getProperty(key))
                .as("%s in %s", key, language)
                .isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void keepsMenuAndButtonLabelsWithinWhatsAppsLimit(Language language) {
        Properties replies = load(language);
        replies.stringPropertyNames().stream()
                .filter(RepliesBundleTest::isLabel)
                .forEach(key -> {
                    String label = replies.getProperty(key);
                    assertThat(label.codePointCount(0, label.length()))
                            .as("%s in %s: %s", key, language, label)
                            .isLessThanOrEqualTo(LABEL_LIMIT);
                });
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void keepsRepliesToPleasInnocuous(Language language) {
        Properties replies = load(language);
        replies.stringPropertyNames().stream()
                .filter(key -> key.startsWith("help."))
                .map(replies::getProperty)
                .forEach(reply -> assertThat(reply.toLowerCase(language.locale()))
                        .as("%s reply", language)
                        .doesNotContain(ALARMING.get(language)));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void isFoundByResourceBundleForTheLanguagesLocale(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BASE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(bundle.getString("fallback")).isEqualTo(load(language).getProperty("fallback"));
    }

    @Test
    void writesBurmeseInUnicodeNotZawgyi() {
        // Zawgyi puts the vowel sign E (U+1031) before its consonant; Unicode never starts a word with it
        Properties burmese = load(Language.BURMESE);
        burmese.stringPropertyNames().forEach(key -> assertThat(burmese.getProperty(key))
                .as(key)
                .doesNotContain(" \u1031")
                .doesNotStartWith("\u1031"));
    }

    static Stream<Language> translations() {
        return Stream.of(Language.values()).filter(l -> l != Language.ENGLISH);
    }

    private static boolean isLabel(String key) {
        return key.startsWith("button.")
                || key.startsWith("menu.") && !key.equals("menu.intro") && !key.equals("menu.hint");
    }

    private static Properties load(Language language) {
        String name = "replies" + (language == Language.ENGLISH ? "" : "_" + language.tag()) + ".properties";
        try (InputStream in = RepliesBundleTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + name, e);
        }
    }
}
