package org.jaga.knowledge.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.Test;

class IdentifierExtractorTest {

    private final IdentifierExtractor extractor = new IdentifierExtractor();

    private List<Identifier> extract(String text, Language language) {
        List<Identifier> found = extractor.extract(text, Optional.ofNullable(language));
        found.forEach(id -> assertThat(text.substring(id.start(), id.end())).isEqualTo(id.value()));
        return found;
    }

    private static List<String> normalized(List<Identifier> ids, IdentifierKind kind) {
        return ids.stream()
                .filter(i -> i.kind() == kind)
                .map(Identifier::normalized)
                .toList();
    }

    @Test
    void readsThaiMobileWrittenWithDashesInThaiText() {
        List<Identifier> ids = extract("รับสมัครพนักงาน เงินเดือน 50,000 บาท โทร 081-234-5678 ด่วน", Language.THAI);
        assertThat(normalized(ids, IdentifierKind.PHONE)).containsExactly("+66812345678");
    }

    @Test
    void readsThaiDigits() {
        String text = "ติดต่อ ๐๘๑ ๒๓๔ ๕๖๗๘";
        List<Identifier> ids = extract(text, null);
        assertThat(normalized(ids, IdentifierKind.PHONE)).containsExactly("+66812345678");
        assertThat(ids.get(0).value()).isEqualTo("๐๘๑ ๒๓๔ ๕๖๗๘");
    }

    @Test
    void readsIndonesianNumberWithDotsAndWhatsappLabel() {
        List<Identifier> ids =
                extract("Lowongan kerja di Kamboja, gaji 1500 USD. Hubungi WA: 0812.3456.7890", Language.INDONESIAN);
        assertThat(normalized(ids, IdentifierKind.PHONE)).containsExactly("+6281234567890");
        assertThat(normalized(ids, IdentifierKind.WHATSAPP)).containsExactly("+6281234567890");
    }

    @Test
    void readsVietnameseNumberAndZaloLabel() {
        List<Identifier> ids = extract("Tuyển nhân viên, lương cao. Liên hệ Zalo: 0912 345 678", Language.VIETNAMESE);
        assertThat(normalized(ids, IdentifierKind.PHONE)).containsExactly("+84912345678");
        assertThat(normalized(ids, IdentifierKind.ZALO)).containsExactly("+84912345678");
    }

    @Test
    void readsFilipinoMobileWithoutAnyHint() {
        List<Identifier> ids = extract("Hiring CSR abroad! Text 0917 123 4567 now", null);
        assertThat(normalized(ids, IdentifierKind.PHONE)).containsExactly("+639171234567");
    }

    @Test
    void readsFullWidthInternationalNumberInChinese() {
        List<Identifier> ids = extract("高薪招聘客服，联系电话：＋６６　８１２３４５６７８", Language.CHINESE);
        assertThat(normalized(ids, IdentifierKind.PHONE)).containsExactly("+66812345678");
    }

    @Test
    void infersRegionFromCountryNamedInText() {
        List<Identifier> ids = extract("Job in Cambodia, call 012 345 678", Language.ENGLISH);
        assertThat(normalized(ids, IdentifierKind.PHONE)).containsExactly("+85512345678");
    }

    @Test
    void readsTelegramHandlesAndLinks() {
        List<Identifier> ids = extract("DM @HongTai_HR or https://t.me/hongtai_jobs, telegram: recruiter88x", null);
        assertThat(normalized(ids, IdentifierKind.TELEGRAM))
                .containsExactly("hongtai_hr", "hongtai_jobs", "recruiter88x");
    }

    @Test
    void readsWhatsappLinksAsPhonesToo() {
        String text = "Apply: wa.me/66812345678 or https://api.whatsapp.com/send?phone=855123456789";
        List<Identifier> ids = extract(text, null);
        assertThat(normalized(ids, IdentifierKind.WHATSAPP)).containsExactly("+66812345678", "+855123456789");
        assertThat(normalized(ids, IdentifierKind.PHONE)).containsExactly("+66812345678", "+855123456789");
        Identifier phone = ids.stream()
                .filter(i -> i.kind() == IdentifierKind.PHONE)
                .findFirst()
                .orElseThrow();
        assertThat(phone.value()).isEqualTo("66812345678");
    }

