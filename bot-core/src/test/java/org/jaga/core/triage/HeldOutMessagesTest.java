package org.jaga.core.triage;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Messages written for this test only, never used to write the cues: fragments, relatives' pleas,
 * Taglish, Vietnamese without diacritics, Thai without spaces, traditional Chinese — and the
 * jobseekers' questions, ads, news and jokes that must stay quiet.
 */
class HeldOutMessagesTest {
    private static final Map<Language, List<String>> DISTRESS = Map.of(
            Language.ENGLISH,
                    List.of(
                            "we are being held against our will in a building, nobody can go out",
                            "they sold us to another company last night, now we owe them again",
                            "please rescue us, they punish us when we fail to bring money",
                            "my son called crying, they beat him",
                            "they will only let me go if my family pays 10,000 dollars",
                            "we work 17 hours a day, if we refuse they shock us",
                            "my sister sent a message asking for help, we lost contact since monday",
                            "pls sav us we dont know where we are"),
            Language.INDONESIAN,
                    List.of(
                            "kami disekap di gedung, gak boleh keluar sama sekali",
                            "kami dijual ke perusahaan lain, disuruh bayar 50 juta baru boleh pulang",
                            "kalau tidak capai target kami disetrum",
                            "suami saya telpon sambil nangis minta tolong, dia di kamboja",
                            "kami gak tau ada di mana, dibawa malam-malam pakai mobil",
                            "tolongin kami, dipaksa kerja 18 jam sehari"),
            Language.MALAY,
                    List.of(
                            "kami dikurung dalam bilik, tak boleh keluar",
                            "anak saya dipukul sebab tak capai target, tolong",
                            "syarikat minta RM20000 baru boleh balik",
                            "kami dijual kepada syarikat lain, pasport kena tahan",
                            "tolong selamatkan adik saya, dia ditahan di myanmar",
                            "kami tak tahu kat mana sekarang, tolong"),
            Language.VIETNAMESE,
                    List.of(
                            "cuu chung toi voi, bi giam o day 3 thang roi",
                            "bon em bi ban sang cong ty khac, ho doi 5000 usd moi tha",
                            "khong dat chi tieu la bi danh, cuu em",
                            "con trai toi goi ve khoc, no bi danh",
                            "em khong biet dang o dau, ho cho em qua song ban dem",
                            "Chúng tôi bị ép làm việc 18 tiếng mỗi ngày, không làm thì bị đánh"),
            Language.FILIPINO,
                    List.of(
                            "hindi po namin alam kung nasaan kami, tulungan nyo po kami",
                            "binenta kami sa ibang company, ayaw kaming pakawalan",
                            "pinaparusahan kami pag walang naipasok na pera",
                            "yung kapatid ko tumawag umiiyak, binubugbog daw sila",
                            "help po kami, bawal lumabas dito sa compound",
                            "kinuha passport namin tapos pinipilit kami mag scam"),
            Language.THAI,
                    List.of(
                            "พวกเราถูกขังอยู่ในตึกออกไปไหนไม่ได้",
                            "ไม่รู้ว่าตอนนี้อยู่ที่ไหนช่วยด้วย",
                            "โดนขายไปอีกบริษัทแล้ว เขาเรียกเงินค่าไถ่",
                            "ลูกสาวโทรมาร้องไห้ขอความช่วยเหลือ",
                            "ทำยอดไม่ถึงโดนช็อตไฟฟ้า",
                            "เขาไม่ยอมปล่อยพวกเรากลับบ้าน"),
            Language.BURMESE,
                    List.of(
                            "ကျွန်တော်တို့ကို ပိတ်ထားတယ် ကယ်ပါ",
                            "အပြင်မထွက်ရဘူး ရိုက်နှက်တယ်",
                            "ငွေပေးမှ လွှတ်မယ်တဲ့ ကယ်ပါ",
                            "သားက ဖုန်းဆက်ပြီး ငိုတယ် ဖမ်းထားတယ်",
                            "target မပြည့်ရင် ဓာတ်လိုက်တယ်",
                            "ဘယ်နေရာရောက်နေမှန်းမသိဘူး ကူညီပေးပါ"),
            Language.KHMER,
                    List.of(
                            "យើងត្រូវគេឃុំខ្លួន ចេញមិនបានទេ",
                            "គេវាយយើងរាល់ថ្ងៃ ជួយផង",
                            "គេលក់យើងទៅក្រុមហ៊ុនផ្សេង",
                            "កូនប្រុសខ្ញុំទូរស័ព្ទមកយំ សុំជំនួយ",
                            "ខ្ញុំមិនដឹងថានៅកន្លែងណាទេ ជួយខ្ញុំផង",
                            "គេទាមទារលុយ 5000 ដុល្លារ ទើបដោះលែង"),
            Language.CHINESE,
                    List.of(
                            "我们被关在这里，不让我们走",
                            "我們被轉賣到另一個園區了，救救我們",
                            "完不成业绩就被打，每天工作十六个小时",
                            "我儿子打电话来哭着求救",
                            "不知道我们现在在哪里，救命",
                            "公司要家里交二十万才放人"));

