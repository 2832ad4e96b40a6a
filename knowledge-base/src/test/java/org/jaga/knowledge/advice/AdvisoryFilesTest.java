package org.jaga.knowledge.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;

class AdvisoryFilesTest {

    private static final Map<Language, List<Advisory>> ALL = AdvisoryFiles.loadBundled();

    @Test
    void everyLanguageHasTheSameAdvisoriesAsEnglish() {
        Set<String> english = ids(Language.ENGLISH);

        assertThat(english).hasSizeGreaterThanOrEqualTo(15);
        for (Language language : Language.values()) {
            assertThat(ids(language)).as(language.tag()).isEqualTo(english);
        }
    }

    @Test
    void everyAdvisoryHasSourcesAndAReviewDate() {
        ALL.values().stream().flatMap(List::stream).forEach(advisory -> {
            assertThat(advisory.sources()).isNotEmpty().allMatch(s -> s.startsWith("https://"));
            assertThat(advisory.reviewed()).isBefore(LocalDate.now().plusDays(1));
        });
    }

    @Test
    void everyPhoneNumberInAnAnswerNamesItsSource() {
        ALL.values().stream()
                .flatMap(List::stream)
                // short hotline codes (1000-1899; 19xx are years) and international numbers
                .filter(a -> a.answer().matches("(?s).*(?<![0-9])1[0-8][0-9]{2}(?![0-9]).*|.*\\+[0-9].*"))
                .forEach(a -> assertThat(a.answer())
                        .as(a.id() + " " + a.language())
                        .containsAnyOf("source", "sumber", "nguồn", "来源", "แหล่งที่มา", "ရင်းမြစ်", "ប្រភព"));
    }

    @Test
    void countryAdvisoriesExistForEveryCountryJagaServes() {
        assertThat(ids(Language.ENGLISH))
                .contains(
                        "verify-agency-ph",
                        "verify-agency-id",
                        "verify-agency-th",
                        "verify-agency-vn",
                        "verify-agency-my",
                        "verify-agency-mm",
                        "verify-agency-kh",
                        "verify-agency-cn");
    }

    private static Set<String> ids(Language language) {
        return ALL.get(language).stream().map(Advisory::id).collect(Collectors.toSet());
    }
}
