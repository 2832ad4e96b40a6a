package org.jaga.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The concepts of distress in Indonesian and Malay, each said four ways in words the cues were not
 * written from — slang ("dipukulin", "gak ngizinin", "diem2"), Manglish ("diorang check phone"),
 * relatives' reports that end in a question — and the news, jobseekers' questions, jokes, ordinary
 * complaints about targets and safe people's pasts that must stay quiet.
 */
class MalayIndonesianConceptsTest {
    private final DistressDetector detector = new DistressDetector(CovertPhrases.none());

    static Stream<Arguments> distress() {
        return Stream.of(
                Arguments.of(
                        Language.INDONESIAN,
                        "not where promised, a guarded place",
                        "mbak aku udah nyampe, tapi ini bukan hotel yg dijanjiin agen. sekelilingnya tembok tinggi, ada kawat berduri di atasnya"),
                Arguments.of(
                        Language.INDONESIAN,
                        "not where promised, a guarded place",
                        "kami dianter pake perahu nyebrang sungai tengah malam, sekarang gak tau ini negara mana"),
                Arguments.of(
                        Language.INDONESIAN,
                        "not where promised, a guarded place",
                        "kak ini bukan pabrik kayak yg di brosur. gerbangnya dijaga tentara, kita semua gak boleh keluar kompleks"),
                Arguments.of(
                        Language.INDONESIAN,
                        "not where promised, a guarded place",
                        "sampe sini langsung disuruh naik speedboat malem2, ternyata udah masuk kamboja"),
                Arguments.of(
                        Language.INDONESIAN,
                        "paying to go home",
                        "mereka bilang utangku 3000 dolar, harus lunas dulu baru boleh pulang"),
                Arguments.of(
                        Language.INDONESIAN,
                        "paying to go home",
                        "HRD bilang kalau resign sekarang aku harus ganti uang training sama tiket pesawat"),
                Arguments.of(
                        Language.INDONESIAN,
                        "paying to go home",
                        "mandor bilang kalo mau balik ke indo harus bayar denda kontrak 25jt dulu"),
                Arguments.of(
                        Language.INDONESIAN,
                        "paying to go home",
                        "aku ditagih utang 4000 usd buat ongkos jalan & makan, katanya gak lunas gak bisa pulang"),
                Arguments.of(
                        Language.INDONESIAN,
                        "watched, cannot talk",
                        "ssst, ada mandor di belakang. nanti malam aku kabarin ya"),
                Arguments.of(
                        Language.INDONESIAN, "watched, cannot talk", "jangan chat dulu, hp kami dikumpulin tiap pagi"),
                Arguments.of(
                        Language.INDONESIAN,
                        "watched, cannot talk",
                        "gak bisa telpon, ada leader lagi patroli. besok subuh aku chat"),
                Arguments.of(
                        Language.INDONESIAN,
                        "watched, cannot talk",
                        "hp kami dirampas sejak datang, ini pinjem punya temen diem2"),
                Arguments.of(
                        Language.INDONESIAN,
                        "scamming under coercion",
                        "tiap hari harus nyamar jadi cewek cantik di FB, ngajak cowok2 investasi. kalo belum ada yg depo, kita gak dikasih makan"),
                Arguments.of(
                        Language.INDONESIAN,
                        "scamming under coercion",
                        "kpi 5 korban seminggu, yang gak capai disuruh jongkok sampe pagi"),
                Arguments.of(
                        Language.INDONESIAN,
                        "scamming under coercion",
                        "kita disuruh pura2 jadi janda kaya biar bapak2 di Jepang mau top up, yang gak capai kuota gak digaji"),
                Arguments.of(
                        Language.INDONESIAN,
                        "scamming under coercion",
                        "targetnya 10 juta seminggu, kalo kurang disuruh squat 500 kali sama gak dapet jatah makan malem"),
                Arguments.of(
                        Language.INDONESIAN,
                        "a relative held abroad",
                        "Bu, anak saya kerja di Kamboja, kemarin dia bilang majikannya gak ngizinin dia pulang. Kami harus gimana?"),
                Arguments.of(
                        Language.INDONESIAN,
                        "a relative held abroad",
                        "adik ipar saya di Myawaddy, katanya paspornya dipegang bos dan disuruh bayar 50 juta kalau mau keluar"),
                Arguments.of(
                        Language.INDONESIAN,
                        "a relative held abroad",
                        "Pak, suami saya di Myanmar, katanya perusahaan gak ngebolehin dia resign dan ngancem mau jual dia"),
                Arguments.of(
                        Language.INDONESIAN,
                        "a relative held abroad",
                        "keponakanku ditahan perusahaan di Sihanoukville, mereka minta tebusan ke keluarga. Kemana kami harus mengadu?"),
                Arguments.of(
                        Language.INDONESIAN,
                        "passport kept",
                        "udah 3 bulan paspor gw ada di kantor, tiap gw minta selalu ditolak"),
                Arguments.of(
                        Language.INDONESIAN,
                        "passport kept",
                        "perusahaan nyimpen semua passport karyawan, katanya biar gak kabur"),
                Arguments.of(
                        Language.INDONESIAN,
                        "passport kept",
                        "paspor aku disita mandor dari hari pertama, katanya biar gak kabur"),
                Arguments.of(
                        Language.INDONESIAN,
                        "passport kept",
                        "semua dokumen perjalanan kami ditahan HRD, kalau diminta mereka marah"),
                Arguments.of(
                        Language.INDONESIAN,
                        "colloquial violence",
                        "temen sekamarku digebukin sama satpam gara2 telat bangun"),
                Arguments.of(
                        Language.INDONESIAN,
                        "colloquial violence",
                        "semalam aku disetrum pake tongkat karena chat sama keluarga"),
                Arguments.of(
                        Language.INDONESIAN,
                        "colloquial violence",
                        "temenku digebuki satpam pake pentungan sampe pingsan"),
                Arguments.of(
                        Language.INDONESIAN,
                        "colloquial violence",
                        "kemaren ada yg ketauan mau kabur, langsung disetrum di depan semua orang"),
                Arguments.of(
                        Language.INDONESIAN,
                        "sold on",
                        "kata bos kalo kita ngelawan bakal dioper ke grup lain di perbatasan"),
                Arguments.of(
                        Language.INDONESIAN, "sold on", "aku denger kami mau dijual lagi ke perusahaan China sebelah"),
                Arguments.of(
                        Language.INDONESIAN,
                        "sold on",
                        "bos ngancem bakal jual kita ke perusahaan lain yg lebih kejam kalau ada yg lapor"),
                Arguments.of(
                        Language.INDONESIAN,
                        "sold on",
                        "denger2 kami mau dijual lagi ke grup lain di perbatasan Myanmar"),
                Arguments.of(
                        Language.MALAY,
                        "not where promised, a guarded place",
                        "Adik, akak bukan kat KL macam yang ejen janji. Tempat ni berpagar tinggi, ada askar pegang senapang kat pintu"),
                Arguments.of(
                        Language.MALAY,
                        "not where promised, a guarded place",
                        "kitorang dibawa naik bot malam2 lintas sempadan"),
                Arguments.of(
                        Language.MALAY,
                        "not where promised, a guarded place",
                        "kak, ni bukan kerja hotel yang ejen cakap. tempat ni ada pagar tinggi berdawai, askar jaga pintu"),
                Arguments.of(
                        Language.MALAY,
                        "not where promised, a guarded place",
                        "kami dibawa naik van tengah malam, lepas tu disuruh lintas sungai masuk Myanmar"),
                Arguments.of(
                        Language.MALAY,
                        "paying to go home",
                        "majikan cakap kalau nak berhenti kena bayar ganti rugi kontrak RM15 ribu"),
                Arguments.of(
                        Language.MALAY,
                        "paying to go home",
                        "diorang kata aku berhutang duit tiket dan makan, selagi tak langsai tak boleh balik"),
                Arguments.of(
                        Language.MALAY,
                        "paying to go home",
                        "syarikat cakap kalau nak balik Malaysia kena bayar RM20k untuk tiket dan latihan"),
                Arguments.of(
                        Language.MALAY,
                        "paying to go home",
                        "bos kata kitorang berhutang dengan company, tak langsai tak boleh keluar"),
                Arguments.of(
                        Language.MALAY,
                        "watched, cannot talk",
                        "tak boleh call, supervisor tengah ronda. esok pagi aku mesej"),
                Arguments.of(
                        Language.MALAY,
                        "watched, cannot talk",
                        "jangan whatsapp nombor ni lagi, diorang baca semua mesej kami"),
                Arguments.of(
                        Language.MALAY,
                        "watched, cannot talk",
                        "x boleh borak lama, ketua tengah jalan-jalan belakang aku. malam nanti aku text"),
                Arguments.of(
                        Language.MALAY,
                        "watched, cannot talk",
                        "diorang rampas fon semua orang, aku guna fon kawan senyap-senyap"),
                Arguments.of(
                        Language.MALAY,
                        "scamming under coercion",
                        "hari-hari kena cari mangsa kat telegram, guna akaun perempuan palsu. kalau x dapat deposit, gaji kena tahan"),
                Arguments.of(
                        Language.MALAY,
                        "scamming under coercion",
                        "target sebulan 50 ribu usdt, yang tak capai kena berdiri sampai subuh"),
                Arguments.of(
                        Language.MALAY,
                        "scamming under coercion",
                        "kerja kitorang menyamar jadi perempuan kaya kat whatsapp, pujuk orang labur. tak cukup target tak dapat makan"),
                Arguments.of(
                        Language.MALAY,
                        "scamming under coercion",
                        "sasaran sehari 3 deposit, kalau gagal kena push up sampai pengsan"),
                Arguments.of(
                        Language.MALAY,
                        "a relative held abroad",
                        "Encik, abang saya kerja kat Kemboja, dia cakap syarikat tak bagi dia balik selagi tak bayar 8 ribu. Saya nak buat report kat mana?"),
                Arguments.of(
                        Language.MALAY,
                        "a relative held abroad",
                        "anak saudara saya kat Myawaddy, mesej terakhir kata dia kena kurung dalam bilik dan kena belasah"),
                Arguments.of(
                        Language.MALAY,
                        "a relative held abroad",
                        "Tuan, anak lelaki saya kat Kemboja. Dia kata syarikat tak bagi dia balik dan ugut nak pukul dia"),
                Arguments.of(
                        Language.MALAY,
                        "a relative held abroad",
                        "adik saya terperangkap kat Myawaddy, majikan minta RM40k baru nak lepaskan. Kami nak minta tolong siapa?"),
                Arguments.of(
                        Language.MALAY,
                        "passport kept",
                        "pasport kami semua ada dalam simpanan syarikat, minta pun tak dapat"),
                Arguments.of(Language.MALAY, "passport kept", "majikan pegang passport aku sejak hari pertama"),
                Arguments.of(Language.MALAY, "passport kept", "HR pegang pasport semua pekerja sejak kitorang sampai"),
                Arguments.of(
                        Language.MALAY,
                        "passport kept",
                        "pasport aku kena tahan dengan syarikat, minta balik pun diorang tak bagi"),
                Arguments.of(
                        Language.MALAY,
                        "colloquial violence",
                        "semalam budak baru tu kena lanyak dengan guard sampai lebam"),
                Arguments.of(Language.MALAY, "colloquial violence", "diorang sepak terajang kawan aku sebab cuba lari"),
                Arguments.of(
                        Language.MALAY,
                        "colloquial violence",
                        "kawan sebilik kena belasah sampai pengsan sebab cuba telefon polis"),
                Arguments.of(
                        Language.MALAY,
                        "colloquial violence",
                        "semalam ada orang kena seksa dengan elektrik sebab tak cukup target"),
                Arguments.of(
                        Language.MALAY,
                        "sold on",
                        "guard bagitau kalau aku buat hal lagi, aku akan dijual ke geng lain"),
                Arguments.of(
                        Language.MALAY,
                        "sold on",
                        "dengar cerita kitorang semua nak dijual ke syarikat lain minggu depan"),
                Arguments.of(
                        Language.MALAY,
                        "sold on",
                        "diorang ugut nak jual aku ke syarikat lain kalau aku terus melawan"),
                Arguments.of(
                        Language.MALAY, "sold on", "aku dengar kitorang akan dijual kepada kompeni baru minggu depan"));
    }

