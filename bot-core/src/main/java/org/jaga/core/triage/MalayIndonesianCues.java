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
 * Indonesian and Malay, which share most of what matters here, with their informal spellings
 * ("gak bisa keluar", "tak boleh balik", "sy", "gw") and the Malay of Manglish.
 */
final class MalayIndonesianCues {
    private static final String NO = "(?:gak|ga|gk|nggak|ngga|enggak|tidak|tdk|tak|ndak|x)";
    private static final String ME = "(?:saya|kami|aku|sy|kita|gw|gue|gua|ku|kmi)";
    private static final String KIN = "(?:anak|adik|abang|kakak|suami|istri|isteri|ayah|ibu|bapak|emak|saudara|sepupu|"
            + "keponakan|ponakan|anak (?:laki-laki|perempuan|lelaki)|adik (?:laki-laki|perempuan|lelaki))(?:ku| " + ME
            + ")";
    private static final String NOT_FOR_OFFER =
            "(?! (?:cek|check|periksa|lihat|tengok|baca|jelaskan|terangkan|tanya|semak))";

    private MalayIndonesianCues() {}

    static LanguageCues indonesian() {
        return new LanguageCues(Language.INDONESIAN, shared(), negation(), hypothetical(), conditional(), reporting());
    }

    static LanguageCues malay() {
        return new LanguageCues(Language.MALAY, shared(), negation(), hypothetical(), conditional(), reporting());
    }

