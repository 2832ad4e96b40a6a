package org.jaga.core.triage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kinds of text that talk about trafficking without being a cry for help: job ads, news reports
 * and jokes. Each is recognised by how many distinct markers of it a message holds.
 */
enum Genre {
    /**
     * A pasted job advertisement: a word only an ad uses (salary, hiring, requirements) and one
     * more marker, which may be a detail any message can hold (an amount, an age, a contact). A
     * mother's "my son, 19, … they ask USD5000" has details but no word of an ad.
     */
    AD(
            2,
            "salary|gaji|luong|เงินเดือน|loker|lowker|急聘|高薪|月薪|包吃包住|包食宿|合同期|直招|【[^】\\n]{1,40}】|薪|工资|工資|待遇|包吃住|hiring|vacanc(?:y|ies)|"
                    + "we are looking for|requirements?:?|qualifications?|"
                    + "apply now|apply today|send (?:your )?(?:cv|resume)|lowongan|dicari|jawatan kosong|kerja kosong|tuyen dung|tuyen gap|รับสมัคร|"
                    + "招聘|诚聘|誠聘|急招|包机票|来回机票|ជ្រើសរើស|ប្រាក់ខែ|ត្រូវការបុគ្គលិក|លចាប់|လစာ|ဝန်ထမ်းခေါ်|လိုအပ်သည်|အလုပ်ခေါ်|"
                    + "အတွေ့အကြုံမလို|free (?:accommodation|housing|food|meals|flight|visa|ticket)|"
                    + "commission|benefits|no experience|walang experience|"
                    + "tanpa pengalaman|tidak perlu pengalaman|khong can kinh nghiem|ไม่ต้องมีประสบการณ์|无需经验|無需經驗|提成|包機票|"
                    + "채용|모집|급여|연봉|우대|지원\\s?자격|숙소\\s?제공|경력\\s?무관|募集|求人|月給|給与|時給|日給|応募|未経験|寮完備|"
                    + "वेतन|सैलरी|भर्ती|आवेदन|वैकेंसी|योग्यता|अनुभव की आवश्यकता",
            "ဆက်သွယ်ပါ|အခမဲ့|만\\s?원|万円|रुपये|₹ ?\\p{Nd}|ឥតគិតថ្លៃ|有意者|详聊|詳聊|私聊|\\d+ ?u起|per month|/month|/bulan|sebulan|usd ?\\p{Nd}|\\$ ?\\p{Nd}|\\p{Nd} ?usd|\\p{Nd} ?\\$|bonus|"
                    + "japri|gratis|ditanggung|(?<![\\p{L}])(?:rm|sgd|myr|rp|php|₱) ?\\p{Nd}|\\p{Nd} ?(?:jt|juta|rb|ribu|k|บาท|฿|ដុល្លារ|ဘတ်|ယွမ်)(?![\\p{L}])|ที่พักฟรี|ฟรีที่พัก|สนใจ|ทักไลน์|แอดไลน์|"
                    + "📢|💰|🏠|✈️|✅|❗|⚠️|\\[[^\\]\\n]{2,30}\\]|"
                    + "age \\d\\d|umur \\d\\d|tuoi|อายุ \\d\\d|interested|inbox (?:me|us|now|kami|admin)|"
                    + "(?:via|on|thru|through|di|qua|add|hubungi|contact|lien he) (?:whatsapp|telegram|wa|tg|line|wechat)|dm me|pm me|contact us|@[a-z0-9_]{4,}"),
    /** A news report or an NGO's account of others. */
    NEWS(
            2,
            "according to|police said|authorities|officials|ministry|reportedly|victims|were rescued|repatriated|crackdown|raided|"
                    + "spokesperson|said on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|menurut|korban|dipulangkan|diselamatkan|"
                    + "pihak berkuasa|nan nhan|giai cuu|theo thong tin|ตำรวจ|เหยื่อ|ได้รับการช่วยเหลือ|据报道|據報導|报道|報導|警方|受害者|获救|獲救|遣返|"
                    + "ប៉ូលិស|ជនរងគ្រោះ|ရဲတပ်ဖွဲ့|သတင်း|ayon sa|biktima|nasagip|\\bpulis|news|journalist|reuters|afp|\\bap\\b|"
                    + "(?:embassy|police|ministry|officials?) said|said the (?:embassy|police|ministry)|handed over|flown home|were freed|"
                    + "dihantar pulang|dibawa pulang|hoi huong|trao tra|ban giao|tiep nhan|duoc dua ve|napauwi|pinauwi|na-?repatriate|ส่งกลับ|รับตัว|สอบปากคำ|"
                    + "解救|送返|被救出|따르면|경찰은|당국|외교부|피해자|송환|구출됐|보도|によると|警察|という(?=。|$)|当局|外務省|被害者|送還|報道|"
                    + "के अनुसार|के मुताबिक|पुलिस ने|अधिकारियों|पीड़ित|रेस्क्यू|बचाया गया|वापस लाया|ကယ်ဆယ်|ပြန်လည်ပို့ဆောင်|ပြန်ပို့|បញ្ជូនត្រឡប់|ជួយសង្គ្រោះ|មាតុភូមិនិវត្តន៍|"
                    + Counts.HEAD_COUNT,
            null),
    /**
     * A warning to others, addressed to everyone: "guys, don't go, it's a trap — my neighbour came
     * back only after the family paid". A word of warning and a word for its audience.
     */
    WARNING(
            2,
            "(?<![\\p{L}])(?:beware|warning|be careful|don'?t (?:go|fall for|believe|trust)|waspada|hati-hati|hati2|jangan (?:mau|percaya|tertipu|pergi|berangkat)|itu jebakan|"
                    + "awas|ingat ya|canh giac|canh bao|dung (?:tin|di|co di)|mag-?ingat|huwag (?:maniwala|pumunta|kayong pumunta)|wag (?:maniwala|pumunta))(?![\\p{L}])"
                    + "|เตือน|อย่าไป|อย่าหลงเชื่อ|อย่าเชื่อ|提醒|千万别|千萬別|不要相信|别信|別信|警惕|小心|주의하세요|조심하세요|가지\\s?마|속지\\s?마|気をつけて|騙されないで|行かないで"
                    + "|सावधान|सतर्क|मत जाना|मत जाओ|झांसे में न|ប្រយ័ត្ន|កុំជឿ|កុំទៅ|သတိထား|မယုံ(?:ပါ)?နဲ့|မသွားပါနဲ့",
            "(?<![\\p{L}])(?:everyone|every1|guys|friends|folks|all of you|mn|moi nguoi|ca nha|anh em|adik-adik|adik2|teman-teman|teman2|kawan-kawan|kalian|semua|"
                    + "geng|kabayan|mga kaibigan|mga kapatid|sa lahat)(?![\\p{L}])"
                    + "|ทุกคน|ใครเห็น|น้องๆ|各位|大家|家长|家長|여러분|동생들|みなさん|皆さん|सभी|दोस्तों|भाइयों|बहनों|អ្នកទាំងអស់គ្នា|បងប្អូន|အားလုံး|ညီအစ်ကို"),
    /** Teaching about trafficking: a volunteers' training, an awareness session, a school report. */
    LESSON(
            2,
            "signs of|warning signs|red flags|tanda-tanda|tanda2|ciri-ciri|dau hieu|nhan dien|palatandaan|สัญญาณ|วิธีสังเกต|迹象|跡象|识别|識別|សញ្ញា|សម្គាល់|လက္ခဏာ|"
                    + "volunteers?|sukarelawan|relawan|tinh nguyen|boluntaryo|อาสาสมัคร|志愿者|志願者|义工|義工|ស្ម័គ្រចិត្ត|စေတနာ့ဝန်ထမ်း|"
                    + "briefing|taklimat|workshop|webinar|seminar|tap huan|sosialisasi|penyuluhan|อบรม|讲座|講座|វគ្គបណ្តុះបណ្តាល|သင်တန်း|"
                    + "awareness|kesedaran|kesadaran|nang cao nhan thuc|school (?:report|project)|assignment|thesis|skripsi|tugas sekolah|bai tap|"
                    + "ทำรายงาน|อาจารย์|สถิติ|แหล่งข้อมูล|论文|論文|作业|作業|统计|統計|កិច្ចការសាលា|ស្ថិតិ|ကျောင်းစာ|စာတမ်း",
            null),
    /** A film, a drama, a novel: what happens to its characters. */
    FICTION(
            2,
            "(?<![\\p{L}])(?:drama|dramas|sinetron|episod|episode|eps|teleserye|serye|series|film|movie|novel|nobela|truyen|tieu thuyet|phim|"
                    + "tokoh|tokohnya|heroin|hero|bida|kontrabida|nhan vat|nu chinh|nam chinh|tac gia|author|penulis|pengarang|nonton|pinanood|"
                    + "xem phim|doc truyen|plot|character|season|finale|scene|true story|based on|judul|ceritanya|storyline|pelikula|tiktok|youtube|netflix|"
                    + "kdrama|drakor|clip|tv|television|tivi)(?![\\p{L}])"
                    + "|드라마|영화|웹툰|소설|주인공|넷플릭스|ドラマ|映画|小説|主人公|漫画|アニメ|फिल्म|फ़िल्म|सीरियल|वेब सीरीज"
                    + "|ละคร|ซีรีส์|หนัง|นางเอก|พระเอก|ตอนจบ|电视剧|電視劇|电影|電影|小说|小說|女主|男主|剧情|劇情|追剧|追劇"
                    + "|คลิป|หนังเรื่อง|短剧|短劇|抖音|电视|電視|โทรทัศน์|រឿងភាគ|តួឯក|ភាពយន្ត|ខ្សែភាពយន្ត|ទូរទស្សន៍|វគ្គចុងក្រោយ|ဇာတ်ကား|ရုပ်ရှင်|မင်းသား|မင်းသမီး|ဝတ္ထု|ဇာတ်လမ်း",
            null),
    /** A joke or a figure of speech. */
    JOKE(
            1,
            "\\blol\\b|\\blmao\\b|\\brofl\\b|\\bhaha|\\bhehe|\\bjk\\b|\\bjust kidding|wkwk|kahkah|awokwok|(?<![\\d.,$฿])5{3,}(?![\\d.,]|\\s?(?:บาท|baht|usd|\\$|dollars?|ดอล|rm\\b|k\\b))|\\bhihi|ဟဟ|ဟား\\s?ဟား|ဟီး\\s?ဟီး|😂|🤣|😆|😜|=\\)\\)|:\\)\\)|:v(?![a-z])|哈哈|笑死|ហាហា|ហិហិ|\\bcharot\\b|\\bchos\\b|\\bkidding\\b|ㅋㅋ|ㅎㅎ|\\(笑\\)|（笑）|(?<![a-z])w{3,}(?![a-z.])|हाहा",
            null);

