package org.jaga.core.triage;

import static org.jaga.core.triage.Concept.CANNOT_TALK;
import static org.jaga.core.triage.Concept.CONFINEMENT;
import static org.jaga.core.triage.Concept.DEBT_OR_RANSOM;
import static org.jaga.core.triage.Concept.FORCED_SCAMMING;
import static org.jaga.core.triage.Concept.NOT_AS_PROMISED;
import static org.jaga.core.triage.Concept.PASSPORT_TAKEN;
import static org.jaga.core.triage.Concept.PLEA_FOR_HELP;
import static org.jaga.core.triage.Concept.RELATIVE_ABROAD;
import static org.jaga.core.triage.Concept.VIOLENCE_OR_THREAT;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Vietnamese, matched after diacritics are folded away, because people on a watched phone often
 * type without them and in teen code ("bi nhot", "ko dc ra ngoai", "cuu em voi"). Folding makes
 * many words alike (bán/bạn/bận → "ban", đánh giá → "danh gia", tắt/tát → "tat"), so verbs are
 * tied to "bị", to a captor, or to what follows them.
 */
final class VietnameseCues {
    private static final String NO = "(?:khong|ko|k|kg|khg|kh|hong|hok|hem|khum|ch|chang|cha)";
    private static final String ME =
            "(?:toi|tui|em|e|minh|mk|tao|con|chau|to|tau|chung toi|chung em|chung tao|bon em|bon toi|bon minh|"
                    + "bon tao|tui em|tui minh|tui tao|anh em|ae|chung minh)";
    private static final String THEM =
            "(?:no|anh ay|chi ay|em ay|co ay|ong ay|anh|chi|em|con|chau|nguoi ta|ho|bon no|tui no|nguoi)";
    /** Captors, employers and their staff. */
    private static final String THEY =
            "(?:ho|bon no|tui no|chung no|bon chung|may thang|cong ty|cty|sep|xep|boss|chu|ong chu|ba chu|"
                    + "quan ly|ql|giam doc|to truong|truong nhom|leader|nhan su|hr|bao ve|linh|nguoi tau|bon tau|tq|khua)";

    private static final String KIN =
            "(?:(?:con trai|con gai|con|em trai|em gai|em ho|anh trai|anh ho|anh re|chi gai|chi ho|chi dau|em dau|"
                    + "em re|anh|chi|em|chong|vo|bo|ba|me|ma|cha|chau|cau|di|co|chu|bac|ban|ban trai|ban gai|nguoi yeu|ny)"
                    + "(?: cua)? (?:toi|minh|tui|em|chung toi|nha toi|nha minh|nha em|tao|mk|con|chau)|nguoi (?:than|nha)(?: (?:cua )?(?:toi|minh|tui|em))?"
                    + "|thang (?:em|ban|con|chau|cu)|con be)";
    private static final String ABROAD =
            "\\b(?:di lam|lam viec|sang|qua|ben|o|dang o|xkld|xuat khau lao dong)(?: ben)? (?:campuchia|cam|cpc|"
                    + "kampuchia|myanmar|mien dien|lao|thai|thai lan|bien gioi|malaysia|philippines|phi|dubai|nuoc ngoai)\\b"
                    + "|\\b(?:campuchia|cpc|myanmar|mien dien|bien gioi|nuoc ngoai)\\b";
    private static final String LEAVE =
            "\\b(?:(?:muon|duoc|dc|cho|moi|xin|thi|neu|de) (?:ve|nghi viec|nghi lam|roi di|roi khoi day|tha|thoat)"
                    + "|(?:muon|duoc|dc|cho|moi) (?:ra|nghi)|cho (?:" + ME
                    + " )?di|ve (?:nuoc|nha|vn|viet nam|que)|tha (?:nguoi|em|toi|no|con|chau|ra|ve)"
                    + "|nghi viec|thoi viec|bo viec|roi khoi|ra khoi|chuoc (?:ve|ra|nguoi))\\b(?! may bay| xe| tau)";
    private static final String HIT =
            "(?:danh(?! gia| thue| cap| thuc| roi| dau| so| bai| bac| tieng| nhau| rang| may| game| golf| bong)"
                    + "|dap(?! da| pha| chuot)|dam(?! bao| phan| cuoi)|chem|dui cui(?: dien)?|chich dien|giat dien|dien giat|soc dien|tra tan|hanh ha"
                    + "|hanh hung|tat(?! may| dien| nguon| mang| den| wifi| tieng| ca| het)|hiep|cuong hiep|xam hai|troi|xich|dap cho|danh dap|danh hoi dong)";
    /** Up to fifty characters within a sentence; a dot between digits ("15.000") does not end it. */
    private static final String GAP = Cue.gap(50);

