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
 *       training, is that normal?", "the agency holds it for the visa, legit ba?" states the terms
 *       of an offer, not a situation;
 *   <li>an everyday trap: "stuck in the family group chat, help", "locked in the library for
 *       exams, save me", "stuck at a friend's by the rain haha", "mom won't let me out till the
 *       laundry's done 😂" is hyperbole, not confinement or a plea;
 *   <li>a child at home: "my 15-year-old isn't allowed out at night" is a family's rule, unless
 *       work or another country is named;
 *   <li>safety now: what is told before "now I am home" ("I was held in 2023, now I am home
 *       and want to sue the agent") is the past;
 *   <li>a scam's victim or a borrower: money lost to a scam, a debt to a brother or a student
 *       loan is not a bond (only vague cues are dropped);
 *   <li>quitting a job: a vague penalty next to "resign" or a notice period is a term of
 *       employment (a fee to be let go home still counts).
 * </ul>
 */
final class Framing {
    private static final int SIMILE_REACH = 16;
    private static final int THANKS_REACH = 40;
    private static final Set<Concept> FIGURATIVE = EnumSet.of(Concept.CONFINEMENT, Concept.VIOLENCE_OR_THREAT);
    private static final Set<Concept> TERMS_OF_AN_OFFER =
            EnumSet.of(Concept.PASSPORT_TAKEN, Concept.DEBT_OR_RANSOM, Concept.COMPOUND_LOCATION);

    private static final Pattern SIMILE = Pattern.compile(
            "(?<![\\p{L}])(?:like|as if|feels? like|berasa|rasanya|rasa macam|kayak|kaya|macam|mcm|seperti|bagai|parang|"
                    + "para (?:akong|kaming)|nhu|giong nhu|nhu la|tuong nhu)(?![\\p{L}])|เหมือน|ราวกับ|ยังกับ|像|好像|跟|如同|ដូច|ប្រៀបដូច");
    private static final Pattern THANKS = Pattern.compile(
            "(?<![\\p{L}])(?:thanks?|thank you|thx|terima kasih|trima kasih|makasih|mksh|tq|cam on|salamat|maraming salamat)(?![\\p{L}])"
                    + "|ขอบคุณ|谢谢|謝謝|感谢|感謝|អរគុណ|ကျေးဇူး");
    private static final Pattern DOUBT = Pattern.compile(
            "(?<![\\p{L}])(?:normal|legit|legal|safe|wajar|biasa|halal|binh thuong|hop phap|an toan|uy tin|ok ba|okay ba|too good|terlalu bagus|qua tot|masyadong maganda)(?![\\p{L}])"
                    + "|ปกติ|ถูกกฎหมาย|ปลอดภัย|เชื่อได้|ดีเกินไป|正常|合法|靠谱|靠譜|安全|好得|ធម្មតា|ស្របច្បាប់|សុវត្ថិភាព|ទុកចិត្ត|ជឿបាន|ល្អពេក|មិនអីទេ|ပုံမှန်|တရားဝင်|စိတ်ချရ|ကောင်းလွန်း");
    private static final Pattern OFFER = Pattern.compile(
            "(?<![\\p{L}])(?:offer(?:ed|s)?|ditawar(?:in|kan|i)?|tawaran|ditawarkan|diajak|ajak|inalok|alok|recruit(?:er|ed|ing)?|hiring|"
                    + "training|pelatihan|latihan|dao tao|duoc moi|ru (?:qua|sang|di)|moi (?:qua|sang|di)|sap (?:qua|sang|di)|"
                    + "(?:will|'ll|would|akan|nanti|mau) (?:hold|keep|take|dipegang|ditahan|disimpan|diambil)|se (?:giu|thu|lay)|mag-?apply|aalis)(?![\\p{L}])"
                    + "|ชวน|เสนอ|จะไป|เทรน|ฝึกงาน|介绍|介紹|邀请|邀請|培训|培訓|要去|ផ្តល់ជូន|ណែនាំការងារ|នឹងទៅ|បណ្តុះបណ្តាល|ចេញទៅធ្វើការ|ခေါ်တယ်|သွားမယ်|လေ့ကျင့်"
                    // who sends people abroad, and what they do before anyone leaves
                    + "|(?<![\\p{L}])(?:agency|agencies|ahensya|agensi|agen|agent|ejen|moi gioi|xkld|xuat khau lao dong|visa)(?![\\p{L}])"
                    + "|เอเจนซี่|นายหน้า|วีซ่า|中介|签证|簽證|ភ្នាក់ងារ|ទិដ្ឋាការ|អេហ្សង់|(?:ឲ្យ|ឱ្យ|អោយ)ធ្វើការ|ផ្តល់ការងារ|មានការងារ|ចុះកិច្ចសន្យា|အေဂျင်စီ|အေးဂျင့်|ပွဲစား|ဗီဇာ"
                    // and who keeps a traveller's passport for a night as a matter of course
                    + "|(?<![\\p{L}])(?:hotel|hostel|guesthouse|guest house|check-?in|reception|homestay|khach san|penginapan|losmen)(?![\\p{L}])"
                    + "|โรงแรม|酒店|旅馆|旅館|សណ្ឋាគារ|ផ្ទះសំណាក់|ဟိုတယ်|တည်းခိုခန်း");
    /** A question in a script that writes none with a question mark: Burmese "…လား။", Chinese "…吗", Thai "…ไหม". */
    private static final Pattern QUESTION =
            Pattern.compile("[?？]|(?:လား|လဲ|သလဲ)\\s*(?:။|$)|吗|嗎|ไหม|มั้ย|หรือเปล่า|รึเปล่า|หรือไม่");

    private static final Set<Concept> HYPERBOLE =
            EnumSet.of(Concept.CONFINEMENT, Concept.PLEA_FOR_HELP, Concept.CANNOT_TALK, Concept.RELATIVE_ABROAD);
    private static final Pattern EVERYDAY_TRAP = Pattern.compile(
            "(?<![\\p{L}])(?:group ?chat|family chat|gc|traffic|macet|kemacetan|jem|ket xe|tac duong|library|perpustakaan|thu vien|"
                    + "exams?|finals|ujian|peperiksaan|mua thi|meeting|rapat|mesyuarat|arisan|notifs?|notifications?|homework|tugas|"
                    + "assignment|rehearsal|nhom zalo|nhom chat|gc namin|concert|karaoke|curfew|di choi|lepak|phong hop|cuoc hop|buoi hop|"
                    + "birthday|bday|surprise|prank|ultah|ulang tahun|sinh nhat|kaarawan|"
                    + "school|sekolah|truong hoc|paaralan|eskwela|eskwelahan|cikgu|lepas kelas|after class|detention|nilai merah|rapor|report card|"
                    // institutions that keep people for a good reason: a ward, a quarantine, national service, a
                    // sentence served
                    + "hospital|wad|ward|kuarantin|quarantine|karantina|rumah sakit|benh vien|cach ly|ospital|"
                    + "plkn|khidmat negara|national service|military service|conscription|nghia vu|wajib militer|rotc|"
                    + "bilibid|dalawin|dadalawin|jenguk|tham nuoi|sentenced|convicted|estafa|"
                    + "pubg|mlbb|mobile legends|free fire|roblox|minecraft|valorant|genshin|"
                    + "escape room|haunted house|rumah hantu|nha ma|novice monk|ordained|pesantren|mondok|nyantri|seminary|seminaryo|"
                    + "deadline|spreadsheet|excel|quarterly report)(?![\\p{L}])"
                    + "|締切|締め切り|残業|会議|試験|入院|渋滞|台風|야근|회의|시험|입원|태풍|मीटिंग|परीक्षा|अस्पताल|ट्रैफिक"
                    + "|กรุ๊ปไลน์|กลุ่มไลน์|รถติด|ห้องสมุด|ห้องสอบ|ช่วงสอบ|หนังสือสอบ|คอนเสิร์ต|ประชุม|การบ้าน|群聊|家族群|堵车|塞车|塞車|图书馆|圖書館|考试|考試|期末|"
                    + "开会|開會|年会|尾牙|彩排|作业|作業|唱k|同学|同學|生日|惊喜|驚喜|วันเกิด|เซอร์ไพรส์|โรงพยาบาล|กักตัว|ใบแดง|เกณฑ์ทหาร|ค่ายทหาร|ทหารเกณฑ์|เรือนจำ|医院|醫院|隔离|隔離|服兵役|军训|軍訓|看守所|探监|探監|服刑|判了|被判|宿管"
                    + "|មន្ទីរពេទ្យ|ဆေးရုံ|ထောင်ဝင်စာ|密室逃脱|密室逃脫|剧本杀|劇本殺|鬼屋|บ้านผีสิง|บวชเณร|出家|剃度|ကိုရင်ဝတ်|ဘုန်းကြီးကျောင်း|ខួបកំណើត|โรงเรียน|学校|學校|សាលារៀន|សាលា(?!ក្តី)|မွေးနေ့|ក្រុមឆាត|ស្ទះចរាចរណ៍|បណ្ណាល័យ|ប្រឡង|ប្រជុំ|စာကြည့်တိုက်|စာမေးပွဲ|အစည်းအဝေး|ကားကြပ်");
    private static final Pattern SAFE_NOW = Pattern.compile(
            "(?<![\\p{L}])(?:(?:i'?m|i am|we'?re|we are|im) (?:now |finally |already )?(?:safe|home|back home)|(?:now|finally) (?:safe|home|back home)|"
                    + "(?:sudah|udah|udh|dah|sdh) (?:pulang|balik) (?:\\p{Nd}+ (?:thn|tahun|bulan|bln)|ke (?:indonesia|malaysia|rumah|kampung))|"
                    + "made it home|got back home|(?:sekarang|skrg|skrang|kini|dah|udah|udh|sudah)(?: \\S+){0,2}? (?:di rumah|aman|selamat|di kampung|"
                    + "kat kampung|kat rumah|ok|okay|baik)|(?:da|gio|bay gio) (?:ve nuoc|ve nha|ve que|o que|an toan|on roi)|ligtas na|nakauwi na|nasa bahay na|nakabalik na)(?![\\p{L}])"
                    + "|กลับ(?:มา)?ถึง(?:บ้าน|ไทย)แล้ว|กลับมาอยู่บ้าน|ตอนนี้[^.!?\\n]{0,20}ปลอดภัย|ตอนนี้กลับมา[^.!?\\n]{0,30}แล้ว|已经回国|已經回國|已经回家|已經回家|现在安全|現在安全|回到家了|"
                    + "ឥឡូវ[^.!?\\n]{0,20}(?:មានសុវត្ថិភាព|នៅផ្ទះ(?!អ្នក|គេ|មិត្ត|ម្នាក់))|ត្រឡប់មកផ្ទះវិញហើយ|ပြန်ရောက်နေပြီ|ပြန်ရောက်ပြီ"
                    + "|帰国しました|帰ってきました|無事に帰|귀국했|돌아왔어|घर (?:वापस )?आ (?:गया|गई|गए)|वापस आ (?:गया|गई|गए)");

    /**
     * What keeps anyone in for a while: rain, a flood, a storm, a mother who says not before the
     * laundry is done. Told laughing, it is an everyday trap.
     */
    private static final Pattern HOLDS_ANYONE = Pattern.compile(
            "(?<![\\p{L}])(?:rain(?:ing|y|ed)?|flood(?:ed|ing|s)?|storm|typhoon|hujan|banjir|troi mua|mua to|mua lon|mua qua|ngap nuoc|ngap lut|"
                    + "bao lu|ulan|baha|bagyo|umuulan|"
                    + "mom|mum|mommy|mama|mamah|mami|nanay|inay|tatay|itay|ibu|ibuk|emak|mak|ayah|bapak|abah|papa|ortu|orang tua|parents|"
                    + "me (?:toi|tui|em|minh)|bo (?:toi|tui|em|minh)|ba me|bo me|cha me|"
                    + "office|opis|kantor|pejabat|van phong|tang ca|overtime|lembur|ot|deadline|"
                    + "wife|hubby|misis|bini|isteri|istri|suami|bi vo|vo (?:toi|tui|minh|em)|ba xa|ong xa)(?![\\p{L}])"
                    + "|ฝนตก|ฝนหนัก|น้ำท่วม|พายุ|下雨|大雨|暴雨|台风|颱風|淹水|ភ្លៀង|ទឹកជំនន់|ព្យុះ|မိုးရွာ|မိုးသည်း|ရေကြီး|မုန်တိုင်း"
                    + "|แม่(?!สอด|น้ำ|สาย|โขง|ฮ่องสอน|ระมาด)|พ่อแม่|妈|媽|爸|ម៉ែ|ម្តាយ|ម្ដាយ|ឪពុក|အမေ|အဖေ|မေမေ|ဖေဖေ"
                    + "|ออฟฟิศ|โอที|加班|办公室|辦公室|ការិយាល័យ|ရုံး|เมีย|แฟน|老婆|老公|ប្រពន្ធ|ဇနီး");

    /** A child's age, 10 to 17, or a word for a teenager or a pupil. */
    private static final Pattern MINOR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:1[0-7]|๑[๐-๗]) ?(?:-? ?years? old|-?year-?old|yo|yrs? old|tahun|thn|tuoi|taon|anyos|ขวบ)"
                    + "|(?:umur|usia|age|aged|edad|tuoi|อายุ) ?1[0-7]|teen(?:ager)?s?|remaja|anak sekolah|high ?school|thieu nien|tuoi teen|"
                    + "tuoi day thi|hoc sinh|binatilyo|dalagita|estudyante)(?![\\p{L}\\p{N}])"
                    + "|1[0-7] ?(?:岁|歲)|十[一二三四五六七](?:岁|歲)|วัยรุ่น|นักเรียน|青少年|青春期|叛逆|中学生|中學生|初中|高中"
                    + "|អាយុ\\s?(?:1[0-7]|១[០-៧])|ជំទង់|(?:1[0-7]|၁[၀-၇])\\s?နှစ်|ဆယ်ကျော်သက်|ကျောင်းသား|ကျောင်းသူ");

    /** Work or another country: what turns a worried parent's message into a relative's plea. */
    private static final Pattern AWAY = Pattern.compile(
            "(?<![\\p{L}])(?:work(?:ing|s)?|job|kerja|bekerja|trabaho|lam viec|viec lam|xuat khau|abroad|overseas|luar negeri|nuoc ngoai|ibang bansa|"
                    + "cambodia|kemboja|kamboja|campuchia|cpc|myanmar|burma|mien dien|laos|thailand|dubai|border|perbatasan|sempadan|bien gioi)(?![\\p{L}])"
                    + "|ทำงาน|ต่างประเทศ|กัมพูชา|เขมร|พม่า|ลาว|ชายแดน|工作|打工|上班|国外|國外|境外|柬埔寨|缅甸|緬甸|老挝|寮國|边境|邊境"
                    + "|ធ្វើការ|ក្រៅប្រទេស|កម្ពុជា|ភូមា|ឡាវ|ថៃ|ព្រំដែន|အလုပ်|နိုင်ငံခြား|ကမ္ဘောဒီးယား|မြန်မာ|လာအို|ထိုင်း|နယ်စပ်");

    /** What a parent may say of a child at home: kept in, the phone taken, even a slap. */
    private static final Set<Concept> HOME_LIFE = EnumSet.of(
            Concept.CONFINEMENT,
            Concept.PLEA_FOR_HELP,
            Concept.CANNOT_TALK,
            Concept.RELATIVE_ABROAD,
            Concept.VIOLENCE_OR_THREAT);

    /**
     * Money lost to a scam, or owed to family and friends: "我被杀猪盘骗了20万", "owe my brother 300",
     * "hutang PTPTN". The writer is a victim of fraud or a borrower, not someone held.
     */
    private static final Pattern ORDINARY_LOSS_OR_DEBT = Pattern.compile(
            "(?<![\\p{L}])(?:lost \\$?\\p{Nd}|scammed (?:me )?(?:out )?of|kena tipu (?:rm|rp)? ?\\p{Nd}|ketipu|tertipu (?:rp)? ?\\p{Nd}|bi lua (?:mat )?\\p{Nd}|naloko (?:ako )?ng|"
                    + "owe (?:my )?(?:brother|sister|mom|mum|dad|friend|cousin|aunt|uncle)|utang (?:ko )?kay|hutang (?:dengan |dgn |kat )?(?:kawan|abang|kakak|mak|ptptn)|ptptn|"
                    + "student loan|pinjaman pelajar|no (?:anh|chi|ban) (?:toi|em)|tra gop|cicilan|ansuran)(?![\\p{L}])"
                    + "|(?:被|让|讓)?(?:骗|騙)了\\p{Nd}|(?:骗|騙)(?:了|走)(?:我)?\\p{Nd}|杀猪盘骗|殺豬盤騙|借(?:了)?(?:我)?(?:姐|哥|妈|媽|朋友|同学|同學)|โดนหลอก(?:…)?โอน|เป็นหนี้(?:เพื่อน|พี่|น้อง|แม่)"
                    + "|(?:ငွေ|ပိုက်ဆံ)(?:…)?(?:ချေးထား|အလိမ်ခံရ)|ចាញ់បោក(?:…)?លុយ");

    private static final Set<Concept> WHAT_A_VICTIM_OR_BORROWER_SAYS =
            EnumSet.of(Concept.FORCED_SCAMMING, Concept.NOT_AS_PROMISED, Concept.DEBT_OR_RANSOM, Concept.PLEA_FOR_HELP);

    /** Quitting a job: a penalty or a notice period tied to it is a term of employment. */
    private static final Pattern QUITTING = Pattern.compile(
            "(?<![\\p{L}])(?:resign(?:ing|ed|ation)?|quit(?:ting)?|notice period|mag-?resign|berhenti kerja|nghi viec)(?![\\p{L}])"
                    + "|ลาออก|离职|離職|辞职|辭職|ឈប់ពីការងារ|အလုပ်ထွက်");

    /** What a recruiter abroad charges, and an employer at home does not: the fare, the visa. */
    private static final Pattern COSTS_OF_GOING_ABROAD = Pattern.compile(
            "(?<![\\p{L}])(?:flights?|airfare|plane tickets?|tiket(?: pesawat)?|pesawat|penerbangan|visa|ve may bay|pamasahe)(?![\\p{L}])"
                    + "|ตั๋วเครื่องบิน|ค่าเครื่องบิน|机票|機票|签证|簽證|សំបុត្រយន្តហោះ|လေယာဉ်လက်မှတ်");

    private Framing() {}

    /**
     * @param joke whether the message laughs ({@link Genre#JOKE})
     * @return the hits that stand once similes, thanks and offers asked about are read for what they are
     */
    static List<Hit> apply(String folded, List<Hit> hits, boolean joke) {
        if (hits.isEmpty()) {
            return hits;
        }
        boolean askingAboutAnOffer = askingAboutAnOffer(folded);
        // laughing at the office, the rain or a mother: "fix abis ini gw dijual ke kamboja wkwk"
        if (joke && HOLDS_ANYONE.matcher(folded).find()) {
            return List.of();
        }
        boolean everydayTrap = EVERYDAY_TRAP.matcher(folded).find() || minorAtHome(folded, hits);
        Matcher safe = SAFE_NOW.matcher(folded);
        int pastBefore = safe.find() ? safe.start() : -1;
        boolean ordinaryLoss = ORDINARY_LOSS_OR_DEBT.matcher(folded).find();
        boolean quitting = QUITTING.matcher(folded).find()
                && !COSTS_OF_GOING_ABROAD.matcher(folded).find();
        return hits.stream()
                .filter(h -> !(everydayTrap && HYPERBOLE.contains(h.concept())))
                .filter(h -> h.start() >= pastBefore)
                .filter(h -> !(quitting && h.concept() == Concept.DEBT_OR_RANSOM && h.weight() < 2))
                .filter(h -> !(ordinaryLoss && WHAT_A_VICTIM_OR_BORROWER_SAYS.contains(h.concept()) && h.weight() < 2))
                .filter(h -> !(FIGURATIVE.contains(h.concept()) && before(SIMILE, folded, h.start(), SIMILE_REACH)))
                .filter(h -> !(h.concept() == Concept.PLEA_FOR_HELP && before(THANKS, folded, h.start(), THANKS_REACH)))
                .filter(h -> !(askingAboutAnOffer && TERMS_OF_AN_OFFER.contains(h.concept())))
                .toList();
    }

    /**
     * A child of school age and nothing of work or another country: a parent's worry ("my 15-year-old
     * is not allowed out at night and sulks") or a teenager's complaint, not a child held abroad.
     */
    private static boolean minorAtHome(String folded, List<Hit> hits) {
        return hits.stream().allMatch(h -> HOME_LIFE.contains(h.concept()))
                && MINOR.matcher(folded).find()
                && !AWAY.matcher(folded).find();
    }

    /** A question whether something is normal, legal or safe, about an offer or what will happen. */
    private static boolean askingAboutAnOffer(String folded) {
        return QUESTION.matcher(folded).find()
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
