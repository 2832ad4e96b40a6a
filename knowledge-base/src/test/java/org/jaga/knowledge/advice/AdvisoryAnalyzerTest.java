package org.jaga.knowledge.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;

class AdvisoryAnalyzerTest {

    @Test
    void splitsThaiWrittenWithoutSpacesIntoWords() throws IOException {
        assertThat(tokens(Language.THAI, "วีซ่าท่องเที่ยวทำงานได้ไหม"))
                .contains("วีซ่า", "ท่อง", "เที่ยว", "ได้", "ไหม");
    }

    @Test
    void splitsBurmeseWrittenWithoutSpaces() throws IOException {
        List<String> tokens = tokens(Language.BURMESE, "ခရီးသွားဗီဇာနဲ့ထိုင်းမှာအလုပ်လုပ်ရင်ရမလား");

        assertThat(tokens).hasSizeGreaterThan(3).contains("ဗီဇာ");
    }

    @Test
    void splitsKhmerWrittenWithoutSpaces() throws IOException {
        List<String> tokens = tokens(Language.KHMER, "ខ្ញុំអាចប្រើទិដ្ឋាការទេសចរណ៍ទៅធ្វើការនៅថៃបានទេ");

        assertThat(tokens).hasSizeGreaterThan(3).contains("ទិដ្ឋាការ");
    }

    @Test
    void pairsChineseCharacters() throws IOException {
        assertThat(tokens(Language.CHINESE, "旅游签证")).containsExactly("旅游", "游签", "签证");
    }

    @Test
    void foldsVietnameseDiacriticsSoUnaccentedTypingMatches() throws IOException {
        assertThat(tokens(Language.VIETNAMESE, "Hộ chiếu ĐƯỢC giữ"))
                .isEqualTo(tokens(Language.VIETNAMESE, "ho chieu duoc giu"));
    }

    @Test
    void stemsIndonesianAndDropsFunctionWords() throws IOException {
        assertThat(tokens(Language.INDONESIAN, "apakah pekerjaannya legal")).containsExactly("kerja", "legal");
    }

    private static List<String> tokens(Language language, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (AdvisoryAnalyzer analyzer = new AdvisoryAnalyzer(language);
                TokenStream stream = analyzer.tokenStream("a", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
