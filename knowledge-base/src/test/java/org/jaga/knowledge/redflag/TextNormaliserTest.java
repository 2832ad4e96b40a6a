package org.jaga.knowledge.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {
    @Test
    void foldsFullWidthCaseAndZeroWidthCharacters() {
        assertThat(TextNormaliser.normalise("ＵＳＤＴ\u200B Ｓａｌａｒｙ").text()).isEqualTo("usdt salary");
    }

    @Test
    void matchesVietnameseWithOrWithoutDiacritics() {
        assertThat(TextNormaliser.normalise("Lương cao, bao ăn ở").text())
                .isEqualTo(TextNormaliser.normalise("luong cao, bao an o").text());
    }

    @Test
    void keepsThaiKhmerAndBurmeseVowelSigns() {
        assertThat(TextNormaliser.normalise("เงินเดือน ប្រាក់ខែ လစာ").text()).isEqualTo("เงินเดือน ប្រាក់ខែ လစာ");
    }

    @Test
    void mapsNativeDigitsAndTraditionalChinese() {
        assertThat(TextNormaliser.normalise("๓๐ ១៥ ၂၀ 緬北園區").text()).isEqualTo("30 15 20 缅北园区");
    }

    @Test
    void mapsEveryNormalisedCharacterBackToTheOriginal() {
        String original = "Ｆｒｅｅ\u200B  ticket—ｎｏｗ";
        NormalisedText n = TextNormaliser.normalise(original);
        Finding f = n.finding("X", 0, n.text().length());
        assertThat(original.substring(f.start(), f.end())).isEqualTo(f.evidence());
        assertThat(f.evidence()).isEqualTo(original);
    }
}
