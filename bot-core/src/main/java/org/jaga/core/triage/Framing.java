package org.jaga.core.triage;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words around a cue that change what it says, in all nine languages at once (folded text):
 *
 * <ul>
 *   <li>a simile: "feels like prison", "berasa dipenjara", "เหมือนติดคุก" is not confinement;
 *   <li>thanks: "thank you for helping me", "terima kasih sbb tolong saya" is not a plea;
 *   <li>a job offer asked about: "they offered me … and the agency keeps the passport during
 *       training, is that normal?" states the terms of an offer, not a situation;
 *   <li>an everyday trap: "stuck in the family group chat, help", "locked in the library for
 *       exams, save me" is hyperbole, not confinement or a plea;
 *   <li>safety now: what is told before "now I am home" ("I was held in 2023, now I am home
 *       and want to sue the agent") is the past;
 *   <li>quitting a job: a vague penalty next to "resign" or a notice period is a term of
 *       employment (a fee to be let go home still counts).
 * </ul>
 */
final class Framing {
    private static final int SIMILE_REACH = 16;
    private static final int THANKS_REACH = 40;
    private static final Set<Concept> FIGURATIVE = EnumSet.of(Concept.CONFINEMENT, Concept.VIOLENCE_OR_THREAT);
    private static final Set<Concept> TERMS_OF_AN_OFFER = EnumSet.of(Concept.PASSPORT_TAKEN, Concept.DEBT_OR_RANSOM);

    private static final Pattern SIMILE = Pattern.compile(
            "(?<![\\p{L}])(?:like|as if|feels? like|berasa|rasanya|rasa macam|kayak|kaya|macam|mcm|seperti|bagai|parang|"
                    + "para (?:akong|kaming)|nhu|giong nhu|nhu la|tuong nhu)(?![\\p{L}])|เหมือน|ราวกับ|ยังกับ|像|好像|跟|如同|ដូច|ប្រៀបដូច");
    private static final Pattern THANKS = Pattern.compile(
            "(?<![\\p{L}])(?:thanks?|thank you|thx|terima kasih|trima kasih|makasih|mksh|tq|cam on|salamat|maraming salamat)(?![\\p{L}])"
                    + "|ขอบคุณ|谢谢|謝謝|感谢|感謝|អរគុណ|ကျေးဇူး");
    private static final Pattern DOUBT = Pattern.compile(
            "(?<![\\p{L}])(?:normal|legit|legal|safe|wajar|biasa|halal|binh thuong|hop phap|an toan|uy tin|ok ba|okay ba)(?![\\p{L}])"
                    + "|ปกติ|ถูกกฎหมาย|ปลอดภัย|เชื่อได้|正常|合法|靠谱|靠譜|安全|ធម្មតា|ស្របច្បាប់|សុវត្ថិភាព|ទុកចិត្ត|ជឿបាន|ပုံမှန်|တရားဝင်|စိတ်ချရ");
    private static final Pattern OFFER = Pattern.compile(
            "(?<![\\p{L}])(?:offer(?:ed|s)?|ditawar(?:in|kan|i)?|tawaran|ditawarkan|diajak|ajak|inalok|alok|recruit(?:er|ed|ing)?|hiring|"
                    + "training|pelatihan|latihan|dao tao|duoc moi|ru (?:qua|sang|di)|moi (?:qua|sang|di)|sap (?:qua|sang|di)|"
                    + "(?:will|'ll|would|akan|nanti|mau) (?:hold|keep|take|dipegang|ditahan|disimpan|diambil)|se (?:giu|thu|lay)|mag-?apply|aalis)(?![\\p{L}])"
                    + "|ชวน|เสนอ|จะไป|เทรน|ฝึกงาน|介绍|介紹|邀请|邀請|培训|培訓|要去|ផ្តល់ជូន|ណែនាំការងារ|នឹងទៅ|បណ្តុះបណ្តាល|ចេញទៅធ្វើការ|ခေါ်တယ်|သွားမယ်|လေ့ကျင့်");

    private static final Set<Concept> HYPERBOLE =
            EnumSet.of(Concept.CONFINEMENT, Concept.PLEA_FOR_HELP, Concept.CANNOT_TALK, Concept.RELATIVE_ABROAD);
    private static final Pattern EVERYDAY_TRAP = Pattern.compile(
            "(?<![\\p{L}])(?:group ?chat|family chat|gc|traffic|macet|kemacetan|jem|ket xe|tac duong|library|perpustakaan|thu vien|"
                    + "exams?|finals|ujian|peperiksaan|mua thi|meeting|rapat|mesyuarat|arisan|notifs?|notifications?|homework|tugas|"
                    + "assignment|rehearsal|nhom zalo|nhom chat|gc namin|concert|karaoke|curfew|di choi|lepak)(?![\\p{L}])"
                    + "|กรุ๊ปไลน์|กลุ่มไลน์|รถติด|ห้องสมุด|ห้องสอบ|ช่วงสอบ|หนังสือสอบ|คอนเสิร์ต|ประชุม|การบ้าน|群聊|家族群|堵车|塞车|塞車|图书馆|圖書館|考试|考試|期末|"
                    + "开会|開會|年会|尾牙|彩排|作业|作業|唱k|同学|同學|ក្រុមឆាត|ស្ទះចរាចរណ៍|បណ្ណាល័យ|ប្រឡង|ប្រជុំ|စာကြည့်တိုက်|စာမေးပွဲ|အစည်းအဝေး|ကားကြပ်");
    private static final Pattern SAFE_NOW = Pattern.compile(
            "(?<![\\p{L}])(?:(?:i'?m|i am|we'?re|we are|im) (?:now |finally |already )?(?:safe|home|back home)|(?:now|finally) (?:safe|home|back home)|"
                    + "made it home|got back home|(?:sekarang|skrg|skrang|kini|dah|udah|udh|sudah)(?: \\S+){0,2}? (?:di rumah|aman|selamat|di kampung|"
                    + "kat kampung|kat rumah|ok|okay|baik)|(?:da|gio|bay gio) (?:ve nuoc|ve nha|ve que|o que|an toan|on roi)|ligtas na|nakauwi na|nasa bahay na|nakabalik na)(?![\\p{L}])"
                    + "|กลับ(?:มา)?ถึง(?:บ้าน|ไทย)แล้ว|กลับมาอยู่บ้าน|ตอนนี้[^.!?\\n]{0,20}ปลอดภัย|已经回国|已經回國|已经回家|已經回家|现在安全|現在安全|回到家了|"
                    + "ឥឡូវ[^.!?\\n]{0,20}(?:មានសុវត្ថិភាព|នៅផ្ទះ)|ត្រឡប់មកផ្ទះវិញហើយ|ပြန်ရောက်နေပြီ|ပြန်ရောက်ပြီ");

    /** Quitting a job: a penalty or a notice period tied to it is a term of employment. */
    private static final Pattern QUITTING = Pattern.compile(
            "(?<![\\p{L}])(?:resign(?:ing|ed|ation)?|quit(?:ting)?|notice period|mag-?resign|berhenti kerja|nghi viec)(?![\\p{L}])"
                    + "|ลาออก|离职|離職|辞职|辭職|ឈប់ពីការងារ|အလုပ်ထွက်");

    /** What a recruiter abroad charges, and an employer at home does not: the fare, the visa. */
    private static final Pattern COSTS_OF_GOING_ABROAD = Pattern.compile(
            "(?<![\\p{L}])(?:flights?|airfare|plane tickets?|tiket(?: pesawat)?|pesawat|penerbangan|visa|ve may bay|pamasahe)(?![\\p{L}])"
                    + "|ตั๋วเครื่องบิน|ค่าเครื่องบิน|机票|機票|签证|簽證|សំបុត្រយន្តហោះ|လေယာဉ်လက်မှတ်");

    private Framing() {}

    /** @return the hits that stand once similes, thanks and offers asked about are read for what they are */
    static List<Hit> apply(String folded, List<Hit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        boolean askingAboutAnOffer = askingAboutAnOffer(folded);
        boolean everydayTrap = EVERYDAY_TRAP.matcher(folded).find();
        Matcher safe = SAFE_NOW.matcher(folded);
        int pastBefore = safe.find() ? safe.start() : -1;
        boolean quitting = QUITTING.matcher(folded).find()
                && !COSTS_OF_GOING_ABROAD.matcher(folded).find();
        return hits.stream()
                .filter(h -> !(everydayTrap && HYPERBOLE.contains(h.concept())))
                .filter(h -> h.start() >= pastBefore)
                .filter(h -> !(quitting && h.concept() == Concept.DEBT_OR_RANSOM && h.weight() < 2))
                .filter(h -> !(FIGURATIVE.contains(h.concept()) && before(SIMILE, folded, h.start(), SIMILE_REACH)))
                .filter(h -> !(h.concept() == Concept.PLEA_FOR_HELP && before(THANKS, folded, h.start(), THANKS_REACH)))
                .filter(h -> !(askingAboutAnOffer && TERMS_OF_AN_OFFER.contains(h.concept())))
                .toList();
    }

    /** A question whether something is normal, legal or safe, about an offer or what will happen. */
    private static boolean askingAboutAnOffer(String folded) {
        return folded.indexOf('?') >= 0
                && DOUBT.matcher(folded).find()
                && OFFER.matcher(folded).find();
    }

    /** @return whether a marker ends within {@code reach} characters before {@code start}, in the same sentence */
    private static boolean before(Pattern marker, String folded, int start, int reach) {
        int from = Math.max(0, start - reach);
        for (int i = start - 1; i >= from; i--) {
            char c = folded.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                from = i + 1;
                break;
            }
        }
        Matcher m = marker.matcher(folded).region(from, start);
        return m.find();
    }
}