    private VietnameseCues() {}

    static LanguageCues cues() {
        return new LanguageCues(
                Stream.of(
                                place(),
                                confinement(),
                                passport(),
                                violence(),
                                debt(),
                                scamming(),
                                watched(),
                                pleas(),
                                relatives())
                        .flatMap(List::stream)
                        .toList(),
                LanguageCues.words("khong|ko|k|kg|khg|kh|hok|hem|khum|chua|chang|hong|dau co"),
                hypothetical(),
                LanguageCues.words("neu|se|lo"),
                reporting());
    }

    /** Somewhere other than promised, across a river at night, behind walls and armed guards. */
    private static List<Cue> place() {
        return List.of(
                Cue.fixed(
                        NOT_AS_PROMISED,
                        2,
                        "\\b" + NO
                                + " (?:biet|bit) (?:minh |em |toi |bon em |chung toi |tui )?(?:dang )?(?:o|o cho) (?:dau|cho nao)\\b"
                                + "|\\b(?:dang )?o (?:dau|cho nao)(?: [^ .!?]+){0,2}? (?:khong|ko|k|cha|chang) (?:biet|bit)\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:tuong|hang rao|rao|bo tuong)(?: rat| kha| thi| xung quanh)? (?:cao|kem gai|thep gai|dien|bao quanh|kin mit)\\b"
                                + "|\\b(?:thep gai|kem gai|rao dien|luoi dien|cua sat|song sat)\\b"),
                Cue.near(
                        CONFINEMENT,
                        1,
                        "\\b(?:cam|co|mang|vac|deo|chia|giuong|cap) (?:sung|sung ong|sung truong|sung ngan|ak|ak47|dui cui|ma tau)\\b",
                        "\\b(?:bao ve|linh|canh|gac|cong|nguoi|bon|tui|ho|thang|may ong|canh ve|dan anh)\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:canh gac|canh cong|gac cong|dung gac|chot gac|tram gac|canh (?:24|suot|ngay dem))\\b"),
                Cue.nearFixed(
                        NOT_AS_PROMISED,
                        1,
                        "\\b(?:khong|ko|k|chang|dau|hong|kh)(?: phai)? (?:dung|giong|nhu|lam|o|phai la)\\b",
                        "\\b(?:nhu|giong|theo)(?: [^ .!?]+){0,4}? (?:noi|hua|hua hen|quang cao|gioi thieu|bao|ke|dang tin|moi)\\b",
                        50),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\bkhac (?:voi |xa |han |hoan toan )?(?:loi hua|quang cao|luc dau|hop dong|da noi|gioi thieu|cong viec da hua)\\b"),
                Cue.nearFixed(
                        NOT_AS_PROMISED,
                        1,
                        "\\b(?:hoa ra|ai ngo|ai de|nao ngo|khong ngo|ko ngo|thuc ra|that ra|gio|bay gio|ma lai|lai bi|roi bi|cuoi cung|ma (?:xe|ho|no|nguoi ta|tui no|bon no))\\b",
                        "\\b(?:o|sang|qua|den|toi|tai|ben|vao|trong|len|tan|len tan)(?: (?:mot|1))? (?:campuchia|cpc|kampuchia|myanmar|mien dien|lao|bien gioi|dac khu|song bac|casino)\\b",
                        50),
                Cue.strong(
                        NOT_AS_PROMISED,
                        "\\b(?:bi|ho|bon no|tui no|chung no|nguoi ta|roi|xong|lai|thi) (?:dua|dan|cho|cho xe|cho thuyen|cho xuong)(?: (?:"
                                + ME
                                + "|no|ho))? (?:qua|sang|vuot|bang qua|lo qua) (?:song|suoi|bien gioi|rung|nui)\\b"),
                Cue.near(
                        NOT_AS_PROMISED,
                        1,
                        "\\b(?:qua|vuot|bang qua|lo qua|bang|do) (?:song|suoi|bien gioi|rung|nui)\\b|\\b(?:vuot bien|di chui|duong mon|tieu ngach|loi mon|duong rung)\\b",
                        "\\b(?:ban dem|nua dem|trong dem|giua dem|ca dem|suot dem|khuya|dem toi|toi mit|xe|oto|o to|thuyen|ca no|xuong|bi dua|bi dan|ho dua|ho dan)\\b"),
                Cue.strong(NOT_AS_PROMISED, "\\bbi (?:lua sang|lua qua|dua sang|dua qua|buon ban|ban sang|ban qua)\\b"),
                Cue.weak(NOT_AS_PROMISED, "\\bbi (?:lua|gat|lua dao)\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        1,
                        "\\b(?:ko|k|khong|kh|hong|chang) (?:the )?(?:ve|ve nha|ve nuoc|ra|thoat) (?:duoc|dc)\\b"),
                // handed from one car or boat to another on the way: nobody travels to a job like that
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\b(?:doi|chuyen|sang|chuyen sang) (?:sang |qua )?(?:xe|thuyen|ghe|nguoi) khac\\b"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\b(?:dua|cho|dan)(?: " + ME
                                + ")? (?:sang|qua) (?:campuchia|cam|cpc|myanmar|mien dien|lao)\\b"));
    }

    /** Being held: locked in, guarded, not let out or home. */
    private static List<Cue> confinement() {
        String who = "(?: (?:" + ME + "|" + THEM + "))?";
        return List.of(
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\b" + NO + " (?:duoc|dc|the|cho)" + who
                                + " (?:ra ngoai|ra khoi|roi khoi|bo tron|tron|thoat|ra)\\b|\\b" + NO
                                + " (?:chiu |muon |cho )?tha(?! thu| loi)\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        1,
                        "\\b" + NO + " (?:duoc|dc|the|cho)" + who + " (?:ve|ve nha|ve nuoc|di|nghi|nghi viec)\\b"),
                Cue.strong(
                        CONFINEMENT,
                        "\\b(?:bi|dang bi|bi bat)(?: (?:ho|bon no|tui no|chung no|cong ty|cty|quan ly|sep|chu|bao ve))? (?:nhot|giam(?! luong| gia| can| thuong| diem| tai| toc| bot| thieu| mat)|giu lai|giu|khoa cua|"
                                + "canh(?! cao| bao| sat| tinh)|bat coc|bat giu|cam tu|quan ly chat|giam long)\\b"),
                Cue.fixed(CONFINEMENT, 1, "\\b(?:mac ket|bo tron|tron thoat|khong biet (?:dang )?o dau)\\b"));
    }

    /** A passport taken or kept by the company, and not given back. */
    private static List<Cue> passport() {
        String passport = "\\b(?:ho chieu|hc|passport|pasport|paspo|giay to|giay to tuy than)\\b";
        String keep =
                "(?:cat giu|cat|giu|cam|thu|tich thu|lay|giu lai|tam giu|giu ho|giu dum|giu giup|quan ly|khoa|thu giu|thu het|lay het|lay mat|om)";
        return List.of(
                Cue.near(PASSPORT_TAKEN, 2, passport, "\\b(?:bi|" + THEY + ")(?: [^ .!?]+){0,2}? " + keep + "\\b"),
                Cue.near(PASSPORT_TAKEN, 2, passport, "\\b(?:nop|giao|dua)(?: lai)?(?: het)? cho " + THEY + "\\b"),
                Cue.nearFixed(
                        PASSPORT_TAKEN,
                        2,
                        passport,
                        "\\b" + THEY + "(?: [^ .!?]+)? (?:" + NO
                                + "|chua) (?:chiu |muon )?(?:tra|dua|tra lai|dua lai|cho lay)\\b",
                        50),
                Cue.strong(
                        PASSPORT_TAKEN,
                        "\\b" + keep + "(?: het| luon| mat| lai)? (?:ho chieu|passport|hc|giay to) (?:cua )?(?:" + ME
                                + "|tat ca|moi nguoi)\\b"),
                Cue.strong(
                        PASSPORT_TAKEN,
                        "\\b(?:ho chieu|passport|giay to)(?: cua)?(?: " + ME
                                + ")? (?:bi|do)(?: (?:cong ty|cty|sep|chu|ho|quan ly))? " + keep + "\\b"),
                Cue.nearFixed(
                        PASSPORT_TAKEN,
                        1,
                        passport,
                        "\\b(?:" + NO
                                + "|chua) (?:tra|dua|cho lay|tra lai|dua lai|chiu tra)\\b|\\bdoi (?:lai )?(?:khong|ko|k) (?:duoc|dc|cho)\\b",
                        50));
    }

    /** Beating and its wounds, electric shocks, threats, and punishment by hunger or standing. */
    private static List<Cue> violence() {
        String agent =
                "(?:ho|bon no|tui no|chung no|no|quan ly|ql|bao ve|sep|linh|may thang|ca bon|nguoi ta|bat lai|bat|keo ra|loi ra|dua ra)";
        return List.of(
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\bbi(?: " + agent + ")?(?: [^ .!?]+){0,3}? (?:" + HIT
                                + "|de doa|doa|bo doi den|soc dien|an don)\\b"),
                Cue.fixed(
                        VIOLENCE_OR_THREAT,
                        2,
                        "\\b(?:khong|ko|k|kh|chua|thieu) (?:dat|du|lam|chot|co|kiem|nap|hoan thanh|dong)(?: [^ .!?]+){0,4}? (?:thi |la )?(?:bi|se bi)(?: [^ .!?]+){0,2}? (?:"
                                + HIT + "|nhot|bo doi|chich dien|giat dien)\\b"),
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:chich dien|dui cui dien|gay dien|soc dien|dien giat|roi dien|dui cui|dui dien|giat dien)\\b"),
                Cue.strong(VIOLENCE_OR_THREAT, "\\b(?:danh|dap|tra tan|hanh ha) " + ME + "\\b(?! (?:thuc|gia))"),
                Cue.near(
                        VIOLENCE_OR_THREAT,
                        2,
                        "\\b" + HIT + "\\b",
                        "\\b(?:gay (?:tay|chan|xuong|rang|mui|suon|co)|chay mau|ngat xiu|bat tinh|bam dap|tim tai|tim bam|bam tim|sung vu|thuong tich|be dau|vo dau|u dau|gan chet|thua song thua chet|nhap vien)\\b",
                        30),
                Cue.nearFixed(
                        VIOLENCE_OR_THREAT,
                        2,
                        "\\b(?:doa|de doa|ham doa|ham he|doa nat|ham(?= (?:neu|se|la|ban|giet|danh)))\\b",
                        "\\b(?:giet|ban|danh|chich dien|mo|lay noi tang|lay than|thu tieu|cho chet|bo tu|tra tan|nhot|ban sang|ban qua|chat|cat)\\b",
                        50),
                Cue.weak(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:se|sap) bi (?:giet|ban|danh|dap|chich dien|nhot|ban sang|tra tan)\\b"),
                Cue.fixed(
                        VIOLENCE_OR_THREAT,
                        1,
                        "\\b(?:bi bo doi|bo doi (?:ca|may|\\d|het|mot)|nhin doi|cho nhin doi|cat (?:com|bua|an)|cam (?:an|ngu)|"
                                + "(?:khong|ko|k|kh) cho (?:an|ngu|nghi|uong)|(?:khong|ko|k|kh) (?:duoc|dc) (?:an(?! toan)|ngu|nghi ngoi|uong nuoc)|"
                                + "(?:phat|bat|bi phat|bi bat) (?:dung|quy|chay|hit dat|chong day|ngoi xom)|"
                                + "dung (?:ca dem|suot dem|ca ngay|het dem|phoi nang|ngoai nang|den sang|nhieu tieng)|quy (?:goi|ca dem|suot)|"
                                + "phong toi|phong kin|bi phat)\\b"));
    }

    /** Paying to go home or to be released; ransom; being sold on to another company. */
    private static List<Cue> debt() {
        String mustPay =
                "\\b(?:phai|bat|bat phai|buoc|ep|bi bat|yeu cau)(?: [^ .!?]+)? (?:tra|den|den bu|boi thuong|dong|nop|chuoc|chuyen|"
                        + "gui|tra lai|tra no|hoan|hoan tra|chung|bu|thanh toan|ck|chuyen khoan)\\b|\\btra (?:het|du|xong)\\b";
        String owed =
                "\\b(?:nop phat|dong phat|chiu phat|phat tien|tien chuoc|tien phat|phat hop dong|den hop dong|boi thuong hop dong|vi pham hop dong|mac no|khoan no|tien no|"
                        + "tra no|no cong ty|con no|bi tinh no|gan no|den bu|boi thuong|tien dao tao|phi dao tao)\\b";
        String sell =
                "\\b(?:bi|doa|se|sap|ho|bon no|tui no|chung no|bon chung|cong ty|cty|sep|chu|muon|dinh) (?:ban|ban lai|ban tiep|"
                        + "chuyen nhuong|sang tay)(?: (?:" + ME + "|no|ho|nguoi))?\\b";
        String elsewhere =
                "\\b(?:sang|qua|cho|toi|den|vao)(?: [^ .!?]+){0,3}? (?:khac|moi)\\b|\\b(?:sang|qua) (?:myanmar|mien dien|lao|"
                        + "campuchia|cpc|bien gioi)\\b";
        return List.of(
                Cue.strong(DEBT_OR_RANSOM, "\\btien chuoc\\b|\\bchuoc (?:ve|nguoi|ra)\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:doi|bat|yeu cau|doi chuoc)(?: [^ .!?]+){0,2}? (?:\\d[\\d.,]*\\S*|tien)~(?:moi|thi|de|thi moi) (?:tha|cho ve|duoc ve|dc ve|cho ra)\\b"),
                Cue.near(DEBT_OR_RANSOM, 2, sell, elsewhere),
                Cue.strong(DEBT_OR_RANSOM, "\\b" + ME + " (?:bi ban|da bi ban) (?:sang|qua|cho|lai|roi|di|mat)\\b"),
                Cue.nearFixed(DEBT_OR_RANSOM, 2, mustPay, LEAVE, 50),
                Cue.near(DEBT_OR_RANSOM, 1, owed, LEAVE),
                Cue.weak(
                        DEBT_OR_RANSOM,
                        "\\b(?:den hop dong|den tien|boi thuong|tien phat|den bu|mac no|khoan no|no cong ty|con no|tien no|tra no|nop phat|dong phat)\\b"),
                Cue.near(
                        DEBT_OR_RANSOM,
                        1,
                        "\\b(?:doi|bat|yeu cau|ra gia|tong tien|ep|tinh)(?: [^ .!?]+){0,2}? (?:\\d[\\d.,]*(?: ?(?:usd|do|\\$|trieu|tr|nghin|ngan|k|cu))?|tien chuoc)",
                        "\\b" + THEY + "\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:bat|yeu cau|ep|buoc|doa|tong tien)(?: [^ .!?]+){0,2}? (?:gia dinh|nha|nguoi nha|bo me|ba me|cha me|bo|ba|me|vo|chong|nha minh|nha em|nha toi)(?: [^ .!?]+){0,3}? (?:gui|chuyen|tra|nop|dong|chuoc|chuyen khoan|ck)\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:tra|dong|nop|chuyen) (?:tien|\\d+\\S*)~(?:moi|thi moi) (?:duoc|dc|cho)? ?(?:ve|tha|ra|di)\\b"));
    }

    /** Scamming described by what the person does, quotas, and work without pay. */
    private static List<Cue> scamming() {
        return List.of(
                Cue.fixed(
                        FORCED_SCAMMING,
                        2,
                        "\\bbi (?:ep|bat|buoc) (?:lam|lam viec|di lam)\\b|\\b(?:neu|khong|ko|k) (?:lam|dat)~(?:bi|thi bi) (?:danh|phat|chich dien|giat dien|dien)\\b"),
                Cue.fixed(
                        FORCED_SCAMMING,
                        1,
                        "\\blam (?:viec )?(?:1[2-9]|2[0-4]) (?:tieng|gio)\\b|\\b(?:khong|ko|k) (?:duoc |dc )?(?:tra|co|nhan duoc) luong\\b|\\b(?:bi )?giu luong\\b"),
                Cue.strong(
                        FORCED_SCAMMING,
                        "\\b(?:bi )?(?:ep|bat|buoc|cuong ep)~(?:lua dao|scam|chat lua|lua nguoi|lua khach|di lua)\\b"),
                Cue.fixed(
                        FORCED_SCAMMING,
                        1,
                        "\\b(?:chi tieu|kpi|target|doanh so|doanh thu|dinh muc)\\b|\\b\\d+ (?:khach|don|nguoi)(?: [^ .!?]+)? (?:nap|dau tu|chot|moi)\\b"),
                Cue.weak(
                        FORCED_SCAMMING,
                        "\\bgia (?:lam|danh|dang|vo)\\b|\\b(?:dong vai|mao danh|mao nhan)\\b"
                                + "|\\b(?:tai khoan|tk|nick|nic|acc|facebook|fb|zalo|profile|trang|anh|hinh)(?: [^ .!?]+)? (?:ao|gia|clone|fake)\\b"
                                + "|\\b(?:du|lua|du do|ru|ru re|thuyet phuc|dan du|keo)(?: [^ .!?]+){0,2}? (?:nap|nap tien|dau tu|chuyen tien|dat coc|bo tien|mua coin|mua tien ao)\\b"
                                + "|\\b(?:lam|chay|di) (?:lua dao|scam)\\b|\\b(?:lua tinh|lua dao qua mang|lua dao online|tien ao|dau tu ao|san ao|app ao|web ao|chat scam|keo khach)\\b|\\b(?:khach|nguoi) nap tien\\b"));
    }

    /** "Cannot talk now": a phone checked or taken, a watcher near, "don't call", "delete this". */
    private static List<Cue> watched() {
        String phone = "\\b(?:dien thoai|dt|dth|dtdd|phone|sim|tin nhan|zalo|messenger)\\b";
        String checked = "\\b(?:bi (?:thu|tich thu|lay|kiem tra|check|soi|giu|doc|xem|khoa)|" + THEY
                + " (?:thu|tich thu|lay|kiem tra|check|soi|giu|doc|xem|khoa)|thu het"
                + "|chi (?:duoc|dc) (?:dung|cam)|(?:duoc|dc) (?:dung|cam) (?:co )?(?:\\d+|mot) (?:tieng|gio|phut))\\b";
        return List.of(
                Cue.near(CANNOT_TALK, 2, phone, checked),
                // phones handed in while at work are a factory's rule too: alone, a hint
                Cue.near(CANNOT_TALK, 1, phone, "\\b(?:phai nop|bat nop|nop lai)\\b"),
                Cue.strong(
                        CANNOT_TALK,
                        "\\bxoa (?:tin nhan|tn|cuoc tro chuyen|di|het|lich su|doan chat|chat)\\b|\\bdoc xong (?:thi )?xoa\\b"),
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "\\bdung (?:co )?(?:goi|nhan|nt|rep|reply|tra loi|goi lai|nhan lai|goi dien|call|video|vc|facetime|nhan tin|lien lac|ib|inbox)\\b(?! cuoc)"
                                + "|\\b" + NO
                                + " (?:the |tien |duoc |dc )?(?:noi|nhan tin|nhan|nt|nc|goi|nghe may|noi chuyen|tam su) (?:nhieu|lau|bay gio|luc nay|gio|duoc|dc|tien)\\b"
                                + "|\\b(?:toi(?: nay)?|dem(?: nay)?|khuya|mai|lat(?: nua)?|ti nua|ty nua|chut nua|xiu nua|luc khac) (?:em|minh|con|e|mk|chau|tui|anh|chi) (?:nhan|nt|goi|ib|inbox|lien lac|nhan lai|goi lai|rep|tra loi|noi|ke)\\b"
                                + "|\\b(?:lat|ti|ty|xiu|chut) nua (?:nhan|nt|goi|noi|ke)\\b|\\b(?:nhan|nt|goi lai|noi chuyen) sau\\b"),
                Cue.weak(CANNOT_TALK, "\\b(?:dang )?bi (?:soi|theo doi|giam sat|canh chung|nghe len)\\b"),
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "\\b(?:len lut|giau dien thoai|giau dt|nhan len|goi len|nhan trom|goi trom|dung trom|nup|noi nho|nhan nho|thi tham)\\b"
                                + "|\\btron (?:vao|trong) (?:wc|toilet|nha ve sinh)\\b"),
                Cue.near(
                        CANNOT_TALK,
                        1,
                        "\\b(?:quan ly|ql|sep|xep|giam sat|bao ve|truong nhom|to truong|leader|boss|ong chu|bon no|tui no|chung no|linh canh|nguoi canh|giam thi)\\b",
                        "\\b(?:di kiem tra|kiem tra|di tuan|tuan tra|di vong|di qua|di lai|dang o day|o gan|o canh|ben canh|dang dung|dang nhin|nhin|theo doi|soi|check|canh|dang den|toi roi|sau lung|ngoi sau|dung sau|gan day|o day)\\b"),
                Cue.weak(
                        CANNOT_TALK,
                        "\\bco nguoi (?:dang )?(?:nhin|theo doi|soi|canh|o gan|ben canh|dung sau|ngoi sau)\\b"));
    }

    private static List<Cue> pleas() {
        return List.of(
                Cue.strong(
                        PLEA_FOR_HELP,
                        "\\bcau cuu\\b|\\b(?:giup|cuu) (?:voi|em voi|toi voi|chung toi|bon em|tui voi)\\b"),
                Cue.strong(
                        PLEA_FOR_HELP,
                        "\\bcuu(?: [^ .!?]+){0,2} (?:toi|em|chung toi|bon em|minh|tui|voi|con|chung em|giup)\\b|\\bsos\\b|\\bgiup (?:toi|em|chung toi|bon em|minh) voi\\s*(?:[.!]|$)"),
                Cue.strong(PLEA_FOR_HELP, "\\b(?:giup|cuu)(?: " + ME + ")? (?:ve nuoc|thoat|ra khoi day|ve nha)\\b"),
                Cue.weak(PLEA_FOR_HELP, "\\b(?:cuu|cuu voi|giup voi)\\b"));
    }

    /** A relative abroad who is held, hurt or unreachable, told by the family. */
    private static List<Cue> relatives() {
        return List.of(
                Cue.strong(
                        RELATIVE_ABROAD,
                        "\\b" + KIN + "~(?:goi|nhan tin|goi dien|gui tin|nhan)~(?:khoc|cau cuu|cuu|xin giup)\\b"),
                Cue.strong(RELATIVE_ABROAD, "\\b(?:cuu|giup|giai cuu|dua ve)~" + KIN + "\\b|\\bcuu nguoi than\\b"),
                Cue.strong(
                        RELATIVE_ABROAD,
                        "\\b" + KIN + "\\b" + GAP
                                + "\\b(?:bi|dang bi|da bi) (?:giam(?! luong)|giu|nhot|lua sang|lua qua|danh(?! gia)|bat|ep|khoa|tra tan|chich dien|ban sang|ban qua)\\b"),
                Cue.near(RELATIVE_ABROAD, 1, "\\b" + KIN + "\\b", ABROAD),
                Cue.fixed(
                        RELATIVE_ABROAD,
                        1,
                        "\\b(?:mat lien lac|bat lien lac|bat tin|thue bao|tat may|(?:khong|ko|k) nghe may|(?:khong|ko|k) lien lac (?:duoc|dc)"
                                + "|(?:goi|lien lac|nhan tin)(?: [^ .!?]+){0,2} (?:khong|ko|k|kh) (?:duoc|dc|the))\\b"),
                // the covert plea: "don't believe me if I say I'm fine"
                Cue.fixed(
                        PLEA_FOR_HELP,
                        2,
                        "\\b(?:dung|dung co|khong duoc) tin~(?:on|ok|oke|khoe|binh thuong|khong sao|van on|an toan)\\b"),
                // a relative quoting the last thing they heard: since then, nothing
                Cue.fixed(
                        RELATIVE_ABROAD,
                        1,
                        "\\b(?:tin nhan|cuoc goi|loi nhan|tin) cuoi(?: cung)?(?: cua)? (?:no|em|chau|con|anh|chi|ba|me|vo|chong|be)\\b"
                                + "|\\blan cuoi (?:no|em|chau|con|anh|chi|vo|chong) (?:goi|nhan|lien lac)\\b"));
    }

    private static Pattern hypothetical() {
        return LanguageCues.words(
                "lieu|co phai|co that|co an toan|an toan khong|gia su|co sao khong|lam sao de giup|giup (?:nhung|cac) nguoi|"
                        + "phai khong|dung khong|co bi [a-z ]{1,20} khong|(?:khong|ko|chua|k) ?\\?|"
                        + "co [a-z ]{1,30} (?:khong|ko|k|chua)(?: a| ha| vay| nhi| ban| anh| chi)? ?\\?|"
                        + "(?:binh thuong|on|uy tin|an toan|hop phap|lua dao|scam|dang tin|ok)(?: [a-z]{1,10})? (?:khong|ko|k|hong|hok|ha)(?: a| vay| nhi)?\\s*(?:\\?|$)|"
                        + "vay co (?:on|sao)|co nen|(?:se|sap) (?:giu|thu|lay|cam|tam giu) (?:ho chieu|passport|hc)|"
                        + "(?:ho chieu|passport|hc)(?: [a-z]+){0,2} se (?:bi )?(?:giu|thu|lay|cam)|truoc khi (?:di|sang|bay|xuat canh)|"
                        + "chuan bi (?:di|sang|bay|xuat canh)|dinh (?:di|sang|qua)|sap (?:di|sang|bay|qua)|"
                        + "neu (?:em|toi|minh|chau|con) (?:di|nhan|sang|ky|dong y)|"
                        + "da (?:an toan|thoat (?:duoc|ra)|ve (?:nuoc|nha|vn|viet nam) (?:an toan|roi))|"
                        + "gio (?:da )?an toan|da duoc giai cuu|(?:nhung|ma)(?: [a-z]+){0,3} (?:tra lai|da tra|tra roi|tra ve)|da tra (?:lai|roi)|"
                        + "(?:duoc moi|duoc gioi thieu|co nguoi moi|moi gioi noi)(?![^.!?\\n]{0,120}(?:nhung|hoa ra|ai ngo|gio thi|bay gio))");
    }

    private static Pattern reporting() {
        return LanguageCues.words(
                "bao (?:chi|dua tin|dang|viet|tuoi tre|thanh nien|vnexpress)|dua tin|tin tuc|theo (?:thong tin|bao|nguon tin)|"
                        + "ban tin|phong vien|thong tin tu|theo (?:cong an|bo ngoai giao|dai su quan|cuc lanh su|chinh quyen)|"
                        + "(?:cong an|bo ngoai giao|dai su quan|cuc lanh su|chinh quyen|co quan chuc nang|luc luong chuc nang|bo cong an|bien phong)"
                        + " (?:cho biet|thong bao|xac nhan|cho hay)|cho hay|trao tra|hoi huong|giai cuu thanh cong|vua giai cuu|"
                        + "khoi to|trieu tap|co quan dieu tra");
    }
}
