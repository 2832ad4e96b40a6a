package org.jaga.channels.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {

    @Test
    void keepsAShortTextWhole() {
        assertThat(TextSplitter.split("hello", 4096)).containsExactly("hello");
    }

    @Test
    void cutsAtAParagraphBeforeASentence() {
        String text = "a".repeat(30) + ". " + "b".repeat(10) + "\n\n" + "c".repeat(30);

        assertThat(TextSplitter.split(text, 50))
                .containsExactly("a".repeat(30) + ". " + "b".repeat(10), "c".repeat(30));
    }

    @Test
    void cutsAtASentenceThenAWord() {
        assertThat(TextSplitter.split("one two three. four five six", 20))
                .containsExactly("one two three.", "four five six");
        assertThat(TextSplitter.split("alpha beta gamma delta", 12)).containsExactly("alpha beta", "gamma delta");
    }

    @Test
    void neverCutsASurrogatePair() {
        String emoji = "😀".repeat(10);

        List<String> parts = TextSplitter.split(emoji, 5);

        assertThat(String.join("", parts)).isEqualTo(emoji);
        assertThat(parts).allSatisfy(part -> assertThat(Character.isLowSurrogate(part.charAt(0)))
                .isFalse());
    }

    @Test
    void keepsTheLastPartWithinItsOwnLimit() {
        List<String> parts = TextSplitter.split("word ".repeat(500), 4096, 1024);

        assertThat(parts.get(parts.size() - 1).length()).isLessThanOrEqualTo(1024);
        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4096));
    }
}
