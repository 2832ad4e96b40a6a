package org.jaga.knowledge.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void detectsTheLanguageOfNaturalMessages(Language expected, String text) {
        assertThat(DETECTOR.detect(text)).contains(expected);
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
                // English: casual, job offer, plea, relative, question
                of(Language.ENGLISH, "hi, is this job real?"),
                of(
                        Language.ENGLISH,
                        "We are hiring customer service staff in Cambodia. Salary $1500 per month,"
                                + " free flight and accommodation, no experience needed."),
                of(Language.ENGLISH, "Please help me, they took my passport and I cannot leave this place."),
                of(Language.ENGLISH, "My brother went to Thailand for a job and now he says he is locked inside."),
                of(Language.ENGLISH, "Can I work in Malaysia with a tourist visa?"),
                of(Language.ENGLISH, "The agent told me to pay a deposit before the interview, is that normal?"),
                of(Language.ENGLISH, "thanks, I'll send you the recruiter's number later"),
                // Indonesian
                of(Language.INDONESIAN, "Halo kak, lowongan kerja di Kamboja ini beneran nggak sih?"),
                of(
                        Language.INDONESIAN,
                        "Dibutuhkan segera operator admin, gaji 15 juta per bulan, tiket pesawat"
                                + " dan tempat tinggal gratis, tanpa pengalaman."),
                of(Language.INDONESIAN, "Tolong saya, paspor saya ditahan perusahaan dan saya tidak bisa pulang."),
                of(Language.INDONESIAN, "Adik saya kerja di Myanmar, sekarang dia disekap dan disuruh bayar tebusan."),
                of(Language.INDONESIAN, "Saya mau tanya, apakah bisa kerja di Thailand pakai visa turis?"),
                of(Language.INDONESIAN, "Kalau agennya minta uang dulu sebelum berangkat, itu penipuan bukan?"),
                of(Language.INDONESIAN, "makasih ya kak, nanti aku kirim nomor WA perekrutnya"),
                // Malay
                of(Language.MALAY, "Hai, kerja ni betul ke atau scam?"),
                of(
                        Language.MALAY,
                        "Jawatan kosong di Kemboja, gaji RM8000 sebulan, tiket kapal terbang dan"
                                + " bilik percuma, tiada pengalaman diperlukan."),
                of(Language.MALAY, "Tolong saya, majikan ambil pasport saya dan saya tak boleh balik."),
                of(Language.MALAY, "Abang saya kerja di Myanmar, sekarang dia dikurung dan mereka minta wang tebusan."),
                of(Language.MALAY, "Saya nak tanya, boleh ke kerja di Thailand guna visa pelancong?"),
                of(Language.MALAY, "Ejen tu suruh saya bayar yuran dulu sebelum temuduga, macam mana ni?"),
                of(Language.MALAY, "Terima kasih encik, nanti saya hantar nombor telefon ejen tu."),
                // Thai
                of(Language.THAI, "สวัสดีค่ะ งานนี้เป็นงานจริงไหมคะ"),
                of(
                        Language.THAI,
                        "รับสมัครพนักงานบริการลูกค้า ทำงานที่กัมพูชา เงินเดือน 50,000 บาท"
                                + " มีที่พักและตั๋วเครื่องบินฟรี ไม่ต้องมีประสบการณ์"),
                of(Language.THAI, "ช่วยด้วย พวกเขายึดพาสปอร์ตของฉัน ออกไปไม่ได้"),
                of(Language.THAI, "น้องชายผมไปทำงานที่เมียวดี ตอนนี้ถูกขังอยู่ ติดต่อใครได้บ้าง"),
                of(Language.THAI, "ถ้าไปทำงานที่มาเลเซียต้องใช้วีซ่าอะไรครับ"),
                of(Language.THAI, "นายหน้าบอกให้โอนเงินค่าดำเนินการก่อน แบบนี้โกงหรือเปล่า"),
                // Vietnamese, with and without diacritics
                of(Language.VIETNAMESE, "Chào bạn, công việc này có thật không?"),
                of(
                        Language.VIETNAMESE,
                        "Tuyển nhân viên chăm sóc khách hàng làm việc tại Campuchia, lương 20"
                                + " triệu/tháng, bao ăn ở, không cần kinh nghiệm."),
                of(Language.VIETNAMESE, "Cứu tôi với, họ giữ hộ chiếu của tôi và không cho tôi về."),
                of(Language.VIETNAMESE, "Em trai tôi sang Myanmar làm việc, giờ bị nhốt và họ đòi tiền chuộc."),
                of(Language.VIETNAMESE, "cuu toi voi, toi bi giu ho chieu khong ve duoc"),
                of(Language.VIETNAMESE, "Cho em hỏi đi làm ở Thái Lan bằng visa du lịch có được không ạ?"),
                of(Language.VIETNAMESE, "ban oi cong viec nay co lua dao khong"),
                // Filipino, including Taglish
                of(Language.FILIPINO, "Hi po, totoo po ba itong trabaho sa Cambodia?"),
                of(
                        Language.FILIPINO,
                        "Hiring po ng customer service sa Thailand, sahod 50k kada buwan, libre ang"
                                + " flight at tirahan, walang experience na kailangan."),
                of(Language.FILIPINO, "Tulungan niyo po kami, kinuha nila ang passport namin at hindi kami makaalis."),
                of(Language.FILIPINO, "Yung kapatid ko nasa Myanmar, nakakulong daw sila at sinasaktan."),
                of(Language.FILIPINO, "Pwede po ba magtrabaho sa Malaysia gamit ang tourist visa?"),
                of(
                        Language.FILIPINO,
                        "Legit ba yung agency na to? Pinagbabayad kasi ako ng placement fee bago umalis."),
                of(Language.FILIPINO, "salamat po, ipapadala ko mamaya yung number ng recruiter"),
                // Burmese (Unicode)
                of(Language.BURMESE, "မင်္ဂလာပါ၊ ဒီအလုပ်က တကယ်ဟုတ်လား"),
                of(Language.BURMESE, "ထိုင်းမှာ အလုပ်ခေါ်နေပါတယ်၊ လစာကောင်းပြီး လေယာဉ်လက်မှတ် အခမဲ့ပါ"),
                of(Language.BURMESE, "ကျွန်တော့်ကို ကူညီပါ၊ ပတ်စပို့ သိမ်းထားလို့ ပြန်လို့မရဘူး"),
                of(Language.BURMESE, "ကျွန်မ အစ်ကို မြဝတီမှာ ပိတ်မိနေတယ်"),
                of(Language.BURMESE, "တိုးရစ်ဗီဇာနဲ့ အလုပ်လုပ်လို့ရလား"),
                of(Language.BURMESE, "အေးဂျင့်က ပိုက်ဆံ အရင်ပေးခိုင်းတယ်၊ လိမ်တာလား"),
                // Khmer
                of(Language.KHMER, "សួស្តី តើការងារនេះពិតទេ?"),
                of(Language.KHMER, "ជ្រើសរើសបុគ្គលិកបម្រើអតិថិជន ប្រាក់ខែ ១០០០ ដុល្លារ មានកន្លែងស្នាក់នៅ"),
                of(Language.KHMER, "ជួយខ្ញុំផង គេយកលិខិតឆ្លងដែនខ្ញុំ ខ្ញុំចេញមិនបានទេ"),
                of(Language.KHMER, "បងប្រុសខ្ញុំត្រូវគេឃុំនៅក្នុងក្រុមហ៊ុនមួយ"),
                of(Language.KHMER, "តើខ្ញុំអាចធ្វើការនៅថៃដោយប្រើទិដ្ឋាការទេសចរណ៍បានទេ?"),
                of(Language.KHMER, "ភ្នាក់ងារឲ្យខ្ញុំបង់ប្រាក់មុន តើជាការបោកប្រាស់ទេ?"),
                // Chinese, simplified and traditional
                of(Language.CHINESE, "你好，这份工作是真的吗？"),
                of(Language.CHINESE, "招聘客服，柬埔寨工作，月薪一万五，包吃包住，机票报销，无需经验"),
                of(Language.CHINESE, "救命，他们扣了我的护照，我出不去"),
                of(Language.CHINESE, "我弟弟在缅甸被关起来了，他们要我们交赎金"),
                of(Language.CHINESE, "請問用旅遊簽證可以去泰國工作嗎？"),
                of(Language.CHINESE, "中介叫我先交押金，這是詐騙嗎？"));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("indonesianMalayPairs")
    void tellsIndonesianFromMalay(String indonesian, String malay) {
        assertThat(DETECTOR.detect(indonesian)).contains(Language.INDONESIAN);
        assertThat(DETECTOR.detect(malay)).contains(Language.MALAY);
    }

    static Stream<Arguments> indonesianMalayPairs() {
        return Stream.of(
                Arguments.of("Saya tidak punya uang untuk pulang", "Saya tak ada wang untuk balik"),
                Arguments.of("Apakah kamu bisa bantu saya?", "Boleh awak tolong saya?"),
                Arguments.of("Ada lowongan kerja di perusahaan itu", "Ada jawatan kosong di syarikat itu"),
                Arguments.of("Silakan hubungi nomor ini saja", "Sila hubungi nombor ini sahaja"),
                Arguments.of("Saya mau kerja karena butuh uang", "Saya mahu kerja kerana perlukan wang"),
                Arguments.of(
                        "Kamarnya gratis dan tiket pesawat ditanggung", "Bilik percuma dan tiket ditanggung majikan"),
                Arguments.of("gimana caranya, aku takut banget", "macam mana ni, saya takut sangat lah"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "1",
                "ok",
                "OK 👍",
                "👍",
                "👍👍🙏",
                "   ",
                "12345",
                "+66 81 234 5678",
                "https://t.me/x",
                "www.example.com",
                "@jobs_recruiter",
                "info@agency.com",
                "t.me/jobsabroad",
                "?!",
                "haha"
            })
    void findsNoLanguageInTooLittleText(String text) {
        assertThat(DETECTOR.detect(text)).isEmpty();
    }

    @Test
    void judgesMostlyLatinTextOnItsLatinPart() {
        assertThat(DETECTOR.detect("Hello, I saw a job offer in 金边 from a company, is it real?"))
                .contains(Language.ENGLISH);
        assertThat(DETECTOR.detect("Saya ditawari kerja di 西港, gajinya besar banget, asli nggak ya?"))
                .contains(Language.INDONESIAN);
    }

    @Test
    void letsTheDominantScriptWinInMixedText() {
        assertThat(DETECTOR.detect("这个job是真的吗，工资很高")).contains(Language.CHINESE);
        assertThat(DETECTOR.detect("งาน customer service ที่กัมพูชา จริงไหมครับ"))
                .contains(Language.THAI);
        assertThat(DETECTOR.detect("ok ជួយខ្ញុំផង")).contains(Language.KHMER);
        assertThat(DETECTOR.detect("ok 好的")).contains(Language.CHINESE);
    }

    @Test
    void ignoresAddressesAndHandles() {
        assertThat(DETECTOR.detect("tolong cek https://the-best-jobs.com/apply?who=you&what=the @the_recruiter"))
                .contains(Language.INDONESIAN);
        assertThat(DETECTOR.detect("ช่วยดู www.jobs-in-cambodia.com ให้หน่อย")).contains(Language.THAI);
    }

    @Test
    void readsDecomposedVietnamese() {
        String decomposed = java.text.Normalizer.normalize("Tôi bị giữ ở đây", java.text.Normalizer.Form.NFD);
        assertThat(DETECTOR.detect(decomposed)).contains(Language.VIETNAMESE);
    }

    @Test
    void findsNoSupportedLanguageInOtherScripts() {
        assertThat(DETECTOR.detect("海外でもうかる仕事があると誘われた")).isEmpty();
        assertThat(DETECTOR.detect("해외 고수익 일자리 보장")).isEmpty();
        assertThat(DETECTOR.detect("मुझे मदद चाहिए")).isEmpty();
    }

    @Test
    void neverThrowsOnGarbage() {
        Random random = new Random(42);
        StringBuilder huge = new StringBuilder(1 << 20);
        while (huge.length() < (1 << 20)) {
            huge.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        byte[] bytes = new byte[4096];
        random.nextBytes(bytes);
        Stream.of(
                        huge.toString(),
                        new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1),
                        new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                        "\uD800",
                        "abc\uDC00def\uD83D",
                        "\uD83D\uDC4D".repeat(10_000),
                        "a".repeat(1 << 20),
                        "'''’’’---...///@@@",
                        "\u0000\u0301\u0E31\u17B6")
                .forEach(text -> assertThatCode(() -> DETECTOR.detect(text)).doesNotThrowAnyException());
    }

    @Test
    void takesMicrosecondsForAThousandCharacterMessage() {
        String message = ("Tolong saya, paspor saya ditahan perusahaan di Kamboja dan saya tidak bisa pulang. "
                        + "https://t.me/someone ")
                .repeat(10)
                .substring(0, 1000);
        for (int i = 0; i < 20_000; i++) {
            DETECTOR.detect(message);
        }
        int runs = 20_000;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            DETECTOR.detect(message);
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / runs;
        System.out.printf("LanguageDetector: %.1f µs per 1,000-character message%n", micros);
        assertThat(micros).isLessThan(500.0);
    }

    private static Arguments of(Language language, String text) {
        return Arguments.of(language, text);
    }
}
