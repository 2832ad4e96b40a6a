package org.jaga.core.triage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Situations told by their circumstances rather than by the concepts' own words, in all nine
 * languages at once (folded text): months without the sun, twenty to a room, sixteen hours a day;
 * "take all of us, not just me"; escaped and now hiding; a new boss, worse. People who have lived
 * in a compound for months describe it this way, plainly, and without any word of being held.
 *
 * <p>Each wording carries its own negation ("haven't seen the sun"), so none is cancelled by one.
 * Two circumstances told anywhere in a message ({@link Together}) count as one situation, however
 * many sentences apart: "got out over the fence last night. … men on motorbikes showing my photo".
 */
final class Circumstances {
    private static final String NUMBER_OF_PEOPLE =
            "(?<!\\p{Nd})(?:(?![1-5](?!\\p{Nd}))\\p{Nd}{1,2})\\s?(?:people|persons|ppl|of us|orang|org|nguoi|katao|tao|kaming|คน|人|个人|個人|នាក់|ယောက်|ဦး)"
                    + "|(?<![\\p{L}])ber-?\\s?(?:(?![1-5](?!\\p{Nd}))\\p{Nd}{1,2})(?![\\p{L}\\p{N}])|ห้องละ\\s?\\p{Nd}+|[二三四五六七八九十]{1,3}(?:个|個)?人";
    private static final String ROOM =
            "(?<![\\p{L}])(?:room|kamar|sekamar|bilik|phong|kwarto|dorm|asrama|ky tuc xa)(?![\\p{L}])|ห้อง|房|间|間|宿舍|បន្ទប់|အခန်း";
    private static final String ALL_OF_US =
            "(?<![\\p{L}])(?:all of us|all (?:\\p{Nd}+|six|seven|eight|nine|ten)|everyone here|whole room|semua(?:nya)?|ca phong|tat ca|lahat)(?![\\p{L}])"
                    + "|ทุกคน|ทั้งหมด|ทั้งห้อง|所有人|全部|一起|အားလုံး|ទាំងអស់";
    private static final String TAKEN_OUT =
            "(?<![\\p{L}])(?:rescue[sd]?|come for|get (?:us )?out|take us|pick (?:us )?up|dijemput|jemput|diselamatkan|selamatkan|diambil|ambil|"
                    + "dikeluarkan|keluarkan|giai cuu|cuu|dua (?:ve|ra)|masagip|masasagip|sagipin|kunin|sunduin)(?![\\p{L}])"
                    + "|ช่วย|มารับ|พาออก|救|接走|带出|帶出|ထုတ်ပေး|ကယ်|ជួយ|សង្គ្រោះ|យកចេញ";
    private static final String ESCAPED =
            "(?<![\\p{L}])(?:got out (?:over|of|through|last night|yesterday|with)|escaped|nakalabas ako|crossed the river|nyebrang sungai|qua song|tumawid sa ilog|ran away|broke out|jumped the (?:fence|wall)|climbed (?:over )?the (?:fence|wall)|"
                    + "kabur|melarikan diri|lari dari|berjaya lari|berhasil lari|lolos|tron thoat|tron ra|tron khoi|chay tron|thoat ra|nakatakas|tumakas)(?![\\p{L}])"
                    + "|หนีออกมา|หนีมาได้|หนีออกมาได้|ข้ามแม่น้ำ|逃出来|逃出來|跑出来|跑出來|逃了出|过河|過河|ឆ្លងទន្លេ|ထွက်လာခဲ့|ကျော်(?:…)?ထွက်|រត់ចេញ|រត់គេចខ្លួន|រត់រួច|ထွက်ပြေး|လွတ်လာ|လွတ်မြောက်လာ"
                    + "|走咗出(?:嚟|來)|逃咗出(?:嚟|來)|走甩|담\\s?넘어|탈출했|도망(?:쳐|쳤|쳐서)|빠져나왔|抜け出して|逃げ出して|脱出して|逃げてきた|भाग (?:निकले|आए|कर)|भागे|कूद (?:के|कर)";
    private static final String HUNTED =
            "(?<![\\p{L}])(?:hiding|looking for me|searching for me|showing my photo|after me|no passport|no documents|no papers|(?:guys|men) watching|afraid (?:of|to go to) the police|"
                    + "takut (?:ke |sama |lapor )?polisi|so cong an|takot (?:kami|ako) sa (?:mga )?(?:armado|pulis|guard)|"
                    + "sembunyi|bersembunyi|ngumpet|nyumput|(?:mencari|cari|nyari) (?:aku|saya|sy)|dicari|tanpa paspor|(?:ga|gak|tak|x) ada (?:paspor|pasport)|"
                    + "an nap|dang tron|dang tim (?:em|toi)|khong co ho chieu|nagtatago|naghahanap sa(?:kin|akin)|hinahanap ako|walang passport)(?![\\p{L}])"
                    + "|หลบ|ซ่อน|ตามหา|ตามล่า|ไม่มีพาสปอร์ต|กลัวตำรวจ|躲|藏起来|藏起來|在找我|抓我|(?:没有|沒有)(?:护照|護照|证件|證件)|不敢(?:去|找|报)(?:警察|警)"
                    + "|ខ្លាចប៉ូលិស|ရဲကို\\s?ကြောက်"
                    + "|លាក់ខ្លួន|ដើររក|រកខ្ញុំ|គ្មាន(?:លិខិតឆ្លងដែន|អត្តសញ្ញាណប័ណ្ណ)|ပုန်း|ရှာနေ|ပတ်စပို့\\s?မရှိ"
                    + "|匿埋|匿喺|冇(?:護照|护照|證件|证件)|捉(?:返|番)去|抓回去"
                    + "|숨어\\s?있|사진\\s?들고|찾고\\s?(?:있|다니)|여권도\\s?없|隠れて(?:る|いる|います|ます)|連れ戻|探して(?:る|いる)|身分証も|パスポートも(?:ない|なく)"
                    + "|छुपे|छिपे|ढूंढ|खोज रहे|घूम रहे";
    private static final String NEW_BOSS =
            "(?<![\\p{L}])(?:new boss|bos baru|boss baru|majikan baru|bagong amo|bagong boss|sep moi|ong chu moi|chu moi)(?![\\p{L}])"
                    + "|เจ้านายใหม่|นายใหม่|新老板|新老闆|ថៅកែថ្មី|သူဌေးအသစ်|ဘော့စ်အသစ်";
    private static final String WORSE =
            "(?<![\\p{L}])(?:worse|crueler|harsher|lebih kejam|lebih parah|lebih galak|mas malupit|mas masama|ac hon|te hon|du hon)(?![\\p{L}])"
                    + "|โหดกว่า|แย่กว่า|更狠|更凶|更惨|更慘|枪|槍|អាក្រក់ជាង|កាចជាង|ពិបាកជាង|ပိုဆိုး|ပိုရက်စက်";
    private static final String PHONES =
            "(?<![\\p{L}])(?:phones?|fon|hp|henfon|cp|cellphone|dien thoai|dt)(?![\\p{L}])|มือถือ|โทรศัพท์|手机|手機|ទូរស័ព្ទ|ទូរសព្ទ|ဖုန်း";
    private static final String COLLECTED =
            "(?<![\\p{L}])(?:collect(?:s|ed)?|kutip|dikutip|kumpul|dikumpul|kinukuha|kinokolekta|bi thu|thu het|thu lai)(?![\\p{L}])"
                    + "|เก็บ|ยึด|收走|收了|ប្រមូល|သိမ်း";
    private static final String BLOOD = "(?<![\\p{L}])(?:blood|darah|mau me|dugo)(?![\\p{L}])|เลือด|血|ឈាម|သွေး";