    private static List<Cue> shared() {
        return List.of(
                Cue.fixed(
                        NOT_AS_PROMISED,
                        2,
                        "\\b(?:gak|ga|tidak|tdk|tak|nggak|ndak) (?:tau|tahu) (?:lagi )?(?:kami |kita |saya |sy |aku )?(?:(?:ada|berada|sedang) )?(?:di ?mana|kat mana)\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:dijual|dijualkan|dipindah(?:kan)?|dioper) (?:lagi )?(?:ke|kepada|pada) (?:perusahaan|syarikat|company|bos|tempat|kompeni|pt|majikan|orang) (?:lain|baru)\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:minta|meminta|menuntut|suruh bayar|harus bayar|mesti bayar|kena bayar)~(?:\\d|juta|jt|ribu|rb|dolar|dollar|usd|rm|ringgit)\\S*~(?:baru|supaya|agar|untuk|utk|biar)~(?:dilepas|dilepaskan|dibebaskan|bebas|pulang|balik|keluar)\\b"),
                Cue.fixed(
                        FORCED_SCAMMING,
                        2,
                        "\\b(?:dipaksa|terpaksa|disuruh paksa|kena paksa) (?:untuk )?(?:kerja|bekerja)\\b|\\b(?:kalau|kalo|klo|jika|bila) (?:gak|ga|tidak|tdk|tak) (?:mau|nak|ikut|dapat|capai)~(?:dipukul|disetrum|dihukum|disiksa|dibelasah|kena pukul|kena setrum|kena hukum)\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\b(?:gak|ga|tidak|tdk|tak|nggak) (?:dilepas|dilepaskan|dibebaskan|dikasih pulang|diizinkan pulang|dibenarkan balik)\\b"),
                Cue.fixed(
                        FORCED_SCAMMING,
                        1,
                        "\\bkerja (?:1[2-9]|2[0-4]) jam\\b|\\b(?:gak|tidak|tak) (?:digaji|dibayar)\\b"),
                Cue.strong(
                        RELATIVE_ABROAD,
                        "\\b(?:anak|adik|abang|kakak|suami|istri|isteri|ayah|ibu|bapak|emak|saudara|sepupu|keponakan|ponakan|keluarga)(?:ku| (?:saya|kami|aku|sy|kita|gw|gue|kmi))~(?:telpon|telepon|nelpon|menelpon|kirim pesan|sms|chat|wa|video call)~(?:nangis|menangis|minta tolong|minta bantuan|minta diselamatkan)\\b"),
                Cue.strong(
                        RELATIVE_ABROAD,
                        "\\b(?:tolong|bantu|selamatkan|pulangkan|bebaskan)~(?:anak|adik|abang|kakak|suami|istri|isteri|ayah|ibu|bapak|emak|saudara|sepupu|keponakan|ponakan|keluarga)(?:ku| (?:saya|kami|aku|sy|kita|gw|gue|kmi))\\b"),
                Cue.weak(
                        RELATIVE_ABROAD,
                        "\\b(?:anak|adik|abang|kakak|suami|istri|isteri|ayah|ibu|bapak|emak|saudara|sepupu|keponakan|ponakan|keluarga)(?:ku| (?:saya|kami|aku|sy|kita|gw|gue|kmi))~(?:di|ke) (?:kamboja|myanmar|laos|kemboja)\\b"),
                Cue.strong(PLEA_FOR_HELP, "\\b(?:tlg|tolongin|tulung|toloong|help) (?:kami|kmi|saya|sy|aku|kita)\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\b" + NO
                                + " (?:bisa|boleh|dibenarkan|dapat|dpt|dibolehkan|diizinkan|diijinkan|dikasih|bs|blh) (?:keluar|kabur|lari|melarikan diri)\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        1,
                        "\\b" + NO + " (?:bisa|boleh|dapat|dpt|bs|blh|dikasih) (?:pulang|pergi|balik)\\b"),
                Cue.strong(
                        CONFINEMENT,
                        "\\b(?:dikurung|dikunci|disekap|ditahan|terkurung|dikurungin|disandera|diculik|dikurung|dipenjara)\\b"),
                Cue.strong(
                        CONFINEMENT,
                        "\\b(?:dijaga|dikawal) (?:ketat|penjaga|satpam|pengawal|orang bersenjata)|\\b(?:penjaga|pengawal|satpam) (?:bersenjata|bawa senjata|pegang senjata)"),
                Cue.weak(CONFINEMENT, "\\b(?:terjebak|terperangkap|kabur|melarikan diri)\\b"),
                Cue.strong(
                        PASSPORT_TAKEN,
                        "\\b(?:paspor|pasport|passport|dokumen)(?:nya| " + ME
                                + ")?~(?:diambil|ditahan|disita|dirampas|disimpan|dipegang|dibawa|diambik|kena ambil|kena tahan)\\b"),
                Cue.strong(
                        PASSPORT_TAKEN,
                        "\\b(?:ambil|ambik|tahan|sita|simpan|pegang|rampas|pegang) (?:paspor|pasport|passport) " + ME
                                + "\\b"),
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:dipukul|dipukuli|disiksa|diseksa|disetrum|dikejutkan|kena (?:pukul|setrum|sepak|tampar|belasah|seksa|siksa|hukum|renjat)|ditendang|ditampar|didera|dianiaya|diancam|diugut|dibelasah|dirogol|diperkosa|digebukin|digebuki|dihajar|kena hajar)\\b"),
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:setrum|sengatan listrik|kejutan elektrik|renjatan elektrik|alat kejut)\\b|\\b(?:ancam|mengancam|ugut|mengugut) (?:bunuh|jual|pukul|membunuh|menjual)"),
                Cue.weak(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:mau|akan|nak|bakal) (?:dibunuh|dijual|dipukul|dibelasah)\\b|\\bdihukum\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:uang|duit|wang) tebusan\\b|\\btebusan\\b|\\b(?:dijual|dijual lagi|jual) (?:ke|kepada|pada) (?:perusahaan|syarikat|company|bos|tempat|kompeni) (?:lain)"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:bayar|membayar|byr)~(?:supaya|agar|biar|untuk|utk|baru|baru bisa|baru boleh) (?:dilepas|dilepaskan|dibebaskan|bebas|pulang|balik|keluar)\\b|\\b"
                                + ME + " (?:dijual|dijual lagi)\\b"),
                Cue.weak(DEBT_OR_RANSOM, "\\b(?:ganti rugi|denda|pampasan|kompensasi|hutang|utang)\\b"),
                Cue.strong(
                        FORCED_SCAMMING,
                        "\\b(?:dipaksa|terpaksa|disuruh|kena paksa|dipaksa untuk)~(?:menipu|nipu|scam|tipu|penipuan|jadi scammer|scammer)\\b"),
                Cue.strong(
                        FORCED_SCAMMING,
                        "\\b(?:kalau|kalo|klo|jika|bila) " + NO + " (?:capai|mencapai|sampai|nyampe|cukup)~target\\b"),
                Cue.weak(
                        FORCED_SCAMMING,
                        "\\b(?:target (?:harian|bulanan)|penipuan online|scam online|kerja scam|akun palsu)\\b"),
                Cue.strong(
                        NOT_AS_PROMISED,
                        "\\b" + ME + " (?:ditipu|tertipu|dibohongi|kena tipu|diperdaya|diperdagangkan|dijual)\\b"),
                Cue.strong(
                        NOT_AS_PROMISED,
                        "\\b(?:dibawa|dibawak|diseberangkan|dipindah|diangkut)~(?:myanmar|burma|kamboja|cambodia|laos|perbatasan|sempadan|seberang sungai)\\b"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\b(?:kerja|pekerjaan|kerjaan)(?:nya)? (?:tidak|gak|ga|tak|bukan) (?:sesuai|seperti|sama|macam)|\\bbeda (?:dengan|sama) (?:yang )?dijanjikan|\\blowongan palsu"),
                Cue.strong(
                        CANNOT_TALK,
                        "\\b(?:hp|handphone|telefon|telepon|ponsel|hape|phone|fon)(?: " + ME
                                + ")?~(?:diperiksa|dicek|dicheck|disita|dipantau|dirampas|kena check|kena periksa)\\b"),
                Cue.strong(CANNOT_TALK, "\\b(?:hapus|padam|delete) (?:chat|pesan|mesej|semua|ini)\\b"),
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "\\b" + NO
                                + " (?:bisa|boleh|dapat|bs) (?:ngomong|bicara|cakap|chat|telpon|telefon|balas|lama)|\\b(?:diam-diam|sembunyi-sembunyi|curi-curi)\\b"),
                Cue.strong(
                        PLEA_FOR_HELP,
                        "\\btolong(?:in|lah)? " + ME + "\\b" + NOT_FOR_OFFER + "|\\b(?:selamatkan|keluarkan|bebaskan) "
                                + ME + "\\b|\\bsos\\b"),
                Cue.strong(PLEA_FOR_HELP, "\\b(?:bantu|tolong) " + ME + " (?:keluar|pulang|balik|lari|kabur)\\b"),
                Cue.weak(
                        PLEA_FOR_HELP,
                        "\\b(?:tolong|tlg|toloong)\\s*(?:!|$)|\\b(?:butuh|perlu|perlukan) (?:bantuan|pertolongan)\\b|\\bminta tolong\\b"
                                + NOT_FOR_OFFER),
                Cue.strong(
                        RELATIVE_ABROAD,
                        "\\b" + KIN + "~(?:ditahan|terjebak|disekap|dikurung|diculik|dijual|dipukul|disiksa|dipaksa|"
                                + NO + " (?:bisa|boleh) (?:pulang|balik|keluar))\\b"),
                Cue.weak(
                        RELATIVE_ABROAD,
                        "\\b(?:hilang kontak|putus kontak|lost contact|tidak ada kabar|tak ada berita|tak dapat dihubungi|tidak bisa dihubungi)\\b"));
    }

    private static java.util.regex.Pattern negation() {
        return LanguageCues.words("tidak|tdk|gak|ga|nggak|enggak|tak|bukan|belum|blm|ndak|jangan|tiada");
    }

    private static java.util.regex.Pattern hypothetical() {
        return LanguageCues.words(
                "apakah|adakah|apa benar|betul ke|benarkah|gimana kalau|bagaimana kalau|misalnya|seandainya|"
                        + "andaikan|apa (?:aman|bahaya|legal)|aman (?:gak|ga|tak|kah|ke|tidak)|bolehkah|apa mereka|(?:cara|macam mana|bagaimana) (?:nak |untuk |mau )?(?:membantu|bantu|tolong) (?:mangsa|korban|orang)|ke\\?");
    }

    private static java.util.regex.Pattern reporting() {
        return LanguageCues.words("berita|menurut|dilaporkan|laporan|wartawan|kenyataan media|siaran pers");
    }

    private static java.util.regex.Pattern conditional() {
        return LanguageCues.words("kalau|kalo|klo|jika|jikalau|bila|akan|nanti|kah");
    }
}
