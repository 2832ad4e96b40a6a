package org.jaga.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IntentLexiconTest {

    private static final Set<String> INTENTS = Set.of(
            "MENU",
            "CHECK_OFFER",
            "VERIFY_RECRUITER",
            "ASK_QUESTION",
            "DISTRESS",
            "CHECK_IN",
            "REPORT",
            "FORGET_ME",
            "YES",
            "NO");

    @ParameterizedTest
    @EnumSource(Language.class)
    void definesEveryIntentAndNothingElse(Language language) {
        assertThat(load(language).stringPropertyNames()).isEqualTo(INTENTS);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void listsOnlyNonEmptyTrimmedLowerCasePhrases(Language language) {
        Properties intents = load(language);
        for (String intent : INTENTS) {
            List<String> phrases = phrases(intents, intent);
            assertThat(phrases).as("%s %s", language, intent).isNotEmpty().allSatisfy(phrase -> assertThat(phrase)
                    .isNotBlank()
                    .isEqualTo(phrase.strip())
                    .isEqualTo(phrase.toLowerCase(language.locale())));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void neverFilesOnePhraseUnderTwoIntents(Language language) {
        Properties intents = load(language);
        Map<String, String> owner = new HashMap<>();
        for (String intent : INTENTS) {
            for (String phrase : phrases(intents, intent)) {
                String previous = owner.putIfAbsent(phrase, intent);
                assertThat(previous == null || previous.equals(intent))
                        .as("%s: \"%s\" is under %s and %s", language, phrase, previous, intent)
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void knowsManyWaysToAskForHelp(Language language) {
        assertThat(phrases(load(language), "DISTRESS")).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void acceptsVietnameseTypedWithoutDiacritics() {
        Properties vietnamese = load(Language.VIETNAMESE);
        for (String intent : INTENTS) {
            assertThat(phrases(vietnamese, intent)).as(intent).anySatisfy(phrase -> assertThat(phrase)
                    .matches("[a-z0-9 '\\-]+"));
        }
    }

    private static List<String> phrases(Properties intents, String intent) {
        return Arrays.asList(intents.getProperty(intent, "").split("\\|", -1));
    }

    private static Properties load(Language language) {
        String name = "intents_" + language.tag() + ".properties";
        try (InputStream in = IntentLexiconTest.class.getResourceAsStream(name)) {
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