    /** A code agreed with the family: "if I talk about the weather, someone is next to me". */
    private static final String CODE =
            "(?<![\\p{L}])(?:our code|a code|the code|kode (?:kita|kami|rahasia)|code (?:namin|natin)|ma (?:rieng|bi mat))(?![\\p{L}])|รหัสลับ|暗号|暗號|ពាក្យសម្ងាត់|လျှို့ဝှက်"
                    + "|(?<![\\p{L}])(?:means|berarti|bermaksud|ibig sabihin|nghia la)(?: \\S+){0,3}? (?:someone|somebody|ada org|ada orang|may tao|co nguoi|not (?:safe|ok|fine)|"
                    + "tidak aman|gak aman|ga aman|khong an toan|hindi ligtas)(?![\\p{L}])"
                    + "|(?:แปลว่า|หมายความว่า)(?:…)?(?:มีคน|ไม่ปลอดภัย)|(?:意思是|就是说|就是說)(?:…)?(?:有人|不安全)|មានន័យថា(?:…)?(?:មានគេ|មិនសុខ|មិនមានសុវត្ថិភាព)";

    /** The reassurance of a staged message: "I am fine, the boss is kind, we eat well". */
    private static final String REASSURED =
            "(?<![\\p{L}])(?:i'?m (?:safe|fine|ok|okay|good|happy)|i am (?:safe|fine|ok|okay|good|happy)|(?:the )?boss is (?:good|kind|nice)|(?:the )?(?:company|job) is (?:good|great|fine)|eating well"
                    + "|(?:aku|saya|sy) (?:sehat|baik|aman|selamat)|bos(?:nya)? baik|majikan baik|makan enak|(?:con|em|toi) khoe|cong ty tot|sep tot|an uong day du"
                    + "|(?:ayos|okay|ok) lang ako|mabait (?:ang|yung) (?:boss|amo)|main (?:bilkul )?th?eek hoon|company achhi)(?![\\p{L}])"
                    + "|สบายดี|หัวหน้าใจดี|เจ้านายใจดี|บริษัทดี|我很好|我挺好|一切都好|老板(?:人)?很好|老闆(?:人)?很好|公司很好|吃得(?:很)?好"
                    + "|សុខសប្បាយ|ថៅកែល្អ|ក្រុមហ៊ុនល្អ|နေကောင်း|သူဌေး(?:က)?\\s?(?:သဘော)?ကောင်း|잘\\s?지내|잘\\s?있어|사장님(?:이)?\\s?좋|회사(?:가)?\\s?좋"
                    + "|元気(?:に)?して(?:い|ま)|元気です|みんな親切|親切です|ठीक (?:हूँ|हूं)|कंपनी (?:अच्छी|बढ़िया)";
    /**
     * Asking the family not to go to the police, the embassy or the press: whoever writes it is
     * not free to say why.
     */
    private static final String DO_NOT_REPORT =
            "(?<![\\p{L}])(?:(?:do not|don'?t|never) (?:report|tell|go to|contact|call)(?: anything| this| it)?(?: to)? (?:the )?(?:embassy|police|media|authorities|press|government|mla|mp)"
                    + "|(?:jangan|jgn|usah|tak payah) (?:lapor|bilang|kasih ?tau|cerita|beritahu|bgtau|hubungi)(?: ke| kat| pada| sama)? (?:siapa(?:-siapa)?|polisi|polis|kbri|kedutaan|media)"
                    + "|(?:dung|khong duoc) (?:bao|trinh bao|bao cao)(?: cho| voi)? (?:ai|cong an|dai su quan|bao chi)"
                    + "|(?:wag|huwag) (?:kayong |mong |nyong )?(?:magsumbong|ireport|i-report)(?: sa)? (?:pulis|embassy|kahit kanino|media)"
                    + "|kisi ko (?:kuch )?mat batana|ke paas mat jaana)(?![\\p{L}])"
                    + "|อย่า(?:แจ้ง|บอก)(?:ใคร|ตำรวจ|สถานทูต|นักข่าว)|别报警|別報警|不要报警|不要報警|别告诉(?:别人|任何人|警察|大使馆)|別告訴(?:別人|任何人|警察|大使館)"
                    + "|កុំ(?:ប្រាប់|រាយការណ៍)(?:…)?(?:អ្នកណា|ប៉ូលិស|ស្ថានទូត)|(?:ဘယ်သူ့|ရဲ|သံရုံး)(?:…)?(?:မပြော|မတိုင်)(?:ပါ)?နဲ့"
                    + "|신고(?:\\s?같은\\s?거)?(?:는|도)?\\s?(?:절대\\s?)?하지\\s?(?:마|말)|(?:경찰|대사관|언론)(?:에|에는)?\\s?(?:절대\\s?)?(?:알리지|말하지|연락하지)\\s?마"
                    + "|(?:警察|大使館|マスコミ|誰)(?:など)?(?:には|に|にも)(?:言わないで|知らせないで|相談しないで|連絡しないで)"
                    + "|(?:किसी को|पुलिस को|एम्बेसी को|दूतावास को)(?: \\S+){0,2} (?:मत|न) (?:बताना|बताओ|जाना)";
    /** Freed from a compound into a camp of soldiers, militia or immigration. */
    private static final String CAMP =
            "(?<![\\p{L}])(?:army camp|military camp|militia|armed group|detention|immigration (?:centre|center|jail|lockup)|holding (?:centre|center|facility)"
                    + "|kem (?:tentera|tentara|militer)|kamp (?:militer|tentara)|rudenim|depoh imigresen|depot imigresen|tahanan imigrasi|trai tam giam|doanh trai"
                    + "|kampo ng (?:militar|sundalo))(?![\\p{L}])"
                    + "|ค่ายทหาร|ห้องกัก|ศูนย์กัก|กองกำลัง|军营|軍營|民地武|收容所|拘留所|移民局|大棚|수용소|보호소|이민국|군\\s?캠프|収容所|入管|武装勢力|軍のキャンプ"
                    + "|आर्मी के कैंप|सेना के कैंप|कैंप में|कैम्प में|डिटेंशन|हिरासत|စခန်း|ជំរំ|មណ្ឌលឃុំ";
    /** What a camp is like: no medicine, hundreds to a toilet, no date to go home, no embassy yet. */
    private static final String CAMP_LIFE =
            "(?<![\\p{L}])(?:no (?:medicine|doctor|medical)|toilets? for \\p{Nd}+|(?:don'?t|do not|no one|nobody) (?:know|tells? us|says?) when (?:we|we'll|we will|we can) (?:go|get) home"
                    + "|embassy (?:hasn'?t|has not|still hasn'?t|never) (?:come|came|contacted|answered)|(?:two|2) meals a day"
                    + "|(?:tidak|tak|ga|gak|nggak|x) ada (?:obat|ubat|dokter|doktor)|(?:tidak|tak|ga|gak) tahu (?:bila|kapan) (?:pulang|dipulangkan|balik)|(?:kbri|kedutaan) (?:belum|tak|tidak) (?:datang|ada kabar)"
                    + "|makan (?:dua|2) kali sehari|wala (?:kaming|pa kaming|pang) (?:pera|pagkain|gamot)|taga-?embassy|exit clearance|khong co thuoc|khong biet (?:bao gio|khi nao) (?:duoc )?ve|dai su quan (?:chua|van chua)|walang gamot"
                    + "|hindi (?:namin )?alam kung kailan (?:kami )?(?:makakauwi|uuwi))(?![\\p{L}])"
                    + "|ไม่มียา|ไม่รู้(?:ว่า)?(?:เมื่อไหร่)?(?:จะ)?ได้กลับ|กินวันละ ?(?:2|สอง) ?มื้อ|(?:没有|沒有|没|沒)(?:药|藥|医生|醫生)|不知道(?:要等|什么时候|什麼時候)"
                    + "|厕所(?:…)?(?:没法|不够)|廁所(?:…)?(?:沒法|不夠)|一天(?:两|兩)(?:顿|頓|餐)|약이\\s?없|약도\\s?없|언제\\s?(?:귀국|집에\\s?가|돌아갈)(?:…)?(?:몰라|모르)"
                    + "|薬が(?:ない|なく)|いつ帰れる|一日二食|दवा (?:नहीं|भी नहीं)|दिन में दो बार खाना|(?:एम्बेसी|दूतावास) से कोई नहीं"
                    + "|ဆေး\\s?(?:…)?မရှိ|ဘယ်တော့\\s?(?:…)?ပြန်ရ|ထမင်း\\s?နှစ်နပ်|គ្មានថ្នាំ|មិនដឹងពេលណា(?:…)?(?:ទៅផ្ទះ|ត្រឡប់)";
    /** "Not OK here": half of a message that asks not to be answered. */
    private static final String NOT_OK =
            "(?<![\\p{L}])(?:not (?:ok|okay|good|fine|safe) here|i'?m not (?:ok|okay|safe)|(?:tidak|tak|ga|gak|nggak|x) (?:aman|baik-baik)|khong (?:on|an toan)|hindi (?:ok|okay|ligtas) dito)(?![\\p{L}])"
                    + "|ไม่โอเค|ไม่ปลอดภัย|这边不太好|這邊不太好|这里不太好|這裡不太好|不安全|괜찮지\\s?않|안\\s?괜찮|大丈夫じゃない|大丈夫ではない|ठीक नहीं|មិនស្រួលទេ|အဆင်မပြေ";

