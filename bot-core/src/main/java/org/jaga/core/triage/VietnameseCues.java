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
import org.jaga.knowledge.language.Language;

/**
 * Vietnamese, matched after diacritics are folded away, because people on a watched phone often
 * type without them ("bi nhot", "ko dc ra ngoai", "cuu em voi").
 */
final class VietnameseCues {
    private static final String NO = "(?:khong|ko|k|kg|khg|hong|ch|chang|cha)";
    private static final String ME = "(?:toi|em|minh|tui|tao|chung toi|chung em|bon em|bon toi|bon minh|tui em|con)";
    private static final String KIN =
            "(?:(?:con|con trai|con gai|em trai|em gai|anh trai|chi gai|anh|chi|chong|vo|bo|me|chau|ban)"
                    + " (?:cua )?(?:toi|minh|tui|chung toi|nha toi|em|nha minh)|nguoi (?:than|nha)(?: (?:cua )?(?:toi|minh|tui|em))?)";

    private VietnameseCues() {}

    static LanguageCues cues() {
        return new LanguageCues(
                Language.VIETNAMESE,
                List.of(
                        Cue.fixed(
                                NOT_AS_PROMISED,
                                2,
                                "\\b(?:khong|ko|k|hong) (?:biet|bit) (?:minh |em |toi |bon em |chung toi )?(?:dang )?(?:o|o cho) (?:dau|cho nao)\\b"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "\\b(?:bi )?(?:ban|chuyen|chuyen nhuong|ban lai|ban qua) (?:sang|qua|cho) (?:cong ty|cty|nhom|khu|ong chu|cho|bang) (?:khac|moi)\\b|\\b(?:doi|bat) (?:gia dinh |nha )?(?:tra|dong|nop|chuoc)? ?(?:\\d+|tien)~(?:moi|thi|de) (?:tha|cho ve|duoc ve|dc ve)\\b"),
                        Cue.fixed(
                                FORCED_SCAMMING,
                                2,
                                "\\bbi (?:ep|bat|buoc) (?:lam|lam viec|di lam)\\b|\\b(?:neu|khong|ko) (?:lam|dat)~(?:bi|thi bi) (?:danh|phat|chich dien|giat dien|dien)\\b"),
                        Cue.fixed(
                                FORCED_SCAMMING,
                                1,
                                "\\blam (?:viec )?(?:1[2-9]|2[0-4]) (?:tieng|gio)\\b|\\bkhong (?:duoc )?tra luong\\b"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "\\bcau cuu\\b|\\b(?:giup|cuu) (?:voi|em voi|toi voi|chung toi|bon em|tui voi)\\b"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                "\\b(?:(?:con|con trai|con gai|em trai|em gai|anh trai|chi gai|anh|chi|chong|vo|bo|me|chau|ban)(?: cua)? (?:toi|minh|tui|chung toi|nha toi|em|nha minh|nha em)|nguoi (?:than|nha)(?: (?:cua )?(?:toi|minh|tui|em))?)~(?:goi|nhan tin|goi dien|gui tin)~(?:khoc|cau cuu|cuu|xin giup)\\b"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                "\\b(?:cuu|giup|giai cuu|dua ve)~(?:(?:con|con trai|con gai|em trai|em gai|anh trai|chi gai|anh|chi|chong|vo|bo|me|chau|ban)(?: cua)? (?:toi|minh|tui|chung toi|nha toi|em|nha minh|nha em)|nguoi (?:than|nha)(?: (?:cua )?(?:toi|minh|tui|em))?)\\b|\\bcuu nguoi than\\b"),
                        Cue.weak(
                                RELATIVE_ABROAD,
                                "\\b(?:(?:con|con trai|con gai|em trai|em gai|anh trai|chi gai|anh|chi|chong|vo|bo|me|chau|ban)(?: cua)? (?:toi|minh|tui|chung toi|nha toi|em|nha minh|nha em)|nguoi (?:than|nha)(?: (?:cua )?(?:toi|minh|tui|em))?)~(?:o|ben) (?:campuchia|myanmar|lao|cam)\\b"),
                        Cue.fixed(
                                CONFINEMENT,
                                2,
                                "\\b" + NO + " (?:duoc|dc|the|cho)(?: " + ME
                                        + ")? (?:ra ngoai|ra khoi|roi khoi|bo tron|tron|thoat|ra)\\b"),
                        Cue.fixed(
                                CONFINEMENT,
                                1,
                                "\\b" + NO + " (?:duoc|dc|the|cho)(?: " + ME + ")? (?:ve|ve nha|ve nuoc|di)\\b"),
                        Cue.strong(
                                CONFINEMENT,
                                "\\b(?:bi|dang bi|bi bat) (?:nhot|giam|giu|khoa cua|canh|bat coc|bat giu|cam tu|quan ly chat)\\b"),
                        Cue.strong(
                                CONFINEMENT,
                                "\\b(?:bao ve|nguoi|linh) (?:co sung|canh gac|canh cong|canh 24)|\\bcanh gac\\b"),
                        Cue.weak(
                                CONFINEMENT,
                                "\\b(?:mac ket|ket lai|bo tron|tron thoat|cua sat|co sung|khong biet (?:dang )?o dau)\\b"),
                        Cue.strong(
                                PASSPORT_TAKEN,
                                "\\b(?:lay|giu|thu|tich thu|cam|tam giu|giu lai|lay mat)(?: mat| het| luon| di)? (?:ho chieu|passport|pasport|giay to|hc)\\b"),
                        Cue.strong(
                                PASSPORT_TAKEN,
                                "\\b(?:ho chieu|passport|giay to)(?: cua)?(?: " + ME
                                        + ")?~(?:bi )?(?:lay|giu|thu|tich thu|cong ty giu|chu giu)\\b"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "\\bbi (?:danh|dap|chich dien|dien giat|giat dien|tra tan|de doa|doa|hanh ha|dam|chem|hiep|cuong hiep|bo doi|tat|dui cui|soc dien)\\b"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "\\b(?:chich dien|dui cui dien|gay dien|soc dien|dien giat|roi dien|dui cui|dui dien)\\b|\\bdoa (?:giet|ban|danh|mo|lay noi tang|lay than)\\b"),
                        Cue.strong(VIOLENCE_OR_THREAT, "\\b(?:danh|dap|tra tan|hanh ha) " + ME + "\\b"),
                        Cue.weak(VIOLENCE_OR_THREAT, "\\bbi phat\\b|\\b(?:se|sap) bi (?:giet|ban|danh)\\b"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "\\btien chuoc\\b|\\bchuoc (?:ve|nguoi|ra)\\b|\\b(?:bi )?ban (?:sang|qua|cho) (?:cong ty|cty|nhom|ong chu|cho) khac\\b"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "\\b(?:tra|dong|nop|chuyen) (?:tien|\\d+\\S*)~(?:moi|thi|de) (?:duoc|dc)? ?(?:ve|tha|ra|di)\\b|\\b"
                                        + ME + " (?:bi )?ban\\b(?! hang)"),
                        Cue.weak(DEBT_OR_RANSOM, "\\b(?:den hop dong|den tien|boi thuong|tien phat|den bu)\\b"),
                        Cue.strong(
                                FORCED_SCAMMING,
                                "\\b(?:bi )?(?:ep|bat|buoc|cuong ep)~(?:lua dao|lua|scam|chat lua|lua nguoi)\\b"),
                        Cue.strong(FORCED_SCAMMING, "\\b" + NO + " (?:dat|du) (?:chi tieu|kpi|target|doanh so)\\b"),
                        Cue.weak(FORCED_SCAMMING, "\\b(?:lam lua dao|lam scam|chi tieu|kpi|doanh so)\\b"),
                        Cue.strong(NOT_AS_PROMISED, "\\bbi (?:lua|gat|lua dao|lua sang|dua sang|buon ban|ban sang)\\b"),
                        Cue.weak(
                                NOT_AS_PROMISED,
                                "\\b(?:dua|cho|dan)(?: " + ME
                                        + ")? (?:sang|qua) (?:campuchia|cam|myanmar|mien dien|lao)\\b|\\b" + NO
                                        + " (?:dung|giong) (?:nhu )?(?:hua|quang cao|da noi)\\b"),
                        Cue.strong(
                                CANNOT_TALK,
                                "\\b(?:kiem tra|check|xem|thu|lay|doc) (?:dien thoai|dt|tin nhan)\\b|\\bxoa (?:tin nhan|tn|cuoc tro chuyen|di|het)\\b"),
                        Cue.fixed(
                                CANNOT_TALK,
                                1,
                                "\\b" + NO
                                        + " (?:the|tien|duoc|dc) (?:noi|nhan tin|goi|nt) (?:nhieu|lau|bay gio|luc nay)|\\b(?:len lut|giau dien thoai)\\b"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "\\bcuu(?: [^ .!?]+){0,2} (?:toi|em|chung toi|bon em|minh|tui|voi|con|chung em|giup)\\b|\\bsos\\b|\\bgiup (?:toi|em|chung toi|bon em|minh) voi\\s*(?:[.!]|$)"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "\\b(?:giup|cuu)(?: " + ME + ")? (?:ve nuoc|thoat|ra khoi day|ve nha)\\b"),
                        Cue.weak(PLEA_FOR_HELP, "\\b(?:cuu|cuu voi|giup voi)\\b"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                "\\b" + KIN + "~(?:bi|dang bi) (?:giam|giu|nhot|lua|ban|danh|bat|ep)\\b"),
                        Cue.weak(
                                RELATIVE_ABROAD,
                                "\\bmat lien lac\\b|\\b" + KIN + "~(?:sang|qua) (?:campuchia|myanmar|lao|thai)\\b")),
                LanguageCues.words("khong|ko|k|kg|chua|chang|hong|dau co"),
                LanguageCues.words(
                        "lieu|co phai|co that|co an toan|an toan khong|gia su|co sao khong|lam sao de giup|giup (?:nhung|cac) nguoi|phai khong|dung khong|co bi [a-z ]{1,20} khong|"
                                + "(?:khong|ko|chua|k) ?\\?|co [a-z ]{1,30} (?:khong|ko|k|chua)(?: a| ha| vay| nhi| ban| anh| chi)? ?\\?"),
                LanguageCues.words("neu|se|lo"),
                LanguageCues.words(
                        "bao (?:chi|dua tin|dang|viet|tuoi tre|thanh nien|vnexpress)|dua tin|tin tuc|theo (?:thong tin|bao|nguon tin)|ban tin|phong vien"));
    }
}