    @Test
    void readsFacebookLineAndZaloLinks() {
        String text =
                "Page: https://m.facebook.com/GoodJobsAsia/ Line ID: somchai.hr line.me/ti/p/~job_th zalo.me/0912345678";
        List<Identifier> ids = extract(text, null);
        assertThat(normalized(ids, IdentifierKind.FACEBOOK)).containsExactly("goodjobsasia");
        assertThat(normalized(ids, IdentifierKind.LINE)).containsExactly("somchai.hr", "job_th");
        assertThat(normalized(ids, IdentifierKind.ZALO)).containsExactly("+84912345678");
    }

    @Test
    void readsEmailUrlAndDomain() {
        String text = "Send CV to hr@hongtai-group.com or visit https://WWW.Hongtai-Group.com/jobs/apply?id=3.";
        List<Identifier> ids = extract(text, null);
        assertThat(normalized(ids, IdentifierKind.EMAIL)).containsExactly("hr@hongtai-group.com");
        assertThat(normalized(ids, IdentifierKind.URL)).containsExactly("hongtai-group.com/jobs/apply?id=3");
        assertThat(normalized(ids, IdentifierKind.DOMAIN)).containsExactly("hongtai-group.com", "hongtai-group.com");
    }

    @Test
    void convertsInternationalisedDomainsToPunycodeAndBack() {
        List<Identifier> ids = extract("ดูที่ https://งาน.ไทย/apply", null);
        List<String> domains = normalized(ids, IdentifierKind.DOMAIN);
        assertThat(domains).singleElement().asString().startsWith("xn--").contains(".xn--");
        assertThat(Domains.toUnicode(domains.get(0))).isEqualTo("งาน.ไทย");
    }

    @Test
    void readsCompanyNamesInSeveralLegalForms() {
        String text =
                "Hong Tai Co., Ltd is hiring. PT Maju Jaya Abadi membuka lowongan. Công ty TNHH Hồng Thái tuyển dụng. "
                        + "บริษัท สยามงานดี จำกัด รับสมัคร. 深圳华泰科技有限公司招聘. Golden Star Manpower Agency, Sunrise Sdn Bhd";
        List<Identifier> ids = extract(text, null);
        assertThat(ids.stream().filter(i -> i.kind() == IdentifierKind.COMPANY).map(Identifier::value))
                .contains(
                        "Hong Tai Co., Ltd",
                        "PT Maju Jaya Abadi",
                        "Công ty TNHH Hồng Thái",
                        "บริษัท สยามงานดี จำกัด",
                        "深圳华泰科技有限公司",
                        "Golden Star Manpower Agency",
                        "Sunrise Sdn Bhd");
        assertThat(normalized(ids, IdentifierKind.COMPANY)).contains("hongtai", "majujayaabadi", "hongthai");
    }

    @Test
    void readsPhilippineLicencesAndNotAsPhones() {
        String text = "Licensed by DMW: DMW-045-LB-03232023-R and POEA-123-LB-123456-R. License No. ABC-2024-0012";
        List<Identifier> ids = extract(text, Language.FILIPINO);
        assertThat(normalized(ids, IdentifierKind.LICENCE))
                .containsExactly("DMW-045-LB-03232023-R", "POEA-123-LB-123456-R", "ABC-2024-0012");
        assertThat(normalized(ids, IdentifierKind.PHONE)).isEmpty();
    }

    @Test
    void returnsNothingForEmptyOrEmojiOnlyText() {
        assertThat(extract("", null)).isEmpty();
        assertThat(extract("😀😀🙏", null)).isEmpty();
    }
}