    private static final String DO_NOT_REPLY =
            "(?<![\\p{L}])(?:don'?t (?:reply|answer|text back|call back|call me)|(?:jangan|jgn) (?:balas|bls|telepon|telpon|call)|dung (?:tra loi|rep|goi lai|nhan lai)"
                    + "|(?:wag|huwag) (?:mag-?reply|sumagot|tumawag))(?![\\p{L}])"
                    + "|อย่าตอบ|อย่าโทร|别回|別回|不要回(?:复|覆|消息)|别打给我|別打給我|답장\\s?하지\\s?마|전화하지\\s?마|返信しないで|電話しないで"
                    + "|(?:रिप्लाई|जवाब|कॉल|फोन) मत (?:करना|करो)|កុំ(?:ឆ្លើយ|តប|ខលមក)|ပြန်\\s?မ(?:ပို့|ဖြေ)(?:ပါ)?နဲ့";

    private static final List<Cue> TOLD = List.of(
            // months without the sun or the street: confinement told by its length
            Cue.fixed(
                    Concept.CONFINEMENT,
                    2,
                    "(?<![\\p{L}])(?:(?:haven'?t|havent|have not|not|never)(?: \\S+){0,2}? (?:seen|felt) the sun"
                            + "|(?:haven'?t|havent|have not) (?:been|gone|stepped) (?:out|outside)(?: of)?(?: the)?(?: building| compound| gate)? (?:in|for) \\S+ (?:days|weeks|months)"
                            + "|(?:ga|gak|tak|tidak|x|belum|blm|tk) (?:pernah )?(?:liat|lihat|nampak|tengok|tgk|kena) (?:matahari|cahaya matahari|langit)"
                            + "|(?:ga|gak|tak|tidak|x|belum|blm) (?:pernah )?(?:keluar|kluar) (?:dari )?(?:gedung|bangunan|pagar|gerbang|kompleks)"
                            + "|chua (?:tung )?(?:ra khoi|buoc ra|duoc ra|ra) (?:cong|toa nha|khu)|(?:khong|chua|ko) (?:duoc )?(?:thay|nhin thay) (?:mat troi|anh nang)"
                            + "|(?:di|hindi) (?:pa )?(?:nakakalabas|nakakakita ng araw|nakita ang araw|nasisinagan))(?![\\p{L}])"
                            + "|ไม่ได้(?:เห็น|เจอ)(?:แดด|แสงแดด|ดวงอาทิตย์|ท้องฟ้า)|ไม่ได้ออก(?:ไป)?(?:ข้างนอก|นอกตึก|จากตึก)"
                            + "|(?:没|沒)(?:见过|見過|见到|見到|晒过|曬過)(?:太阳|太陽)|(?:没|沒)(?:出过|出過)(?:门|門|园区|園區|大门|大門)"
                            + "|មិនដែល(?:បាន)?(?:ចេញ(?:ទៅ)?ក្រៅ|ឃើញ(?:ពន្លឺ)?ថ្ងៃ)|មិនបាន(?:ឃើញ(?:ពន្លឺ)?ថ្ងៃ|ចេញក្រៅ)"
                            + "|နေရောင်\\s?(?:…)?မမြင်|အပြင်\\s?(?:ကို)?\\s?မထွက်(?:ရ|ဖူး)"),
            // many to a room
            Cue.fixed(Concept.CONFINEMENT, 1, Cue.either(NUMBER_OF_PEOPLE, ROOM, 24, true)),
            // fourteen hours a day and more
            Cue.fixed(
                    Concept.FORCED_SCAMMING,
                    1,
                    "(?<!\\p{Nd})(?:1[4-9]|2[0-4]|១[៤-៩]|၁[၄-၉])\\s?(?:-?\\s?hours?|hrs?|jam|gio|tieng|oras|ชั่วโมง|ชม|个?小时|個?小時|ម៉ោង|နာရီ)(?![\\p{L}])"
                            + "|十[四五六七八九](?:个|個)?(?:小时|小時)|二十(?:个|個)?(?:小时|小時)|เที่ยงคืนถึงเที่ยง"),
            // wanting to go home, plainly
            Cue.fixed(
                    Concept.PLEA_FOR_HELP,
                    1,
                    "(?<![\\p{L}])(?:(?:want|wanna|need) (?:to )?(?:go home|get out|come home|go back home|out of here)|(?:want|wanna) out"
                            + "|(?:pengen|pingin|mau|ingin|nak|mo) (?:pulang|balik kampung|balik(?! kerja| ofis| pejabat| office| kedai)|keluar dari sini)"
                            + "|(?:muon|chi muon|mong) (?:ve nha|ve que|ve nuoc|ve|ra khoi day)"
                            + "|gusto (?:ko|namin|na)?(?: na)? ?(?:umuwi|makauwi|makaalis))(?![\\p{L}])"
                            + "|อยาก(?:กลับบ้าน|กลับไทย|ออกไปจากที่นี่)|想回家|想回国|想回國|想离开这|想離開這"
                            + "|ចង់(?:ទៅផ្ទះ|ត្រឡប់(?:ទៅ|មក)?ផ្ទះ|មកផ្ទះ)|(?:အိမ်)?ပြန်ချင်"),
            // "not just me"
            Cue.fixed(
                    Concept.PLEA_FOR_HELP,
                    1,
                    "(?<![\\p{L}])(?:not just me|not only me|(?:jangan|bukan) (?:cuma|cuman|hanya|cm) (?:aku|saya|sy)|bukan aku (?:je|saja|sahaja)"
                            + "|hindi lang ako|khong chi (?:minh |rieng )?(?:em|toi))(?![\\p{L}])"
                            + "|ไม่ใช่แค่(?:ผม|หนู|ฉัน)|不只是?我|不止我|တစ်ယောက်တည်း\\s?မဟုတ်|មិនមែនតែ(?:ខ្ញុំ|ម្នាក់)"),
            // all of us, taken out
            Cue.fixed(Concept.PLEA_FOR_HELP, 1, Cue.either(ALL_OF_US, TAKEN_OUT, 30, true)),
            Cue.fixed(Concept.CANNOT_TALK, 1, Cue.either(PHONES, COLLECTED, 20, true)),
            Cue.fixed(Concept.CANNOT_TALK, 2, CODE),
            // answer briefly, with a sticker: "reply with a thumbs up only", "jawab ya atau tidak je"
            Cue.fixed(
                    Concept.CANNOT_TALK,
                    1,
                    "(?<![\\p{L}])(?:(?:answer|reply)(?: with)? (?:only )?(?:yes or no|a thumbs up|a sticker)|thumbs up only|jawab ya (?:atau|or) (?:tidak|tak|x)|"
                            + "(?:jgn|jangan) tanya soalan panjang|tra loi co/khong|tra loi co hoac khong|(?:oo|oo o hindi) lang|can only type this)(?![\\p{L}])"
                            + "|ส่งสติกเกอร์|พิมพ์ได้แค่นี้|只回(?:答)?(?:是|对|對)|回个表情|回個表情|ឆ្លើយតែ(?:បាទ|ចាស)|ဟုတ်\\s?မဟုတ်\\s?ပဲ"),
            // disguised: "so they think I'm chatting with a client"; "don't say my name"
            Cue.fixed(
                    Concept.CANNOT_TALK,
                    1,
                    "(?<![\\p{L}])(?:so (?:they|he|the boss) (?:think|thinks)|supaya (?:dorang|diorang|mereka|dia|bos) (?:ingat|kira|pikir)|de (?:ho|no|sep) tuong|"
                            + "para (?:isipin|akala) nila)(?![\\p{L}])|ให้เขาคิดว่า|让他们以为|讓他們以為"),
            Cue.fixed(
                    Concept.CANNOT_TALK,
                    1,
                    "(?<![\\p{L}])(?:don'?t (?:say|mention|use) my name|(?:jgn|jangan) (?:sebut|tulis|bilang) nama (?:aku|saya|sy)|dung (?:nhac|goi|ghi) ten|"
                            + "(?:wag|huwag) (?:mong |nyong )?(?:banggitin|sabihin) (?:ang |yung )?pangalan)(?![\\p{L}])"
                            + "|อย่าเอ่ยชื่อ|别提我(?:的)?名字|別提我(?:的)?名字|កុំនិយាយឈ្មោះ"),
            // someone left behind when the writer got out
            Cue.fixed(
                    Concept.RELATIVE_ABROAD,
                    1,
                    "(?<![\\p{L}])(?:left behind|still (?:in|inside) there|naiwan|tertinggal (?:di sana|disana|kat sana)|con ket lai|con o lai)(?![\\p{L}])"
                            + "|ยังติดอยู่|留在(?:那里|那裡|园区|園區|里面|裡面)|នៅសល់|ကျန်ခဲ့"),
            // "where are we?", every sign in Chinese
            Cue.fixed(
                    Concept.NOT_AS_PROMISED,
                    1,
                    "(?<![\\p{L}])(?:where are we|nasaan kami|di ?mana (?:kami|kita) (?:ini|sekarang)|day la dau|o day la dau)(?![\\p{L}])"
                            + "|ที่นี่ที่ไหน|这是哪里|這是哪裡|(?:我们|我們)在哪|នេះនៅឯណា"),
            Cue.fixed(
                    Concept.NOT_AS_PROMISED,
                    1,
                    "(?<![\\p{L}])(?:signs? (?:are )?(?:all )?in chinese|puro chinese|tulisan (?:cina|mandarin|china)|toan chu (?:tau|trung))(?![\\p{L}])"
                            + "|ป้ายภาษาจีน|ភាសាចិន(?:…)?(?:ទាំងអស់|គ្រប់)"),
            Cue.fixed(
                    Concept.CONFINEMENT,
                    1,
                    "(?<![\\p{L}])(?:still the same|masih sama|van vay|van the|ganun pa rin|ganoon pa rin)(?![\\p{L}])|ยังเหมือนเดิม|还是一样|還是一樣|ဒီအတိုင်းပဲ"),
            // "still here", "day 61": counting the time inside
            Cue.fixed(
                    Concept.CONFINEMENT,
                    1,
                    "(?<![\\p{L}])(?:still (?:here|inside|in here|in there)|(?:msh|masih|msih) (?:di ?sini|kat sini|(?:di|kat) dalam)|van (?:con )?(?:o day|trong nay)|"
                            + "(?:nandito|andito) pa|buhay pa (?:ako|ko))(?![\\p{L}])"
                            + "|ยังอยู่(?:ที่นี่|ข้างใน)|(?:还|還)在(?:里面|裡面|这|這)|នៅដដែល|နေတုန်း|ရှိသေး"),
            Cue.fixed(
                    Concept.CONFINEMENT,
                    1,
                    "(?<![\\p{L}])(?:day \\p{Nd}{2,3}|hari ke ?-?\\p{Nd}{2,3}|ngay (?:thu )?\\p{Nd}{2,3}|pang \\p{Nd}{2,3} (?:days|araw)|ika-?\\p{Nd}{2,3} (?:na )?araw)(?![\\p{L}\\p{N}])"
                            + "|第\\p{Nd}{2,3}天|วันที่ ?\\p{Nd}{2,3}(?! ?(?:ม\\.?ค|ก\\.?พ|มี\\.?ค|เม\\.?ย|พ\\.?ค|มิ\\.?ย|ก\\.?ค|ส\\.?ค|ก\\.?ย|ต\\.?ค|พ\\.?ย|ธ\\.?ค|มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิ|ธันวา))"
                            + "|ថ្ងៃទី ?\\p{Nd}{2,3}(?! ?ខែ)|\\p{Nd}{2,3} ?ရက်မြောက်"),
            Cue.fixed(
                    Concept.CONFINEMENT,
                    1,
                    "(?<![\\p{L}])(?:blm|belum|ga|gak|gk|tak|tidak|tdk|x) (?:bisa|boleh|dapat|dpt|blh|bs) (?:keluar|kluar|pulang|balik)(?![\\p{L}])"),
            // punished: made to stand in the sun, squats, screams at night, someone who jumped
            Cue.fixed(
                    Concept.VIOLENCE_OR_THREAT,
                    1,
                    "(?<![\\p{L}])(?:stand(?:ing)? (?:in|under|on the roof in) the sun|squats|got the sun|dijemur|berjemur (?:sebagai )?hukuman|dung phat|phat dung|bi phat|"
                            + "pinatayo sa araw|screams? at night|sigaw sa gabi|jeritan (?:malam|tiap malam)|(?:jumped|jumps) (?:off|from) the (?:building|roof)|lompat dari (?:gedung|atap)|"
                            + "nhay lau|tumalon sa building)(?![\\p{L}])"
                            + "|ยืนตากแดด|โดนทำโทษ|โดดตึก|罚站|罰站|晒太阳|曬太陽|跳楼|跳樓|ឈរហាលថ្ងៃ|លោតពីអគារ|နေပူထဲ(?:…)?ရပ်"),
            // a debt that grows with every fine: the bond
            Cue.fixed(
                    Concept.DEBT_OR_RANSOM,
                    2,
                    Cue.either(
                            "(?<![\\p{L}])(?:debt|hutang|utang|no nan|khoan no)(?![\\p{L}])|หนี้|债|債|បំណុល|အကြွေး",
                            "(?<![\\p{L}])(?:grows|growing|keeps (?:going up|growing)|gets bigger|bertambah|makin banyak|makin besar|tang len|lumalaki|lalong lumaki)(?![\\p{L}])"
                                    + "|ยิ่ง(?:…)?(?:เยอะ|เพิ่ม)|บวกเพิ่ม|越来越多|越來越多|越滚越|越滾越|កើនឡើង|များလာ",
                            40,
                            true)),
            Cue.fixed(Concept.DEBT_OR_RANSOM, 2, "เป็นหนี้ค่า(?:รถ|ตั๋ว|เครื่องบิน|กิน|ที่พัก|นายหน้า)"),
            // made to pose as police, or doing it against one's will
            Cue.fixed(
                    Concept.FORCED_SCAMMING,
                    1,
                    "(?<![\\p{L}])(?:pretend(?:ing)? to be (?:a |the )?(?:police|officer|cop)|menyamar (?:jadi|sebagai) polisi|gia danh cong an|gia lam cong an|"
                            + "(?:i )?don'?t want to (?:do (?:it|this)(?: anymore)?|anymore) but|ko muon lam nua nhung|khong muon lam nua nhung|(?:gak|ga|tak) mau (?:lagi )?tapi|ayaw (?:ko )?na (?:pero|kaso))(?![\\p{L}])"
                            + "|ชุดตำรวจปลอม|ปลอมเป็นตำรวจ|แอบอ้างเป็นตำรวจ|ไม่อยากทำ(?:…)?แต่|假冒警察|冒充警察|冒充公检法|冒充公檢法|不想(?:做|干|幹)(?:…)?(?:但|可是)"
                            + "|មិនចង់ធ្វើ(?:…)?តែ|မလုပ်ချင်(?:…)?ပေမဲ့"),
            // a relative hears rehearsed words
            Cue.fixed(
                    Concept.RELATIVE_ABROAD,
                    1,
                    "(?<![\\p{L}])(?:sounds? (?:like (?:he'?s |she'?s )?)?(?:scripted|rehearsed|reading)|exact same words|same words every|suaranya (?:kyk|kayak|macam) (?:lagi )?(?:dibacain|baca)|"
                            + "noi nhu (?:doc|hoc thuoc))(?![\\p{L}])"
                            + "|พูดเหมือนท่อง|像背(?:稿|的)|像在念|အသံက\\s?တစ်မျိုး|ដូចអាន"),
            // moved about by them
            Cue.fixed(
                    Concept.NOT_AS_PROMISED,
                    1,
                    "(?<![\\p{L}])(?:(?:they|he|the boss) moved us|dipindah(?:in|kan)? (?:kami|kita|ke)|nilipat (?:kami|nila kami|sila)|chuyen (?:bon |chung )?(?:em|tui) (?:sang|qua))(?![\\p{L}])"
                            + "|ย้ายพวกเรา|把我们转|把我們轉|ផ្លាស់ពួកយើង|ရွှေ့(?:ပေး)?လိုက်"),
            // care withheld: no medicine for the sick
            Cue.fixed(
                    Concept.VIOLENCE_OR_THREAT,
                    1,
                    "(?<![\\p{L}])(?:(?:tak|tidak|x|ga|gak|nggak) (?:dibagi|diberi|dikasih|dapat|bagi|kasih) (?:ubat|obat|rawatan|berobat)"
                            + "|(?:no|not given|denied|without) (?:any )?(?:medicine|treatment|a doctor)|khong (?:cho|duoc) (?:uong )?thuoc|walang gamot|hindi (?:pinapagamot|binibigyan ng gamot))(?![\\p{L}])"
                            + "|ไม่ให้(?:กิน)?ยา|ไม่ให้(?:ไป)?หาหมอ|不给药|不給藥|不让看病|不讓看病|មិន(?:ឲ្យ|ឱ្យ)(?:លេប)?ថ្នាំ|ဆေး\\s?မ(?:ပေး|ကု)"),
            Cue.fixed(
                    Concept.VIOLENCE_OR_THREAT,
                    1,
                    "(?<![\\p{L}])(?:blindfold(?:ed)?|mata (?:ditutup|ditutupin|diikat)|bit mat|naka-?piring|piniringan|dragged (?:away|off|to|into)|diseret|diheret|kinaladkad)(?![\\p{L}])"
                            + "|ปิดตา|ลากไป|蒙着眼|蒙著眼|蒙眼|被拖|拖走|បិទភ្នែក|မျက်လုံး(?:…)?စည်း|ဆွဲခေါ်သွား"),
            Cue.fixed(
                    Concept.FORCED_SCAMMING,
                    1,
                    "(?<![\\p{L}])(?:refus(?:ed|e|ing) to (?:work|scam|do it|chat)|nolak kerja|menolak kerja|tak nak kerja|tumanggi|tu choi lam)(?![\\p{L}])"
                            + "|ไม่ยอมทำ|不肯干|不肯幹|拒绝工作|拒絕工作|មិនព្រមធ្វើ|မလုပ်ချင်လို့"));