    private static final Map<Language, List<String>> NOT_DISTRESS = Map.of(
            Language.ENGLISH,
                    List.of(
                            "is it true they take your passport in those cambodia jobs?",
                            "Now hiring: online sales agents, salary 1,200 USD per month, free accommodation, apply now",
                            "Police said on Monday that 300 victims were rescued from a compound, according to officials",
                            "my homework is killing me lol",
                            "what happens if i cannot reach the sales target at a normal job?",
                            "how do i know if a recruiter is legit before i go to thailand?"),
            Language.INDONESIAN,
                    List.of(
                            "apakah benar perusahaan di kamboja menahan paspor?",
                            "lowongan kerja admin, gaji 10 juta per bulan, mess gratis, hubungi whatsapp",
                            "capek banget lembur terus wkwk",
                            "kak, agen ini resmi gak ya?",
                            "saya mau kerja di malaysia, syaratnya apa saja?",
                            "menurut polisi, korban sudah dipulangkan kemarin"),
            Language.MALAY,
                    List.of(
                            "betul ke kerja kat kemboja bahaya?",
                            "jawatan kosong kerani, gaji RM3000 sebulan, hubungi kami",
                            "penat gila hari ni haha",
                            "agensi ni ada lesen tak?",
                            "saya nak tanya pasal visa kerja di thailand",
                            "macam mana nak tahu tawaran kerja ni scam?"),
            Language.VIETNAMESE,
                    List.of(
                            "viec lam o campuchia co lua dao khong?",
                            "Tuyển dụng nhân viên, lương 1000 USD, bao ăn ở, liên hệ zalo",
                            "hom nay met qua haha",
                            "cong ty nay co uy tin khong a?",
                            "em muon hoi ve visa lao dong nhat ban",
                            "theo thong tin tu cong an, cac nan nhan da duoc giai cuu"),
            Language.FILIPINO,
                    List.of(
                            "legit ba itong agency na to?",
                            "HIRING call center agents, walang experience ok, salary 30k",
                            "stuck ako sa traffic haha",
                            "safe ba magtrabaho sa cambodia?",
                            "magkano po ang placement fee?",
                            "paano po malalaman kung scam yung job offer?"),
            Language.THAI,
                    List.of(
                            "งานที่กัมพูชาปลอดภัยไหมครับ",
                            "รับสมัครพนักงาน เงินเดือน 30000 บาท ที่พักฟรี",
                            "วันนี้เหนื่อยมาก 555",
                            "บริษัทนี้ถูกกฎหมายไหม",
                            "อยากไปทำงานที่ญี่ปุ่นต้องทำยังไง",
                            "ตำรวจช่วยเหลือเหยื่อได้แล้ว"),
            Language.BURMESE,
                    List.of(
                            "ထိုင်းမှာ အလုပ်ရှာနေတယ်",
                            "ဝန်ထမ်းခေါ်နေသည် လစာ 800 USD",
                            "ဒီကုမ္ပဏီက တကယ်ဟုတ်လား",
                            "မနက်ဖြန် ဘယ်အချိန်လာမလဲ",
                            "ဗီဇာ အကြောင်း မေးချင်ပါတယ်",
                            "ဒီနေ့ ထမင်းစားပြီးပြီလား"),
            Language.KHMER,
                    List.of(
                            "ការងារនៅកូរ៉េមានសុវត្ថិភាពឬទេ",
                            "ជ្រើសរើសបុគ្គលិក ប្រាក់ខែ 500 ដុល្លារ",
                            "ខ្ញុំចង់ដឹងពីទិដ្ឋាការ",
                            "ថ្ងៃនេះភ្លៀងខ្លាំង",
                            "ក្រុមហ៊ុននេះមានអាជ្ញាប័ណ្ណទេ",
                            "សួស្តីបង តើសុខសប្បាយទេ"),
            Language.CHINESE,
                    List.of(
                            "去柬埔寨工作安全吗？",
                            "誠聘客服，月薪兩萬，包吃住",
                            "今天上班累死了哈哈",
                            "這家公司靠譜嗎？",
                            "听说园区会扣护照，是真的吗？",
                            "据报道，警方解救了一批受害者"));

    static Stream<Arguments> distress() {
        return Triaged.byLanguage(DISTRESS);
    }

    static Stream<Arguments> notDistress() {
        return Triaged.byLanguage(NOT_DISTRESS);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("distress")
    void recognisesUnseenDistress(Language language, String text) {
        Triaged.assertDistress(language, text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notDistress")
    void leavesUnseenQuestionsAdsNewsAndJokesAlone(Language language, String text) {
        Triaged.assertNotDistress(language, text);
    }
}
