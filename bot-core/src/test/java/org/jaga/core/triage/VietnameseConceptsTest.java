package org.jaga.core.triage;

import java.util.stream.Stream;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The concepts of distress in Vietnamese, each said four ways in words the cues were not written
 * from, with and without diacritics and in teen code ("e", "dt", "ko", "nt") — and the news,
 * jobseekers' questions, jokes, ordinary complaints about targets, safe people's pasts and words
 * that fold alike ("bạn em"/"bán em", "giảm lương") that must stay quiet.
 */
class VietnameseConceptsTest {

    static Stream<Arguments> distress() {
        return Stream.of(
                Arguments.of(
                        Language.VIETNAMESE,
                        "not where promised, a guarded place",
                        "me oi noi nay khong phai khach san nhu cong ty gioi thieu, xung quanh toan rao thep gai, co linh cam sung"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "not where promised, a guarded place",
                        "Bọn em bị chở qua sông lúc nửa đêm, giờ đang ở bên Myanmar chứ không phải Thái"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "not where promised, a guarded place",
                        "me oi day khong phai cong ty nhu nguoi ta hua, xung quanh rao dien, bao ve cam sung canh cong"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "not where promised, a guarded place",
                        "tui em bi dua qua song bang thuyen luc nua dem, gio o ben Myanmar roi"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "not where promised, a guarded place",
                        "me oi day khong phai nha may nhu ho noi, khu nay co tuong cao rao kem gai, linh vac sung gac cong"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "not where promised, a guarded place",
                        "bon em bi dua len xe chay xuyen dem roi cho qua song sang Campuchia"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "paying to go home",
                        "cong ty bat em phai boi thuong hop dong 3000 do moi cho nghi viec"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "paying to go home",
                        "Họ nói em nợ công ty 5000 đô tiền vé máy bay, trả hết mới được về"),
                Arguments.of(
                        Language.VIETNAMESE, "paying to go home", "sep noi muon nghi thi phai den hop dong 3 nghin do"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "paying to go home",
                        "ho bat em tra het tien ve may bay va an o moi cho ve nuoc"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "paying to go home",
                        "quan ly bao neu muon nghi viec thi phai boi thuong 2500 do"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "paying to go home",
                        "cong ty bat gia dinh em chuyen 120 trieu thi moi tha em ve"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "watched, cannot talk",
                        "anh dung goi nha, thang quan ly dang ngoi ngay canh em"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "watched, cannot talk",
                        "e nhan len thoi, dt bi thu het roi, dung nhan lai so nay"),
                Arguments.of(
                        Language.VIETNAMESE, "watched, cannot talk", "dang bi soi khong nhan duoc lau, toi em nt lai"),
                Arguments.of(
                        Language.VIETNAMESE, "watched, cannot talk", "dien thoai bi thu het, e muon may ban nhan len"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "watched, cannot talk",
                        "e ko nghe may dc, quan ly dang di kiem tra tung ban. toi e goi"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "watched, cannot talk",
                        "dien thoai bon em bi thu moi toi, dung nhan tin cho e nua"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "scamming under coercion",
                        "ngay nao cung phai dung nick ao lam quen dan ong nuoc ngoai roi du ho dau tu, ai khong du doanh so thi bi phat dung ca dem"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "scamming under coercion",
                        "KPI moi tuan 3 khach nap tien, thieu la bi cat com"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "scamming under coercion",
                        "phai tao nick ao gia lam gai xinh du dan ong nap tien, khong dat chi tieu la bi bo doi"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "scamming under coercion",
                        "moi ngay chi tieu 5 don, thieu thi bi phat quy ca dem"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "scamming under coercion",
                        "tui em phai lap tai khoan gia gai xinh, ru khach dau tu tien ao. thang nao khong dat chi tieu la bi tru het luong va bo doi"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "scamming under coercion",
                        "chi tieu 4 khach 1 tuan, thieu thi bi bat quy ca dem"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "a relative held abroad",
                        "Chị ơi, chồng em qua Campuchia làm từ tháng 5, giờ nó nhắn là bị công ty nhốt, không cho về. Em phải báo ai?"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "a relative held abroad",
                        "em trai toi o Myanmar, cong ty doi 8000 usd moi tha"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "a relative held abroad",
                        "Anh ơi, con trai tôi đi làm bên Campuchia, giờ nó nói công ty không cho về, còn dọa đánh"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "a relative held abroad",
                        "em gai toi bi giu o Myawaddy, cong ty doi gia dinh chuyen 200 trieu moi tha. Toi phai lam sao?"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "a relative held abroad",
                        "Chi oi, em trai em o Myawaddy nhan tin noi bi cong ty nhot, khong cho ve. Gia dinh em nen bao ai?"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "a relative held abroad",
                        "chong toi di lam ben Campuchia, cong ty giu ho chieu va doi 10.000 usd moi tha"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "passport kept",
                        "hộ chiếu của tụi em công ty cầm hết từ lúc mới qua, xin lại thì họ bảo chưa được"),
                Arguments.of(
                        Language.VIETNAMESE, "passport kept", "passport e van do ben nhan su giu, hoi may lan ko tra"),
                Arguments.of(
                        Language.VIETNAMESE, "passport kept", "cong ty giu ho chieu cua tat ca nhan vien tu ngay dau"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "passport kept",
                        "ho chieu cua em bi quan ly cat giu, xin lai thi ho khong tra"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "passport kept",
                        "ho chieu cua em cong ty giu tu ngay dau, xin lai ho khong tra"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "passport kept",
                        "nhan su thu ho chieu cua ca nhom noi de lam visa, 3 thang roi chua tra"),
                Arguments.of(
                        Language.VIETNAMESE, "colloquial violence", "hom qua no bi ca bon xong vao dap cho bam dap"),
                Arguments.of(Language.VIETNAMESE, "colloquial violence", "tui em bi dui cui dien vi tron"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "colloquial violence",
                        "hom qua thang ban cung phong bi danh bam dap vi tron"),
                Arguments.of(
                        Language.VIETNAMESE, "colloquial violence", "bon bao ve dung dui cui dien chich vao nguoi em"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "colloquial violence",
                        "hom qua thang ban em bi bon no danh gay tay vi tron"),
                Arguments.of(Language.VIETNAMESE, "colloquial violence", "tui em bi chich dien vi khong dat doanh so"),
                Arguments.of(Language.VIETNAMESE, "sold on", "sep doa neu con cai lai se ban tui em qua ben Myanmar"),
                Arguments.of(Language.VIETNAMESE, "sold on", "nghe noi bon em sap bi chuyen nhuong cho cong ty khac"),
                Arguments.of(Language.VIETNAMESE, "sold on", "quan ly doa se ban em sang khu khac neu con chong doi"),
                Arguments.of(Language.VIETNAMESE, "sold on", "nghe noi ca phong sap bi ban sang cong ty khac"),
                Arguments.of(Language.VIETNAMESE, "sold on", "bon no noi neu bao cong an se ban em qua khu khac"),
                Arguments.of(Language.VIETNAMESE, "sold on", "nghe noi tuan sau ca phong bi ban lai cho cong ty khac"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "several at once",
                        "o day xung quanh tuong cao co dien, bao ve co sung, khong phai cong ty nhu quang cao"),
                Arguments.of(Language.VIETNAMESE, "several at once", "muon ve thi bat tra 3000 do tien ve may bay"),
                Arguments.of(Language.VIETNAMESE, "several at once", "sep dang di kiem tra, em khong noi chuyen duoc"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "several at once",
                        "con toi o Campuchia noi cong ty thu ho chieu va khong cho ve"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "several at once",
                        "khong dat chi tieu la bi phat dung ca dem, khong cho an"),
                Arguments.of(Language.VIETNAMESE, "several at once", "ho doa se giet neu em tron"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "several at once",
                        "em bi lua sang Campuchia, noi lam o Thai ma gio o day"),
                Arguments.of(Language.VIETNAMESE, "several at once", "cong ty dinh ban tui em sang cong ty khac"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "several at once",
                        "Con không ở Thái đâu mẹ, tụi nó chở con qua biên giới, giờ ở trong khu có tường rào cao, bảo vệ có súng"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "several at once",
                        "muốn nghỉ thì phải đền hợp đồng 4000 đô, con không có tiền"),
                Arguments.of(Language.VIETNAMESE, "several at once", "đang bị theo dõi, không nói được, tối con nhắn"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "several at once",
                        "phải giả làm gái nhắn tin lừa tiền, không đủ chỉ tiêu là bị bỏ đói"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "several at once",
                        "Anh ơi, em trai tôi ở Campuchia bị công ty giữ hộ chiếu, không cho về, còn bị đánh"),
                Arguments.of(Language.VIETNAMESE, "several at once", "hộ chiếu tụi em bị công ty thu hết từ lúc qua"),
                Arguments.of(Language.VIETNAMESE, "several at once", "hôm qua có đứa bị đánh bầm dập vì trốn"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "several at once",
                        "bọn nó dọa bán tụi em qua công ty khác nếu không nghe lời"));
    }