    private static final List<Together> TOGETHER = List.of(
            // escaped, and hiding or hunted or without papers: still in danger
            new Together(Concept.CONFINEMENT, 2, ESCAPED, HUNTED),
            // moved on to a new boss, who is worse
            new Together(Concept.DEBT_OR_RANSOM, 2, NEW_BOSS, WORSE),
            // a staged message: all is well, and do not tell the police
            new Together(Concept.CANNOT_TALK, 2, REASSURED, DO_NOT_REPORT),
            // out of the compound, into a camp without medicine or a date to go home
            new Together(Concept.CONFINEMENT, 2, CAMP, CAMP_LIFE),
            // "not OK here. don't reply."
            new Together(Concept.CANNOT_TALK, 2, NOT_OK, DO_NOT_REPLY),
            new Together(
                    Concept.VIOLENCE_OR_THREAT,
                    1,
                    BLOOD,
                    "(?<![\\p{L}])(?:floor|lantai|corridor|lorong|san|sahig)(?![\\p{L}])|พื้น|地上|地板|ឥដ្ឋ|ကြမ်းပြင်"));

    /** Runs only the wordings whose words occur in a message, as the languages' cues do. */
    private static final KeywordScanner TRIGGERS =
            new KeywordScanner(TOLD.stream().map(Cue::pattern).toList());
    /** The words of each pair's halves, the first of pair i at 2i and the second at 2i + 1. */
    private static final KeywordScanner PAIR_TRIGGERS = new KeywordScanner(
            TOGETHER.stream().flatMap(t -> Stream.of(t.first(), t.second())).toList());

