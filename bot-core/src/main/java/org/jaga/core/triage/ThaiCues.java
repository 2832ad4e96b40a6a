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

/** Thai, written without spaces between words; a space ends a clause. */
final class ThaiCues {
    private static final String WE = "(?:เรา|ผม|ฉัน|หนู|พวกเรา|กู|เค้า|ดิฉัน|ชั้น)?";
    private static final String PASSPORT = "(?:พาสปอร์ต|พาสปอต|พาสปอร์ท|หนังสือเดินทาง|พาส|passport)";
    private static final String KIN =
            "(?:ลูก(?:ชาย|สาว)?|น้อง(?:ชาย|สาว)|พี่(?:ชาย|สาว)|สามี|ภรรยา|แฟน|หลาน(?:ชาย|สาว)?)";

    private ThaiCues() {}

    static LanguageCues cues() {
        return new LanguageCues(
                Language.THAI,
                List.of(
                        Cue.fixed(
                                NOT_AS_PROMISED,
                                2,
                                "ไม่รู้(?:ว่า)?(?:ตอนนี้)?(?:เรา|ผม|หนู|ฉัน|พวกเรา)?(?:อยู่)?(?:ที่)?(?:ไหน)"),
                        Cue.fixed(
                                CONFINEMENT,
                                2,
                                "ไม่(?:ยอม)?ปล่อย(?:ตัว)?(?:เรา|ผม|หนู|ฉัน|พวกเรา)?(?:กลับ|ออก|ไป)?|ไม่ให้กลับ"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "เรียก(?:เงิน|ค่า)(?:…)?(?:ปล่อย|ไถ่|กลับ|ออก)|ถูกขาย|โดนขาย|ขาย(?:…)?ไป(?:อีก)?(?:บริษัท|ที่)"),
                        Cue.fixed(
                                FORCED_SCAMMING,
                                2,
                                "(?:ถูก|โดน)บังคับ(?:ให้)?ทำงาน|ไม่(?:ทำ|ได้ยอด)(?:…)?(?:โดน|ถูก)(?:ตี|ซ้อม|ช็อต|ทำร้าย|ลงโทษ)"),
                        Cue.fixed(
                                FORCED_SCAMMING,
                                1,
                                "(?:ทำงาน)?วันละ\\s?(?:1[2-9]|2[0-4])\\s?ชั่วโมง|ไม่ได้รับเงินเดือน|ไม่จ่ายเงินเดือน"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                "(?:ลูก|น้อง|พี่|สามี|ภรรยา|แฟน|หลาน)(?:…)?(?:โทร|ส่งข้อความ|ไลน์)(?:…)?(?:ร้องไห้|ขอความช่วยเหลือ|ขอให้ช่วย|ให้ช่วย)"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                "ช่วย(?:…)?(?:ลูก|น้อง|พี่|สามี|ภรรยา|แฟน|หลาน)(?:…)?(?:ด้วย|กลับ|ออก)"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "ช่วย(?:พวก)?(?:เรา|หนู|ผม|ฉัน)(?:ด้วย|หน่อย|ที)|ขอ(?:ความ)?ช่วยเหลือ(?:ด่วน|ด้วย)"),
                        Cue.fixed(
                                CONFINEMENT,
                                2,
                                "ออก(?:ไป)?(?:ข้างนอก|จากที่นี่|จากตึก)?ไม่ได้|ไม่(?:ยอม)?ให้" + WE + "(?:ออก|หนี)|ห้าม"
                                        + WE + "ออก|หนีไม่(?:ได้|รอด|ออก|พ้น)"),
                        Cue.fixed(CONFINEMENT, 1, "กลับบ้านไม่ได้|กลับไม่ได้|ติดอยู่"),
                        Cue.strong(
                                CONFINEMENT,
                                "(?:ถูก|โดน)(?:จับ)?(?:ขัง|กักขัง|กักตัว|ล็อค|ล็อก|ลักพาตัว|จับตัว|กัก)|ขัง(?:ไว้|เรา|พวกเรา|ผม|หนู)|กักขัง"),
                        Cue.strong(
                                CONFINEMENT,
                                "(?:ยาม|การ์ด|คนเฝ้า|คนคุม)(?:…)?(?:ปืน|อาวุธ)|มีคน(?:เฝ้า|คุม)(?:ตลอด|ทั้งวัน|24)"),
                        Cue.weak(CONFINEMENT, "หนีออก|แอบหนี|ไม่มีอิสระ"),
                        Cue.strong(
                                PASSPORT_TAKEN,
                                "(?:ยึด|ริบ)(?:…)?" + PASSPORT
                                        + "|(?:บริษัท|นาย|หัวหน้า|เขา|มัน|เถ้าแก่|นายหน้า)(?:…)?(?:เก็บ|เอา)(?:…)?"
                                        + PASSPORT),
                        Cue.strong(
                                PASSPORT_TAKEN,
                                PASSPORT
                                        + "(?:…)?(?:ถูกยึด|โดนยึด|ถูกเก็บ|โดนเก็บ|ยึดไว้|อยู่กับ(?:บริษัท|นาย|หัวหน้า|เถ้าแก่))"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "(?:ถูก|โดน)(?:ทุบ)?(?:ตี|ทำร้าย|ช็อต|ช๊อต|ช็อก|ซ้อม|ทรมาน|ข่มขืน|ขู่|ทำโทษ|ลงโทษ|เตะ|ตบ|กระทืบ|ไฟช็อต|ทุบ)"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "ช็อตไฟฟ้า|ไฟฟ้าช็อต|กระบองไฟฟ้า|ซ้อม(?:เรา|ผม|หนู|พวกเรา)|ทำร้ายร่างกาย|ขู่(?:ว่า)?(?:จะ)?(?:ฆ่า|ขาย|ทำร้าย|ยิง)"),
                        Cue.weak(
                                VIOLENCE_OR_THREAT,
                                "จะ(?:ฆ่า|ขาย|ตี|ยิง)(?:เรา|ผม|หนู|ฉัน|พวกเรา)|ขายอวัยวะ|เอาไตไปขาย"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "ค่าไถ่|ไถ่ตัว|(?:จ่าย|โอน)(?:เงิน)?(?:…)?(?:ถึงจะ|จึงจะ|แล้วจะ|เพื่อ)(?:ปล่อย|ได้กลับ|ออกได้|ได้ออก)"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "(?:ถูก|โดน)?ขาย(?:ต่อ)?(?:" + WE
                                        + ")?(?:ให้|ไป)(?:…)?(?:บริษัท|ที่|นาย|แก๊ง)(?:อื่น|ใหม่)|(?:ถูก|โดน)ขาย(?:ตัว|ต่อ)?"),
                        Cue.weak(DEBT_OR_RANSOM, "ค่าชดเชย|ชดใช้|หนี้|ค่าปรับ"),
                        Cue.strong(
                                FORCED_SCAMMING,
                                "(?:บังคับ|ถูกบังคับ|โดนบังคับ)(?:…)?(?:หลอก|โกง|ต้มตุ๋น|สแกม|แก๊งคอล|ทำงาน)|ต้อง(?:…)?หลอก(?:คน|ลูกค้า|เงิน)"),
                        Cue.strong(FORCED_SCAMMING, "(?:ทำ)?ยอดไม่ถึง|ไม่(?:ถึง|ได้)ยอด|ไม่ผ่านยอด"),
                        Cue.weak(FORCED_SCAMMING, "แก๊งคอล|สแกมเมอร์|หลอกคน(?:ไทย)?|โรแมนซ์สแกม"),
                        Cue.strong(
                                NOT_AS_PROMISED,
                                "(?:ถูก|โดน)(?:หลอก|พา|ขน)(?:…)?(?:มา|ไป|ข้าม)(?:…)?(?:พม่า|เขมร|กัมพูชา|ลาว|ชายแดน|แม่น้ำ|ฝั่ง)|(?:ถูก|โดน)ค้ามนุษย์"),
                        Cue.weak(
                                NOT_AS_PROMISED,
                                "(?:ถูก|โดน)(?:หลอก|ต้ม|ล่อลวง)|งานไม่ตรงปก|ไม่ใช่งานที่(?:…)?บอก|ไม่ตรงกับที่(?:…)?(?:บอก|สัญญา)"),
                        Cue.strong(
                                CANNOT_TALK,
                                "(?:ตรวจ|เช็ค|เช็ก|ค้น|ยึด|เอา)(?:…)?(?:มือถือ|โทรศัพท์|ไลน์|แชท)|ลบ(?:ข้อความ|แชท|ทิ้ง)"),
                        Cue.fixed(
                                CANNOT_TALK, 1, "(?:คุย|พูด|โทร)(?:นาน)?ไม่(?:ได้|สะดวก)|แอบ(?:ส่ง|พิมพ์|คุย|ใช้|โทร)"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "ช่วย(?:หนู|ผม|เรา|พวกเรา|ฉัน|ชั้น|กู)?ด้วย|ช่วย(?:เรา|ผม|หนู|พวกเรา|ฉัน)?ออกไป|ช่วยชีวิต|(?<![a-z])sos(?![a-z])"),
                        Cue.weak(PLEA_FOR_HELP, "ช่วยหน่อย|ขอความช่วยเหลือ|ช่วยที|ช่วยเรา|ช่วยผม|ช่วยหนู"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                KIN
                                        + "(?:…)?(?:(?:ถูก|โดน)(?:ขัง|กัก|จับ|หลอก|ขาย|ทำร้าย|ตี|ซ้อม|ยึด)|กลับไม่ได้|ออกไม่ได้|ติดอยู่)"),
                        Cue.weak(RELATIVE_ABROAD, "ติดต่อไม่ได้|ขาดการติดต่อ|ติดต่อไม่ติด")),
                LanguageCues.anywhere("ไม่ได้|ยังไม่|ไม่เคย|ไม่มีใคร|ไม่"),
                LanguageCues.anywhere(
                        "ไหม|มั้ย|มั๊ย|หรือเปล่า|รึเปล่า|หรือไม่|ป่าว|จริงหรือ|สมมติ|เผื่อ|ปลอดภัย|อยากช่วย|ช่วยคนที่"),
                LanguageCues.anywhere("ถ้า|หาก|จะ"),
                LanguageCues.anywhere("ข่าว|รายงานว่า|สื่อ|แถลง"));
    }
}
