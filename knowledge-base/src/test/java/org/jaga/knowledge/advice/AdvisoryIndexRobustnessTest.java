package org.jaga.knowledge.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AdvisoryIndexRobustnessTest {

    private static AdvisoryIndex index;

    @BeforeAll
    static void loadOnce() {
        index = new AdvisoryIndex();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "😀😀😀🙏",
                "🇹🇭✈️💼",
                "asdfgh qwerty zxcvb",
                "lorem ipsum dolor sit amet",
                "hello",
                "ok thanks",
                "what is the weather today?",
                "I like pizza with pineapple",
                "1234567890",
                "ฮ่าๆๆๆๆ",
                "哈哈哈哈",
                "ក្ក្ក្ក",
                "ကကကကက",
                "안녕하세요 반갑습니다",
                "\u0000\u0001\u0002\ufffd\ufffd"
            })
    void answersNothingToNonsense(String question) {
        assertThat(index.search(question, Optional.empty(), 3)).isEmpty();
    }

    @Test
    void answersNothingToNonsenseEvenWhenTheLanguageIsGiven() {
        for (Language language : Language.values()) {
            assertThat(index.search("xkcd qwfp zzyzx", Optional.of(language), 3))
                    .isEmpty();
        }
    }

    @Test
    void survivesAMegabyteOfText() {
        String megabyte = "visa ".repeat(200_000);

        assertThat(index.search(megabyte, Optional.empty(), 3)).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void survivesAMegabyteOfRandomCharacters() {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(1 << 20);
        while (text.length() < 1 << 20) {
            text.appendCodePoint(random.nextInt(0x3000));
        }

        assertThat(index.search(text.toString(), Optional.empty(), 3)).hasSizeLessThanOrEqualTo(3);
    }
}