    private static final Pattern RECOUNTED = Pattern.compile(
            "(?<![\\p{L}])(?:said|told (?:me|us)|promised|kata|katanya|cakap|bilang|blg|janji|dijanjikan|sabi|nangako|noi|hua|bao la)(?![\\p{L}])"
                    + "|준다고|라고\\s?해서|약속했|と言われ|って言われ|と誘われ|कहा था|बोला था|वादा"
                    + "|บอกว่า|สัญญาว่า|说好|說好|说是|說是|答应|答應|ថា(?:ធ្វើការ|ប្រាក់ខែ)|សន្យា|ပြောတယ်|ကတိ"
                    // an ad's words in quotation marks are being quoted
                    + "|['\"‘“«][^'\"’”»\\n]{2,40}['\"’”»]");

    /** A number of people, as reports count them ("64 Indonesians", "41 คน", "៤៥នាក់"). */
    static final Pattern PEOPLE_COUNTED = Pattern.compile(Counts.HEAD_COUNT);

    private final int needed;
    private final Pattern own;
    private final Pattern markers;
    private final KeywordScanner triggers;

    /**
     * @param own the markers only this genre uses
     * @param details markers that count towards {@code needed} only next to one of {@code own},
     *     or null
     */
    Genre(int needed, String own, String details) {
        this.needed = needed;
        this.own = Pattern.compile(own);
        this.markers = Pattern.compile(details == null ? own : own + "|" + details);
        this.triggers = new KeywordScanner(List.of(this.markers));
    }

