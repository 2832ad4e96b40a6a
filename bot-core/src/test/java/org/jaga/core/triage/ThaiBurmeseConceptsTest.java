package org.jaga.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The concepts the held-out set showed missing, in Thai and Burmese, in wordings of their own: a
 * guarded place somewhere not promised, paying to go home, "someone is watching", forced
 * scamming with punishment, relatives' reports, a passport kept, colloquial violence and being
 * sold on — and the news, jobseekers' questions, jokes, work complaints and past stories that
 * must stay quiet.
 */
class ThaiBurmeseConceptsTest {
    private static final Map<Language, List<String>> DISTRESS = Map.of(
            Language.THAI,
                    List.of(
                            // not where promised, a guarded place
                            "ตอนนี้ไม่ได้อยู่กรุงเทพแล้ว เขาขนพวกเราข้ามแม่น้ำมาตอนตีสาม",
                            "ที่นี่ไม่ใช่ที่เขาบอกไว้เลย มียามถือปืนยาวเดินรอบตึก",
                            // paying to go home
                            "หัวหน้าบอกอยากกลับบ้านก็ได้ แต่ต้องคืนค่าเครื่องบินกับค่าอบรมก่อน 80,000 บาท",
                            "ถ้าที่บ้านไม่โอนเงินมาให้ เขาก็ไม่ยอมปล่อยหนูออกไป",
                            // cannot talk, someone is watching
                            "พิมพ์ได้แป๊บเดียว ซุปเดินวนอยู่หลังเก้าอี้ ห้ามโทรกลับเด็ดขาด",
                            "ตอนนี้ตอบไม่สะดวก เขาเช็คมือถือทุกเย็น",
                            // forced scamming with punishment
                            "วันๆต้องใช้เฟสปลอมทักฝรั่งให้เติมเงินเทรด ถ้าไม่มีใครโอน คืนนั้นอดข้าว",
                            "ยอดต่อวันต้องได้ 3 เคส ไม่ถึงโดนสั่งให้วิดพื้นทั้งคืน",
                            // relatives
                            "สามีไปทำงานที่ปอยเปตได้สามเดือน เมื่อวานไลน์มาบอกว่าโดนขังไว้ในห้อง เราต้องแจ้งที่ไหนคะ",
                            "หลานสาวบอกว่าเขาไม่คืนพาสปอร์ตให้ และเรียกเงินห้าหมื่นถึงจะให้กลับ ใครช่วยได้บ้าง",
                            // a passport kept
                            "เถ้าแก่ถือพาสปอร์ตของทุกคนไว้ในตู้เซฟ",
                            "หนังสือเดินทางอยู่ที่ฝ่ายบุคคลตั้งแต่มาถึง ขอทีไรก็บอกว่ารอก่อน",
                            // colloquial violence
                            "เมื่อคืนคนที่ตอบช้าโดนลากไปอัดในห้องน้ำ",
                            "เพื่อนร่วมห้องโดนกระบองไฟฟ้าจี้จนสลบ",
                            // sold on
                            "ได้ยินหัวหน้าคุยกันว่าจะขายพวกเราต่อให้แก๊งฝั่งเขมร",
                            "มันบอกถ้ายังทำยอดไม่ได้จะส่งตัวไปขายให้ตึกอื่น",
                            "นายหน้าบอกว่าเป็นงานโรงแรมที่พัทยา แต่ตอนนี้มาอยู่กัมพูชา",
                            "ไม่สะดวกคุย คนคุมยืนอยู่หลังห้อง",
                            "อย่าส่งอะไรมานะ เดี๋ยวเขาเห็น เขาอ่านแชทเราได้หมด",
                            "ถูกพาขึ้นรถตู้ไปตอนดึก ตื่นมาอยู่อีกประเทศ ที่นี่มีรั้วลวดหนามสูงมาก"),
            Language.BURMESE,
                    List.of(
                            "အခု မလေးရှားမှာ မဟုတ်တော့ဘူး၊ လှေနဲ့ မြစ်ကူးပြီး ခေါ်လာတယ်",
                            "ခြံဝင်းပတ်လည် သံဆူးကြိုးတွေနဲ့၊ ရိုင်ဖယ်ကိုင်ထားတဲ့ အစောင့်တွေ ရှိတယ်",
                            "အလုပ်ထွက်ချင်ရင် သင်တန်းကြေးနဲ့ လေယာဉ်ဖိုး ဆပ်ရမယ်တဲ့",
                            "အမေ့ဆီ ဖုန်းဆက်ပြီး ဒေါ်လာ ၃၀၀၀ ပို့ခိုင်းတယ်၊ မပို့ရင် မလွှတ်ဘူးတဲ့",
                            "စကားများများ မပြောနိုင်ဘူး သူဌေး ဘေးနားမှာ ထိုင်နေတယ်",
                            "ဖုန်းတွေ ညတိုင်း စစ်တယ် ဒီစာ ဖတ်ပြီးရင် ဖျက်လိုက်",
                            "ဖေ့ဘုတ်မှာ အကောင့်အတုနဲ့ ကိုရီးယားလူတွေကို ခရစ်ပတိုထည့်ခိုင်းရတယ်၊ ပိုက်ဆံမဝင်ရင် အိပ်ခွင့်မပေးဘူး",
                            "တစ်ပတ် target မမီရင် တစ်ညလုံး မတ်တပ်ရပ်ရတယ်",
                            "ကျွန်မ ယောက်ျား ကမ္ဘောဒီးယားမှာ၊ ကုမ္ပဏီက ပြန်ခွင့်မပေးဘူးလို့ ဖုန်းထဲ ပြောတယ်၊ ဘယ်သူ့ကို ဆက်သွယ်ရမလဲ",
                            "တူလေးကို ပိုက်ပက်မှာ ဖမ်းထားတယ်၊ ဒေါ်လာ ၈၀၀၀ ပေးမှ လွှတ်မယ်တဲ့",
                            "ပါ့စပို့ကို HR က ကိုင်ထားတယ်၊ ပြန်တောင်းရင် ဆူတယ်",
                            "ပီဂျေ စာအုပ်က ဘော့စ်လက်ထဲမှာ ရောက်နေတယ်",
                            "မနေ့က ကောင်လေးတစ်ယောက်ကို တုတ်နဲ့ ဝိုင်းရိုက်ကြတယ်",
                            "အလုပ်မပြီးလို့ အမှောင်ခန်းထဲ နှစ်ရက် ထည့်ထားတယ်",
                            "ငါတို့ကို တခြားခြံကို ပြန်ရောင်းမယ်လို့ ပြောနေကြတယ်",
                            "ကျနော့်ကို ရောင်းလိုက်ပြီ၊ ဒီကုမ္ပဏီအသစ်က အကြွေးထပ်တောင်းတယ်",
                            "ကျွန်မတို့ကို ကရင်ပြည်နယ်ထဲ ခေါ်လာတယ် ထိုင်းမှာ အလုပ်ဆိုပြီး လိမ်တာ",
                            "ဘော့စ် ဘေးမှာ ရှိနေလို့ ဖုန်းမကိုင်နိုင်ဘူး",
                            "ဖုန်းကို တစ်ရက် တစ်နာရီပဲ ကိုင်ခွင့်ပေးတယ်၊ စောင့်ကြည့်နေတယ်",
                            "ဦးလေးရဲ့ သားကို လာအိုမှာ ရောင်းလိုက်ပြီတဲ့၊ ဘယ်လို ကူညီရမလဲ"));