    static Stream<Arguments> notDistress() {
        return Stream.of(
                Arguments.of(
                        Language.INDONESIAN,
                        "Kemlu RI melaporkan 120 WNI korban online scam di Kamboja berhasil dipulangkan pekan ini"),
                Arguments.of(
                        Language.INDONESIAN,
                        "Min, agen bilang nanti paspor akan dipegang perusahaan selama kontrak, itu normal gak?"),
                Arguments.of(
                        Language.INDONESIAN,
                        "kalau mau resign sebelum 2 tahun katanya kena denda 20 juta, wajar gak sih?"),
                Arguments.of(Language.INDONESIAN, "deadline numpuk, bos ngancem mau bunuh aku kalo telat lagi wkwk"),
                Arguments.of(Language.INDONESIAN, "bulan ini target penjualan gak nyampe, siap2 dimarahin manajer"),
                Arguments.of(
                        Language.INDONESIAN,
                        "Alhamdulillah sudah pulang ke Indonesia, dulu paspor saya ditahan di Kamboja"),
                Arguments.of(Language.INDONESIAN, "kejebak hujan di kantor, gak bisa pulang nih"),
                Arguments.of(Language.INDONESIAN, "nanti aku telpon ya, lagi nyetir"),
                Arguments.of(
                        Language.INDONESIAN,
                        "Berita: polisi menyebut 25 WNI korban TPPO berhasil dipulangkan dari Kamboja"),
                Arguments.of(
                        Language.INDONESIAN,
                        "agen bilang paspor nanti dipegang perusahaan selama 2 tahun, aman gak kak?"),
                Arguments.of(
                        Language.INDONESIAN,
                        "katanya kalau resign sebelum kontrak habis harus bayar penalti, itu wajar gak?"),
                Arguments.of(Language.INDONESIAN, "anjir bos gw mau bunuh gw kalo laporan telat lagi wkwkwk"),
                Arguments.of(Language.INDONESIAN, "target bulan ini gak tercapai, pasti diomelin atasan"),
                Arguments.of(
                        Language.INDONESIAN, "sekarang aku udah aman di rumah, dulu emang sempat disekap di Kamboja"),
                Arguments.of(Language.INDONESIAN, "macet parah, kejebak di tol 3 jam"),
                Arguments.of(
                        Language.INDONESIAN,
                        "lowongan admin di Phnom Penh gaji 1000 usd, mess gratis, minat hubungi WA"),
                Arguments.of(
                        Language.INDONESIAN, "Anak saya mau kerja di Kamboja, katanya gaji 12 juta. Aman gak ya kak?"),
                Arguments.of(
                        Language.INDONESIAN,
                        "BP2MI: 78 PMI dipulangkan dari Kamboja hari ini, menurut keterangan pers"),
                Arguments.of(
                        Language.INDONESIAN,
                        "Kalau di kantor aku, HRD biasanya pegang paspor karyawan asing buat urus KITAS, emang gitu kan?"),
                Arguments.of(Language.INDONESIAN, "gw dipukulin kakak gw gara2 ngabisin mie wkwk"),
                Arguments.of(
                        Language.MALAY,
                        "Menurut kenyataan Wisma Putra, 35 rakyat Malaysia yang terkandas di Myanmar telah diselamatkan"),
                Arguments.of(
                        Language.MALAY, "ejen cakap majikan akan simpan pasport sepanjang kontrak, biasa ke macam tu?"),
                Arguments.of(Language.MALAY, "kerja ni betul2 nak bunuh aku, overtime tiap hari kahkahkah"),
                Arguments.of(Language.MALAY, "team aku tak capai KPI suku ni, bonus kena potong"),
                Arguments.of(
                        Language.MALAY,
                        "alhamdulillah dah selamat balik Malaysia, dulu kena kurung kat Kemboja 3 bulan"),
                Arguments.of(Language.MALAY, "terperangkap dalam jem, tak boleh gerak"),
                Arguments.of(Language.MALAY, "kena bayar balik duit kawan sebelum balik kampung raya ni"),
                Arguments.of(Language.MALAY, "abang aku kerja kat Singapore, minggu depan dia balik"),
                Arguments.of(
                        Language.MALAY,
                        "Menurut laporan polis, 40 mangsa sindiket kerja palsu telah dibawa pulang dari Kemboja"),
                Arguments.of(
                        Language.MALAY,
                        "ejen kata syarikat akan simpan pasport sepanjang kontrak, normal ke macam tu?"),
                Arguments.of(Language.MALAY, "kalau nak berhenti awal kena bayar penalti ke?"),
                Arguments.of(Language.MALAY, "manager aku memang nak bunuh aku dengan kerja ni haha"),
                Arguments.of(Language.MALAY, "tak capai KPI bulan ni, mesti kena marah dengan bos"),
                Arguments.of(
                        Language.MALAY, "alhamdulillah dah selamat sampai rumah, dulu pernah kena kurung kat sana"),
                Arguments.of(Language.MALAY, "jawatan kosong di Laos gaji RM6000, penginapan percuma, berminat PM"),
                Arguments.of(Language.MALAY, "aku tersekat dalam jem kat Jalan Duta sejam"),
                Arguments.of(Language.MALAY, "Kakak aku dulu kena tipu kerja kat Kemboja, sekarang dah selamat balik"),
                Arguments.of(Language.MALAY, "Polis berkata 12 mangsa diselamatkan dalam serbuan di Johor"),
                Arguments.of(Language.MALAY, "majikan saya minta IC untuk buat permit, normal ke?"));
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @MethodSource("distress")
    void recognisesEachConceptHoweverItIsPhrased(Language language, String concept, String text) {
        assertThat(detector.assess(text, Optional.of(language)).distress())
                .as(concept + ": " + text)
                .isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notDistress")
    void leavesNewsQuestionsJokesWorkComplaintsAndTheSafeAlone(Language language, String text) {
        assertThat(detector.assess(text, Optional.of(language)).distress())
                .as(text)
                .isFalse();
    }
}