    /** @return whether the folded text holds enough distinct markers, one its own, to be of this genre */
    boolean of(String folded) {
        return of(folded, needed);
    }

    /** @return whether the folded text holds {@code enough} distinct markers, one its own */
    boolean of(String folded, int enough) {
        Set<String> seen = markersIn(folded, Integer.MAX_VALUE);
        return seen.size() >= enough
                && seen.stream().anyMatch(m -> own.matcher(m).matches());
    }

    /**
     * @return whether the folded text tells what someone was promised ("the agent said hotel work in
     *     Bangkok, salary RM5k"): a victim recounting an offer uses an ad's words too
     */
    static boolean recountsAnOffer(String folded) {
        return RECOUNTED.matcher(folded).find();
    }

    /** @return up to {@code enough} distinct markers of this genre in the folded text */
    Set<String> markersIn(String folded, int enough) {
        Set<String> seen = new HashSet<>();
        if (triggers.candidates(folded).isEmpty()) {
            return seen;
        }
        Matcher m = markers.matcher(folded);
        while (m.find() && seen.size() < enough) {
            seen.add(m.group());
        }
        return seen;
    }

    /** Holds what the constants above share: an enum's constants cannot read its own static fields. */
    private static final class Counts {
        static final String HEAD_COUNT =
                "(?:more than |over |lebih dari |hon |กว่า ?)?\\p{Nd}+ ?(?:people|persons|nationals|citizens|"
                        + "workers|victims|[a-z]{3,}(?:ians|ese|nos|nas)|thais|orang|wni|pmi|warga|rakyat|nguoi|cong dan|lao dong|nan nhan|คน|ราย|人|名|"
                        + "នាក់|ဦး|ယောက်|명|भारतीय|लोग|नागरिक|"
                        + "katao|pinoy|ofws?)|(?:နိုင်ငံသား|ပြည်သူ) ?\\p{Nd}+";
    }
}