    static Stream<Arguments> notDistress() {
        return Stream.of(
                Arguments.of(
                        Language.VIETNAMESE,
                        "Theo Bộ Ngoại giao, 42 công dân bị lừa sang Campuchia đã được trao trả qua cửa khẩu Mộc Bài"),
                Arguments.of(Language.VIETNAMESE, "cong ty noi qua do se giu ho chieu giup em, vay co on khong a?"),
                Arguments.of(Language.VIETNAMESE, "sep bat lam OT toi chet mat haha"),
                Arguments.of(Language.VIETNAMESE, "thang nay khong dat KPI, chac bi sep mang"),
                Arguments.of(Language.VIETNAMESE, "hoi truoc em tung bi nhot o Campuchia, gio da ve nuoc an toan roi"),
                Arguments.of(Language.VIETNAMESE, "em bi cong ty giam luong thang nay"),
                Arguments.of(Language.VIETNAMESE, "ban em sang cong ty khac lam roi"),
                Arguments.of(Language.VIETNAMESE, "em ban qua, toi goi lai sau nhe"),
                Arguments.of(Language.VIETNAMESE, "mai em di lay ho chieu o phong xuat nhap canh"),
                Arguments.of(Language.VIETNAMESE, "nho giu ho chieu can than khi di du lich nhe"),
                Arguments.of(
                        Language.VIETNAMESE, "Bao VnExpress dua tin 50 lao dong duoc giai cuu khoi casino o Campuchia"),
                Arguments.of(
                        Language.VIETNAMESE, "cong ty bao se giu ho chieu khi sang Lao, vay co binh thuong khong?"),
                Arguments.of(Language.VIETNAMESE, "neu nghi viec truoc han thi co phai den hop dong khong a?"),
                Arguments.of(Language.VIETNAMESE, "sep hanh em muon chet luon haha"),
                Arguments.of(Language.VIETNAMESE, "thang nay khong dat doanh so, chac bi tru thuong"),
                Arguments.of(Language.VIETNAMESE, "hoi do em bi nhot o Campuchia, gio da ve nha an toan roi"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "tuyen nhan vien sale lam tai Bavet, luong 1000 usd, bao an o, lien he Telegram"),
                Arguments.of(Language.VIETNAMESE, "ket xe qua, mac ket o cau Sai Gon 2 tieng"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "Theo bao Thanh Nien, 40 nguoi Viet da duoc giai cuu khoi mot khu o Campuchia"),
                Arguments.of(Language.VIETNAMESE, "cong ty noi se giu ho chieu khi sang Lao, co binh thuong khong?"),
                Arguments.of(Language.VIETNAMESE, "thang nay khong dat KPI, chac bi tru thuong"),
                Arguments.of(Language.VIETNAMESE, "dien thoai em bi me thu vi choi game"),
                Arguments.of(Language.VIETNAMESE, "ban em chuyen sang cong ty khac roi"),
                Arguments.of(Language.VIETNAMESE, "sep hanh em muon chet haha"),
                Arguments.of(Language.VIETNAMESE, "bao tuoi tre dua tin 30 nguoi bi giam o Campuchia da duoc dua ve"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "Em dinh sang Campuchia lam sale, nghe noi cong ty giu ho chieu, co sao khong a?"),
                Arguments.of(Language.VIETNAMESE, "dien thoai bi me thu vi choi game nhieu qua"),
                Arguments.of(Language.VIETNAMESE, "ben moi gioi noi sang Lao cong ty se giu ho chieu, co on khong a?"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "Theo cong an tinh, 20 nguoi da duoc giai cuu va tiep nhan ve nuoc an toan"),
                Arguments.of(Language.VIETNAMESE, "sep chui vi khong dat doanh so thang nay, met ghe"),
                Arguments.of(Language.VIETNAMESE, "ket xe qua troi, bi mac ket tren cau 1 tieng"),
                Arguments.of(Language.VIETNAMESE, "em ban lam, toi goi lai cho"),
                Arguments.of(Language.VIETNAMESE, "nam ngoai em bi lua sang Campuchia, gio da ve nha an toan"),
                Arguments.of(
                        Language.VIETNAMESE, "tuan sau em bay sang Campuchia du lich, can chuan bi ho chieu gi khong?"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "Em duoc moi sang Campuchia lam CSKH luong 1000 do, ho noi se giu ho chieu, co sao khong anh chi?"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "Theo VnExpress, cong an vua triet pha duong day dua nguoi sang Campuchia"),
                Arguments.of(Language.VIETNAMESE, "thang nay khong dat doanh so, bi sep nhac nho"),
                Arguments.of(Language.VIETNAMESE, "dien thoai em bi co giao thu vi dung trong lop"),
                Arguments.of(
                        Language.VIETNAMESE,
                        "em lam o Dai Loan 3 nam, cong ty giu ho chieu nhung ve nuoc thi tra lai, binh thuong"),
                Arguments.of(Language.VIETNAMESE, "da bong bi da vao chan, sung het ca len"),
                Arguments.of(Language.VIETNAMESE, "muon ve que an Tet ma ve may bay dat qua"),
                Arguments.of(Language.VIETNAMESE, "ban em bi lua mua hang online mat 2 trieu"),
                Arguments.of(Language.VIETNAMESE, "dung goi nha, em dang hop, toi em goi lai"),
                Arguments.of(Language.VIETNAMESE, "bi ket trong thang may 15 phut, so qua"),
                Arguments.of(Language.VIETNAMESE, "nghe nói sang Lào công ty sẽ giữ hộ chiếu, có bình thường không ạ?"),
                Arguments.of(Language.VIETNAMESE, "Theo báo Tuổi Trẻ, 30 lao động đã được giải cứu và đưa về nước"),
                Arguments.of(Language.VIETNAMESE, "deadline dí quá, sếp hành muốn chết haha"),
                Arguments.of(Language.VIETNAMESE, "tháng này không đạt doanh số, bị sếp nhắc"),
                Arguments.of(Language.VIETNAMESE, "hồi đó em bị nhốt ở Campuchia, giờ đã về nhà an toàn rồi"),
                Arguments.of(Language.VIETNAMESE, "kẹt xe quá, mắc kẹt trên cầu cả tiếng"),
                Arguments.of(Language.VIETNAMESE, "bạn em chuyển sang công ty khác rồi"),
                Arguments.of(Language.VIETNAMESE, "điện thoại em bị mẹ thu vì chơi game"));
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @MethodSource("distress")
    void recognisesEachConceptHoweverItIsPhrased(Language language, String concept, String text) {
        Triaged.assertDistress(language, text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notDistress")
    void leavesNewsQuestionsJokesWorkComplaintsAndTheSafeAlone(Language language, String text) {
        Triaged.assertNotDistress(language, text);
    }
}