    private Circumstances() {}

    /** @return the circumstances the folded text tells */
    static List<Hit> in(String folded) {
        List<Hit> hits = new ArrayList<>();
        BitSet candidates = TRIGGERS.candidates(folded);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Cue cue = TOLD.get(i);
            Matcher m = cue.pattern().matcher(folded);
            while (m.find()) {
                hits.add(new Hit(cue.concept(), cue.weight(), cue, m.start(), m.end()));
            }
        }
        BitSet halves = PAIR_TRIGGERS.candidates(folded);
        for (int i = 0; i < TOGETHER.size(); i++) {
            if (halves.get(2 * i) && halves.get(2 * i + 1)) {
                TOGETHER.get(i).find(folded).ifPresent(hits::add);
            }
        }
        return hits;
    }

    /** Two circumstances anywhere in one message; the hit spans the first. */
    private record Together(Concept concept, int weight, Pattern first, Pattern second) {
        Together(Concept concept, int weight, String first, String second) {
            this(concept, weight, Cue.compile(first), Cue.compile(second));
        }

        Optional<Hit> find(String folded) {
            Matcher a = first.matcher(folded);
            if (!a.find() || !second.matcher(folded).find()) {
                return Optional.empty();
            }
            return Optional.of(new Hit(concept, weight, this, a.start(), a.end()));
        }
    }
}
