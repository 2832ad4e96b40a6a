package org.jaga.knowledge.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdvisoryIndexTest {

    private static AdvisoryIndex index;

    @BeforeAll
    static void loadOnce() {
        long start = System.nanoTime();
        index = new AdvisoryIndex();
        long built = System.nanoTime();
        index.warmUp();
        long warm = System.nanoTime();
        System.out.printf(
                "advisory index built in %d ms; embedding model loaded and advisories embedded in %d ms%n",
                (built - start) / 1_000_000, (warm - built) / 1_000_000);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("questions")
    void findsTheRightAdvisoryInTheTopThree(Language language, String question, String expectedId) {
        List<AdvisoryMatch> matches = index.search(question, Optional.of(language), 3);

        assertThat(matches).extracting(AdvisoryMatch::id).contains(expectedId);
        assertThat(matches).allSatisfy(m -> assertThat(m.language()).isEqualTo(language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("questions")
    void detectsTheLanguageWhenItIsNotGiven(Language language, String question, String expectedId) {
        List<AdvisoryMatch> matches = index.search(question, Optional.empty(), 3);

        assertThat(matches).extracting(AdvisoryMatch::id).contains(expectedId);
    }

    static Stream<Arguments> questions() {
        return Stream.of(
                of(Language.ENGLISH, "can I go to Bangkok on a holiday visa and work there?", "tourist-visa-work"),
                of(
                        Language.ENGLISH,
                        "my boss at the factory keeps my passport in his office, is that legal?",
                        "passport-held"),
                of(
                        Language.ENGLISH,
                        "the agency in Manila says it is licensed, where can I confirm that?",
                        "verify-agency-ph"),
                of(
                        Language.INDONESIAN,
                        "kak, kalau mau kerja ke Thailand boleh pakai visa wisata aja?",
                        "tourist-visa-work"),
                of(
                        Language.INDONESIAN,
                        "gimana caranya tahu PT penyalur TKI itu resmi atau tidak?",
                        "verify-agency-id"),
                of(Language.INDONESIAN, "tolong, saya terjebak di Kamboja dan tidak bisa pulang", "abroad-in-trouble"),
                of(Language.MALAY, "boleh tak saya pergi kerja guna visa pelancong je?", "tourist-visa-work"),
                of(Language.MALAY, "macam mana nak tahu ejen kerja tu ada lesen atau tak?", "verify-agency-my"),
                of(Language.MALAY, "bos simpan pasport saya, salah tak?", "passport-held"),
                of(Language.THAI, "วีซ่าท่องเที่ยวไปทำงานที่ไทยได้หรือเปล่าครับ", "tourist-visa-work"),
                of(Language.THAI, "บริษัทจัดหางานนี้มีใบอนุญาตไหม เช็กได้ที่ไหน", "verify-agency-th"),
                of(Language.THAI, "เขาบอกว่าออกค่าตั๋วเครื่องบินและที่พักให้ฟรี มันคืออะไร", "free-ticket"),
                of(
                        Language.VIETNAMESE,
                        "đi Thái bằng visa du lịch rồi làm việc luôn có được không?",
                        "tourist-visa-work"),
                of(
                        Language.VIETNAMESE,
                        "làm sao biết công ty xuất khẩu lao động này có phép hay không?",
                        "verify-agency-vn"),
                of(Language.VIETNAMESE, "chủ giữ hộ chiếu của em không trả, có đúng luật không?", "passport-held"),
                of(
                        Language.FILIPINO,
                        "pwede ba akong magtrabaho sa Thailand kahit tourist visa lang?",
                        "tourist-visa-work"),
                of(Language.FILIPINO, "saan ko makikita kung lisensyado ang agency sa DMW?", "verify-agency-ph"),
                of(
                        Language.FILIPINO,
                        "scam ba ito? malaki ang sahod sa customer service sa Cambodia",
                        "scam-compound-jobs"),
                of(Language.BURMESE, "ခရီးသွားဗီဇာနဲ့ထိုင်းမှာအလုပ်လုပ်ရင်ရမလား", "tourist-visa-work"),
                of(Language.BURMESE, "အေဂျင်စီမှာလိုင်စင်ရှိလားဘယ်လိုစစ်ရမလဲ", "verify-agency-mm"),
                of(Language.BURMESE, "အလုပ်ရှင်ကပတ်စပို့ကိုသိမ်းထားတယ်", "passport-held"),
                of(Language.KHMER, "ខ្ញុំអាចប្រើទិដ្ឋាការទេសចរណ៍ទៅធ្វើការនៅថៃបានទេ", "tourist-visa-work"),
                of(Language.KHMER, "តើក្រុមហ៊ុនជ្រើសរើសការងារនេះមានអាជ្ញាប័ណ្ណពីក្រសួងការងារទេ", "verify-agency-kh"),
                of(Language.KHMER, "និយោជកយកលិខិតឆ្លងដែនខ្ញុំទុក", "passport-held"),
                of(Language.CHINESE, "拿旅游签证去泰国上班可以吗", "tourist-visa-work"),
                of(Language.CHINESE, "老板把我的护照收走了怎么办", "passport-held"),
                of(Language.CHINESE, "出国务工的公司怎么查是不是正规的", "verify-agency-cn"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("mixedQuestions")
    void answersQuestionsThatMixLanguages(Language language, String question, String expectedId) {
        List<AdvisoryMatch> matches = index.search(question, Optional.of(language), 3);

        assertThat(matches).extracting(AdvisoryMatch::id).contains(expectedId);
    }

    static Stream<Arguments> mixedQuestions() {
        return Stream.of(
                of(Language.THAI, "tourist visa ไปทำงานได้ไหม", "tourist-visa-work"),
                of(Language.MALAY, "boleh ke kerja guna tourist visa in Thailand?", "tourist-visa-work"),
                of(Language.FILIPINO, "yung employer ko, kinuha ang passport ko, is that allowed?", "passport-held"),
                of(Language.CHINESE, "tourist visa 可以在泰国工作吗", "tourist-visa-work"),
                of(Language.VIETNAMESE, "what are red flags of fake job offer vậy?", "red-flags"));
    }

    @Test
    void answersAnEnglishQuestionFromAThaiSpeakerInThai() {
        List<AdvisoryMatch> matches =
                index.search("is it fine to work in Thailand with a tourist visa?", Optional.of(Language.THAI), 3);

        assertThat(matches).first().satisfies(m -> {
            assertThat(m.id()).isEqualTo("tourist-visa-work");
            assertThat(m.language()).isEqualTo(Language.THAI);
            assertThat(m.answer()).contains("Non-Immigrant");
        });
    }

    @Test
    void everyMatchCarriesSourcesAndAScore() {
        List<AdvisoryMatch> matches = index.search("what hotline can I call?", Optional.empty(), 5);

        assertThat(matches).isNotEmpty().allSatisfy(m -> {
            assertThat(m.sources()).isNotEmpty().allMatch(s -> s.startsWith("https://"));
            assertThat(m.score()).isBetween(0.0, 1.0);
        });
        assertThat(matches.get(0).id()).isEqualTo("hotlines");
    }

    @Test
    void honoursTheLimit() {
        assertThat(index.search("fake job offer red flags tourist visa passport", Optional.empty(), 2))
                .hasSizeLessThanOrEqualTo(2);
        assertThat(index.search("tourist visa", Optional.empty(), 0)).isEmpty();
    }

    private static Arguments of(Language language, String question, String id) {
        return Arguments.of(language, question, id);
    }
}
