package org.jaga.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Three situations people tell without a word of being held — a staged "all is well, don't tell
 * the police", a camp after the compound, "not OK, don't reply" — and the warning that tells how
 * victims in general are taken, which is no one's plea.
 */
class StagedReleasedAndReportedTest {
    static final List<String> DISTRESS = List.of(
            // staged: reassurance, and do not report
            "Hi Dad, I'm fine and the boss is kind. Don't tell the embassy anything, ok?",
            "Bu, saya baik-baik saja, bos baik. Jangan lapor ke KBRI ya",
            "Ba ơi con khoẻ, sếp tốt lắm. Đừng báo công an nha",
            "แม่ หนูสบายดี เจ้านายใจดีมาก อย่าแจ้งตำรวจนะ",
            "妈,我很好,老板很好,千万别报警",
            "엄마 나 잘 지내. 경찰에 절대 알리지 마",
            "お母さん、元気にしています。大使館には連絡しないで",
            // a camp after the compound
            "They let us out of the park but now we're in a militia camp. No medicine, and nobody tells us when we go home",
            "Sudah keluar dari kompleks tapi sekarang di kamp militer, tidak ada obat, tidak tahu kapan pulang",
            "出了园区又被关在军营里,没有药,不知道要等多久",
            "지금 이민국 수용소에 있어요. 아픈 사람이 많은데 약이 없어요",
            "अब आर्मी के कैंप में हैं, दवा नहीं है, दिन में दो बार खाना",
            // not OK, don't reply
            "not ok here. don't reply to this",
            "這邊不太好 別回",
            "ठीक नहीं है यहाँ। कॉल मत करना",
            // escaped and hiding, in Cantonese
            "啱啱走甩咗, 而家匿喺個貨倉, 冇證件, 佢哋揸住相周圍搵人",
            // a warning from inside: the plea stands
            "guys don't come here, it's a trap. they took our passports, please help us");

    static final List<String> NOT_DISTRESS = List.of(
            // a warning of how victims in general are taken
            "Warning: victims are usually promised office jobs in Bangkok, then taken across the river, their passports"
                    + " held and beaten if they miss targets.",
            "Waspada! Para korban dijanjikan gaji besar, sesampainya di sana paspor ditahan dan dipaksa menipu.",
            "Các nạn nhân được hứa việc nhẹ lương cao, sang tới nơi bị giam, bị đánh nếu không đủ chỉ tiêu.",
            "受害人多被高薪吸引,到了园区被没收护照,完不成业绩就遭殴打。",
            "ผู้เสียหายถูกชักชวนไปทำงาน เมื่อไปถึงถูกยึดพาสปอร์ตและกักขัง",
            // a warning to everyone, with a story of someone else
            "Guys, beware of 'admin jobs in Cambodia, free flight'. My cousin's friend went and the family had to pay"
                    + " a ransom to get him back.",
            "Teman-teman, jangan mau ditawari kerja ke Myanmar pakai visa turis. Itu jebakan, banyak yang disekap.",
            "各位家长注意,千万别让孩子去泰国打什么'高薪客服',很多被卖到园区的。",
            "여러분 캄보디아 고수익 알바 절대 가지 마세요. 지인 동생이 갔다가 감금됐어요.",
            // a warning under its heading
            "PERINGATAN: sindiket menawarkan kerja admin di Kemboja, kemudian pasport dirampas dan keluarga diminta wang tebusan.",
            "Đại sứ quán cảnh báo: nhiều người bị dụ sang biên giới, bị thu hộ chiếu, ép làm việc và gia đình bị đòi tiền chuộc.",
            // a relative safe home, well
            "Hi, I'm fine, just busy at the new job. Say hi to grandma!",
            // an office joke
            "ugh, deadline tonight, they won't let me leave till the spreadsheet is done, send coffee");

    /** The victims a scammer is made to find are not the victims of a report. */
    static final List<String> SCAMMING_VICTIMS = List.of(
            "target 3 korban seminggu, kalau gagal kami dikurung di bilik gelap",
            "tiap hari suruh mangsa masuk duit, x capai target kena pukul");

    @ParameterizedTest
    @FieldSource("DISTRESS")
    void readsWhatIsToldWithoutTheWords(String text) {
        assertThat(Triaged.DETECTOR.assess(text, Optional.empty()).distress())
                .as(text + " " + Triaged.DETECTOR.explain(text, Optional.empty()))
                .isTrue();
    }

    @ParameterizedTest
    @FieldSource("NOT_DISTRESS")
    void keepsQuietOnWarningsAndEverydayLife(String text) {
        assertThat(Triaged.DETECTOR.assess(text, Optional.empty()).distress())
                .as(text + " " + Triaged.DETECTOR.explain(text, Optional.empty()))
                .isFalse();
    }

    @ParameterizedTest
    @FieldSource("NOT_DISTRESS")
    void theModelDoesNotFlagAWarningAboutVictimsEither(String text) {
        assertThat(Triaged.SHIPPED.assess(text, Optional.empty()).distress())
                .as(text)
                .isFalse();
    }

    @ParameterizedTest
    @FieldSource("SCAMMING_VICTIMS")
    void readsTheVictimsAScammerIsMadeToFindAsHisOwnSituation(String text) {
        assertThat(Triaged.DETECTOR.assess(text, Optional.empty()).distress())
                .as(text + " " + Triaged.DETECTOR.explain(text, Optional.empty()))
                .isTrue();
    }
}
