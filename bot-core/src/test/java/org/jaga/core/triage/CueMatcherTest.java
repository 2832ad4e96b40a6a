package org.jaga.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The keyword pre-filter and start literals must find exactly what a plain regex search finds. */
class CueMatcherTest {
    private static final List<LanguageCues> LANGUAGES = List.of(
            EnglishCues.cues(),
            MalayIndonesianCues.cues(),
            VietnameseCues.cues(),
            FilipinoCues.cues(),
            ThaiCues.cues(),
            BurmeseCues.cues(),
            KhmerCues.cues(),
            ChineseCues.cues(),
            KoreanCues.cues(),
            JapaneseCues.cues(),
            HindiCues.cues());

    @Test
    void findsWhatAPlainSearchFindsOnEveryCorpusMessage() {
        List<String> messages = Stream.of(
                        DistressCorpus.DISTRESS.values().stream().flatMap(List::stream),
                        DistressCorpus.NOT_DISTRESS.values().stream().flatMap(List::stream),
                        UnansweredLanguagesTest.DISTRESS.stream(),
                        UnansweredLanguagesTest.NOT_DISTRESS.stream())
                .flatMap(m -> m)
                .map(m -> NormalizedText.of(m).text())
                .toList();
        for (LanguageCues language : LANGUAGES) {
            List<java.util.regex.Pattern> patterns =
                    language.cues().stream().map(Cue::pattern).toList();
            KeywordScanner scanner = new KeywordScanner(patterns);
            for (String text : messages) {
                var candidates = scanner.candidates(text);
                for (int i = 0; i < patterns.size(); i++) {
                    List<int[]> plain = plainFind(patterns.get(i).matcher(text));
                    List<int[]> fast = new CueMatcher(patterns.get(i)).find(text);
                    assertThat(fast)
                            .as(patterns.get(i) + " on " + text)
                            .usingRecursiveComparison()
                            .isEqualTo(plain);
                    if (!plain.isEmpty()) {
                        assertThat(candidates.get(i))
                                .as(patterns.get(i) + " on " + text)
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void requiresTheLiteralsEveryMatchContains() {
        assertThat(RequiredLiterals.of("\\b(?:please|pls) help"))
                .hasValueSatisfying(s -> assertThat(s).containsExactlyInAnyOrder("please help", "pls help"));
        assertThat(RequiredLiterals.of("\\w{0,4}x?")).isEmpty();
        assertThat(RequiredLiterals.prefixes("(?<![a-z])(?:ab|cd)e"))
                .hasValueSatisfying(s -> assertThat(s).containsExactlyInAnyOrder("abe", "cde"));
    }

    private static List<int[]> plainFind(Matcher m) {
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            if (m.end() > m.start()) {
                found.add(new int[] {m.start(), m.end()});
            }
        }
        return found;
    }
}