    private static final Map<Language, List<String>> NOT_DISTRESS = Map.of(
            Language.THAI,
                    List.of(
                            "สำนักข่าวรายงานว่าตำรวจช่วยเหลือคนไทย 40 คนที่ถูกกักขังและถูกยึดพาสปอร์ตในเมียวดีแล้ว",
                            "เอเจนซี่บอกว่าต้องให้บริษัทเก็บพาสปอร์ตไว้ระหว่างทำวีซ่า แบบนี้ปกติไหมคะ",
                            "เขาบอกว่าต้องจ่ายค่าดำเนินการ 2 หมื่นก่อนบินไปทำงาน ปกติไหมครับ",
                            "ประชุมทั้งวันเหมือนโดนขังเลย 55555",
                            "เดือนนี้ทำยอดไม่ถึงเป้า โดนซุปเรียกไปบ่นยาวเลย",
                            "ปีที่แล้วโดนหลอกไปทำงานเมียวดี ตอนนี้กลับบ้านปลอดภัยแล้ว",
                            "ตอนนี้คุยไม่ได้ติดประชุม เดี๋ยวโทรกลับ",
                            "เพื่อนบอกว่าที่กัมพูชาเขายึดพาสปอร์ตกันหมด จริงไหม",
                            "ถ้าไปทำงานแล้วเขายึดพาสปอร์ตจะทำยังไง",
                            "แม่ไม่ต้องโอนเงินมานะ หนูจะกลับบ้านเดือนหน้า",
                            "น้องชายกลับบ้านไม่ได้เพราะน้ำท่วม",
                            "เคยโดนกักตัวตอนโควิด 14 วัน",
                            "ลูกค้าโดนหลอกให้โอนเงิน ทำไงดี",
                            "โดนหัวหน้าด่าเรื่องยอดขายทั้งวัน",
                            "ลูกชายโดนครูตีเพราะไม่ทำการบ้าน"),
            Language.BURMESE,
                    List.of(
                            "ရဲတပ်ဖွဲ့က မြဝတီမှာ ပိတ်ထားခံရတဲ့ မြန်မာ ၅၀ ဦးကို ကယ်ဆယ်ခဲ့ကြောင်း သတင်းထုတ်ပြန်တယ်",
                            "အေဂျင့်က ပတ်စပို့ကို ကုမ္ပဏီမှာ သိမ်းထားမယ်တဲ့ ပုံမှန်ပဲလား",
                            "ဒီနေ့ ရုံးမှာ ပိတ်မိနေသလိုပဲ ဟားဟား",
                            "ဒီအပတ် target မမီလို့ မန်နေဂျာက ဆူတယ်",
                            "ပြီးခဲ့တဲ့နှစ်က ထိုင်းမှာ အလုပ်လုပ်ခဲ့တယ် အခု ရန်ကုန်ပြန်ရောက်နေပြီ",
                            "စာရိုက်ဝန်ထမ်း လိုအပ်သည်၊ ဓာတ်ပုံရိုက်တတ်ရင် ပိုကောင်း",
                            "ပတ်စပို့ကို သေချာသိမ်းထားပါ",
                            "ကမ္ဘောဒီးယားမှာ ပတ်စပို့ သိမ်းတယ်ဆိုတာ ကြားဖူးတယ်၊ တကယ်လား",
                            "သားလေး ကျောင်းမှာ ဆရာက ရိုက်တယ်",
                            "ကားပိတ်နေလို့ ထွက်လို့မရဘူး",
                            "ပတ်စပို့ ကုမ္ပဏီက မသိမ်းပါဘူး",
                            "ဖုန်းရောင်းလိုက်ပြီ",
                            "ကမ္ဘောဒီးယားမှာ အလုပ်သွားလုပ်ရင် ပတ်စပို့ ဘယ်သူ ကိုင်ထားလဲ"));

    private static final DistressDetector DETECTOR = new DistressDetector(CovertPhrases.none());

    static Stream<Arguments> distress() {
        return arguments(DISTRESS);
    }

    static Stream<Arguments> notDistress() {
        return arguments(NOT_DISTRESS);
    }

    private static Stream<Arguments> arguments(Map<Language, List<String>> messages) {
        return messages.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(text -> Arguments.of(e.getKey(), text)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("distress")
    void recognisesEachConceptInNewWords(Language language, String text) {
        assertThat(DETECTOR.assess(text, Optional.of(language)).distress())
                .as(text)
                .isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notDistress")
    void leavesNewsQuestionsJokesComplaintsAndPastStoriesAlone(Language language, String text) {
        assertThat(DETECTOR.assess(text, Optional.of(language)).distress())
                .as(text)
                .isFalse();
    }
}
