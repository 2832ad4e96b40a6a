package org.jaga.knowledge.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;

/** Property checks over generated input: extraction never throws and every span fits the text. */
class ExtractionRobustnessTest {

    private static final String ALPHABET = "abcXYZ0123456789 +-.()@/:_,~?=&#\n\t๐๘๑๒๓៥၄０１＋ไทยกขআ宏泰有限公司Công tyáàạđ"
            + "wa.me/t.me/zalo.me/facebook.com/line.me/ti/p/Co., LtdPT DMW-045-LB-0323-R😀\uD800\uDFFF\u0000";

    private final IdentifierExtractor extractor = new IdentifierExtractor();

    @Test
    void neverThrowsAndKeepsSpansWithinTheTextOnRandomInput() {
        Random random = new Random(20240601L);
        for (int i = 0; i < 3_000; i++) {
            String text = randomText(random, random.nextInt(200));
            Optional<Language> language = random.nextBoolean()
                    ? Optional.of(Language.values()[random.nextInt(Language.values().length)])
                    : Optional.empty();
            List<Identifier> ids = extractor.extract(text, language);
            ids.forEach(id -> {
                assertThat(id.start()).isBetween(0, text.length());
                assertThat(id.end()).isBetween(id.start() + 1, text.length());
                assertThat(text.substring(id.start(), id.end())).isEqualTo(id.value());
            });
        }
    }

    @Test
    void handlesAMegabyteOfTextQuickly() {
        String text =
                "Call 081-234-5678 or @hongtai_hr at Hong Tai Co., Ltd, https://jobs.example.com/a ".repeat(12_000);
        long start = System.nanoTime();
        List<Identifier> ids = extractor.extract(text, Optional.of(Language.THAI));
        assertThat(ids).isNotEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(
                    random.nextInt(10) == 0
                            ? (char) random.nextInt(0x10000)
                            : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
