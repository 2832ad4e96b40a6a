package org.jaga.core.triage;

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
                        "not where promised, a guarded place",
                        "bu aku skrg di kompleks kasino, pintu keluar cuma satu dan dijaga orang pake senjata. katanya dulu kerja di restoran"),
                Arguments.of(
                        Language.INDONESIAN,
                        "not where promised, a guarded place",
                        "kami semua diangkut truk dari Mae Sot, nyebrang sungai pake rakit, sekarang di tempat yg gak jelas"),
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
                        "paying to go home",
                        "kata bos kontraknya 1 tahun, kalau berhenti sebelum itu wajib bayar kompensasi 35 juta"),
                Arguments.of(
                        Language.INDONESIAN,
                        "paying to go home",
                        "Keluarga saya diminta transfer 60 juta biar aku bisa dilepas"),
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
                        "watched, cannot talk",
                        "bentar ya, leader lagi muter2 ngecek layar kami. nanti aku chat lagi"),
                Arguments.of(
                        Language.INDONESIAN,
                        "watched, cannot talk",
                        "gak bisa vc, hp cuma boleh dipegang sejam pas istirahat"),
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
                        "scamming under coercion",
                        "aku disuruh bikin akun ig palsu terus deketin bapak2 bule suruh invest crypto, yang gak closing dijemur seharian"),
                Arguments.of(
                        Language.INDONESIAN,
                        "scamming under coercion",
                        "Setiap minggu target 3 korban, gagal = potong gaji + disuruh push up 300 kali"),
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
                        "a relative held abroad",
                        "Pak tolong, anak perempuan saya di Myawaddy bilang kalau dia dipaksa kerja scam dan gak boleh keluar gedung"),
                Arguments.of(
                        Language.INDONESIAN,
                        "a relative held abroad",
                        "Bang, sepupu saya udah 2 bulan di Laos. Perusahaan nahan paspornya dan minta 20 juta buat pulang. Kami harus ngadu ke siapa?"),
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
                        "passport kept",
                        "paspor kami dititipin ke kantor dari awal, sampai sekarang gak dibalikin"),
                Arguments.of(
                        Language.INDONESIAN,
                        "passport kept",
                        "HRD ngambil paspor semua anak baru katanya buat urus visa, udah 3 bulan"),
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
                        "colloquial violence",
                        "td ada yg ditendangin rame2 gara2 ketauan pegang hp"),
                Arguments.of(
                        Language.INDONESIAN,
                        "colloquial violence",
                        "kemarin temen aku dihajar sampe berdarah karena target kurang"),
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
                        Language.INDONESIAN,
                        "sold on",
                        "mereka bilang kalau kita macem2 bakal dijual ke perusahaan lain di Kamboja"),
                Arguments.of(
                        Language.INDONESIAN, "sold on", "aku takut, katanya minggu depan kita dioper ke kompleks lain"),
                Arguments.of(
                        Language.INDONESIAN,
                        "several at once",
                        "gedungnya dikelilingi pagar kawat dan ada satpam bersenjata, aku baru sadar ini bukan kantor yg diiklanin"),
                Arguments.of(
                        Language.INDONESIAN,
                        "several at once",
                        "kami dijemput tengah malam terus diseberangkan lewat sungai ke Myanmar"),
                Arguments.of(
                        Language.INDONESIAN,
                        "several at once",
                        "Kalau mau keluar katanya harus bayar 'biaya kontrak' 50 juta, keluargaku gak punya uang segitu"),
                Arguments.of(
                        Language.INDONESIAN,
                        "several at once",
                        "Bos bilang hutang kami 3000 usd, kalau belum lunas jangan harap bisa pulang"),
                Arguments.of(
                        Language.INDONESIAN,
                        "several at once",
                        "hp kami dicek tiap jam sama leader, jadi aku jarang bisa bales"),
                Arguments.of(
                        Language.INDONESIAN,
                        "several at once",
                        "anakku di Kamboja, katanya dia sering dipukul kalau gak dapat korban"),
                Arguments.of(
                        Language.INDONESIAN,
                        "several at once",
                        "paspor aku dipegang company, kalau aku minta mereka ngancem"),
                Arguments.of(
                        Language.INDONESIAN, "several at once", "kita bakal dijual ke mafia lain kalau berani lapor"),
                Arguments.of(
                        Language.INDONESIAN,
                        "several at once",
                        "gw skrg di Myanmar bro, bukan di Thailand kyk kata calo. tiap sudut ada cctv sm penjaga bersenjata"),
                // "kalo mau berhenti kudu bayar 70jt" (a fee to quit) is left out: ordinary jobs have
                // resignation penalties too, so quitting against a fee needs a second sign
                Arguments.of(Language.INDONESIAN, "several at once", "Bu jgn tlp ke no ini lg ya, hp ini dipantau"),
                Arguments.of(
                        Language.INDONESIAN,
                        "several at once",
                        "tiap hari disuruh nge-chat cewek2 Amerika pake akun cowok ganteng, kalo gak ada yg depo kita gak dikasi makan seharian"),
                Arguments.of(
                        Language.INDONESIAN,
                        "several at once",
                        "Selamat malam, adik saya perempuan umur 22 di Kamboja, katanya dikunci di kamar dan paspornya diambil. Mohon info kami lapor kemana"),
                Arguments.of(
                        Language.INDONESIAN,
                        "several at once",
                        "passport kita semua ditahan manajemen, alasannya takut kabur"),
                Arguments.of(
                        Language.INDONESIAN,
                        "several at once",
                        "semalem ada yg diseret terus dipukulin pake tongkat di depan kita"),
                Arguments.of(
                        Language.INDONESIAN,
                        "several at once",
                        "kalo ada yg ngelawan katanya bakal dijual ke perusahaan lain yg lebih sadis"),
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
                        "not where promised, a guarded place",
                        "mak, kami bukan kerja kilang macam yang dijanjikan. kawasan ni berpagar dawai berduri, askar bawa senapang jaga"),
                Arguments.of(
                        Language.MALAY,
                        "not where promised, a guarded place",
                        "lepas sampai Bangkok kami dihantar naik van ke sempadan malam-malam"),
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
                        "paying to go home",
                        "majikan kata kalau nak balik mesti bayar balik semua kos ejen RM18k"),
                Arguments.of(
                        Language.MALAY,
                        "paying to go home",
                        "diorang suruh family aku bank in RM25k baru nak lepaskan aku"),
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
                        "watched, cannot talk",
                        "tak boleh call sekarang, supervisor tengah meronda. nanti malam aku whatsapp"),
                Arguments.of(
                        Language.MALAY,
                        "watched, cannot talk",
                        "fon kitorang diorang kumpul tiap malam, jangan reply mesej ni"),
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
                        "scamming under coercion",
                        "kitorang kena guna profile palsu ayat orang US suruh labur kripto, siapa tak capai target tak dapat gaji"),
                Arguments.of(
                        Language.MALAY,
                        "scamming under coercion",
                        "sasaran 5 mangsa seminggu, kalau tak cukup kena ketuk ketampi 500 kali"),
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
                        "a relative held abroad",
                        "Tuan, adik perempuan saya kat Kemboja cakap diorang kurung dia dan tak bagi makan. Kami nak lapor kat mana?"),
                Arguments.of(
                        Language.MALAY,
                        "a relative held abroad",
                        "suami saya kerja kat Myanmar, syarikat tahan pasport dia dan minta RM30k untuk lepaskan dia"),
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
                        "passport kept",
                        "pasport aku dah 4 bulan dalam simpanan syarikat, minta pun diorang buat tak tahu"),
                Arguments.of(Language.MALAY, "passport kept", "HR ambik pasport semua pekerja baru, kata nak simpan"),
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
                        "colloquial violence",
                        "kawan aku kena pijak-pijak dengan guard sebab cuba lari"),
                Arguments.of(
                        Language.MALAY,
                        "colloquial violence",
                        "semalam aku kena tumbuk dengan supervisor sebab tertidur"),
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
                        Language.MALAY, "sold on", "aku dengar kitorang akan dijual kepada kompeni baru minggu depan"),
                Arguments.of(
                        Language.MALAY, "sold on", "bos ugut nak jual kami kat syarikat lain kalau kami buat report"),
                Arguments.of(Language.MALAY, "sold on", "dengar cerita kitorang nak dijual ke kompeni Cina sebelah"),
                Arguments.of(
                        Language.MALAY,
                        "several at once",
                        "kitorang dalam kawasan berpagar tinggi, ada pengawal bersenjata 24 jam"),
                Arguments.of(
                        Language.MALAY,
                        "several at once",
                        "nak balik kena bayar balik tiket flight dan duit makan, total RM15 ribu"),
                Arguments.of(Language.MALAY, "several at once", "tak boleh lama, diorang tengah check fon semua orang"),
                Arguments.of(
                        Language.MALAY,
                        "several at once",
                        "anak saya di Kemboja cakap pasport dia majikan simpan dan dia kena pukul"),
                Arguments.of(Language.MALAY, "several at once", "kalau tak cukup target kami tak diberi makan"),
                Arguments.of(Language.MALAY, "several at once", "diorang ugut nak bunuh kalau aku cuba lari"),
                Arguments.of(
                        Language.MALAY,
                        "several at once",
                        "ejen tipu kami, kata kerja kat Thailand tapi sekarang kami di Myanmar"),
                Arguments.of(Language.MALAY, "several at once", "company nak jual kitorang ke syarikat lain, tolong"),
                Arguments.of(
                        Language.MALAY,
                        "several at once",
                        "kitorang sekarang kat Myawaddy, bukan Bangkok. bangunan ni berpagar besi tinggi dan ada guard bawa senjata"),
                Arguments.of(
                        Language.MALAY,
                        "several at once",
                        "nak keluar kena bayar tebusan RM50k, mana aku nak cari duit"),
                Arguments.of(
                        Language.MALAY,
                        "several at once",
                        "x boleh jawab call, ketua ada kat sebelah. malam nanti aku roger"),
                Arguments.of(
                        Language.MALAY,
                        "several at once",
                        "kena scam orang guna akaun palsu, kalau tak capai sasaran kena denda dan tak dapat makan"),
                Arguments.of(
                        Language.MALAY,
                        "several at once",
                        "Saya risau, anak saudara saya kat Kemboja kata majikan tahan pasport dan tak bagi dia balik"),
                Arguments.of(
                        Language.MALAY,
                        "several at once",
                        "pasport semua pekerja syarikat yang simpan, tak boleh ambil"),
                Arguments.of(
                        Language.MALAY, "several at once", "budak tu kena pukul dengan batang paip sebab cuba lari"),
                Arguments.of(
                        Language.MALAY, "several at once", "diorang kata siapa buat hal akan dijual kat geng lain"));
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
                        Language.INDONESIAN,
                        "Menurut polisi, 30 orang korban TPPO berhasil diselamatkan dari sebuah perusahaan online scam di Kamboja"),
                Arguments.of(Language.INDONESIAN, "agen bilang paspor nanti dipegang perusahaan, itu wajar gak?"),
                Arguments.of(Language.INDONESIAN, "kalau resign sebelum kontrak harus bayar denda ya? wajar gak sih"),
                Arguments.of(Language.INDONESIAN, "bos ngomel terus karena target bulan ini gak tercapai, capek deh"),
                Arguments.of(
                        Language.INDONESIAN,
                        "alhamdulillah saya sudah aman di rumah, dulu memang pernah disekap di Kamboja"),
                Arguments.of(Language.INDONESIAN, "hp ku disita guru karena main game di kelas"),
                Arguments.of(Language.INDONESIAN, "kejebak macet 3 jam di tol cikampek"),
                Arguments.of(Language.INDONESIAN, "gw dikerjain temen sampe dikunci di kamar mandi wkwk"),
                Arguments.of(Language.INDONESIAN, "anak saya kerja di Jepang, alhamdulillah baik2 saja"),
                Arguments.of(
                        Language.INDONESIAN, "Lowongan operator Kamboja gaji 15 juta, mess & makan gratis, hubungi WA"),
                Arguments.of(
                        Language.INDONESIAN, "Anak saya mau kerja di Kamboja, katanya gaji 12 juta. Aman gak ya kak?"),
                Arguments.of(
                        Language.INDONESIAN,
                        "BP2MI: 78 PMI dipulangkan dari Kamboja hari ini, menurut keterangan pers"),
                Arguments.of(
                        Language.INDONESIAN,
                        "Kalau di kantor aku, HRD biasanya pegang paspor karyawan asing buat urus KITAS, emang gitu kan?"),
                Arguments.of(Language.INDONESIAN, "gw dipukulin kakak gw gara2 ngabisin mie wkwk"),
                Arguments.of(Language.INDONESIAN, "hp ku disita mama gara2 main game terus"),
                Arguments.of(
                        Language.INDONESIAN,
                        "Pak, saya ditawari kerja di Kamboja, katanya paspor harus dititipkan ke agen. Itu aman gak?"),
                Arguments.of(
                        Language.INDONESIAN,
                        "Menurut Kemlu, 50 WNI telah dievakuasi dari Myawaddy dan tiba di Jakarta"),
                Arguments.of(Language.INDONESIAN, "bos gw galak bgt, kalo target gak nyampe diomelin sampe malem"),
                Arguments.of(Language.INDONESIAN, "ketahan hujan di kantor, belum bisa pulang"),
                Arguments.of(Language.INDONESIAN, "kemarin adikku jatuh dari motor, tangannya patah"),
                Arguments.of(
                        Language.INDONESIAN,
                        "Saya dulu korban TPPO di Kamboja, sekarang sudah aman dan mau berbagi cerita"),
                Arguments.of(Language.INDONESIAN, "anjir tugas kuliah bikin gw terkurung di kamar seharian wkwk"),
                Arguments.of(Language.INDONESIAN, "mau tanya, biaya bikin paspor sekarang berapa ya?"),
                Arguments.of(Language.INDONESIAN, "jangan telpon dulu ya, aku lagi rapat, nanti aku kabarin"),
                Arguments.of(
                        Language.INDONESIAN,
                        "Kak, saya ditawari kerja jadi admin di Kamboja gaji 1200 usd, katanya paspor dipegang perusahaan selama kontrak. Normal gak?"),
                Arguments.of(
                        Language.INDONESIAN,
                        "Dilansir dari detik, polisi menangkap 5 perekrut yang mengirim korban ke Myanmar"),
                Arguments.of(Language.INDONESIAN, "hari ini lembur lagi, target gak nyampe, bos marah2"),
                Arguments.of(Language.INDONESIAN, "aku dimarahin mama gara2 pulang malem, hp disita seminggu"),
                Arguments.of(
                        Language.INDONESIAN,
                        "saya pernah kerja di Malaysia 5 tahun, paspor disimpan majikan tapi dikembalikan pas pulang, aman2 aja"),
                Arguments.of(
                        Language.INDONESIAN, "film tentang korban perdagangan orang di Kamboja itu bikin aku nangis"),
                Arguments.of(Language.INDONESIAN, "kemarin main futsal, kakiku ditendang sampe memar haha"),
                Arguments.of(Language.INDONESIAN, "mau pulang kampung lebaran tapi tiket mahal banget"),
                Arguments.of(Language.INDONESIAN, "teman saya ditipu online shop, uangnya hilang 2 juta"),
                Arguments.of(
                        Language.INDONESIAN,
                        "bisa bantu cek lowongan ini? kerja di Thailand, tiket dibayarin perusahaan"),
                Arguments.of(Language.INDONESIAN, "jangan telpon ya, aku lagi di bioskop. nanti aku kabarin"),
                Arguments.of(Language.INDONESIAN, "aku terjebak di bandara karena pesawat delay 5 jam"),
                Arguments.of(
                        Language.INDONESIAN,
                        "Kak, agen bilang di sana paspor disimpan kantor biar aman, itu biasa gak ya?"),
                Arguments.of(
                        Language.INDONESIAN,
                        "Polisi menyebut para korban dipaksa bekerja sebagai penipu online, menurut laporan Kompas"),
                Arguments.of(Language.INDONESIAN, "anjir tugas numpuk, dosen nyiksa banget wkwk"),
                Arguments.of(Language.INDONESIAN, "bos marah karena target gak nyampe, gw capek"),
                Arguments.of(Language.INDONESIAN, "dulu pernah kerja di Kamboja, sekarang udah aman di Indonesia"),
                Arguments.of(Language.INDONESIAN, "hp gue disita bokap gara2 nilai jelek"),
                Arguments.of(Language.INDONESIAN, "kejebak banjir di kantor, belum bisa pulang"),
                Arguments.of(Language.INDONESIAN, "adik saya kuliah di Thailand, minggu depan pulang"),
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
                Arguments.of(
                        Language.MALAY, "Polis berkata 25 rakyat Malaysia berjaya dibawa pulang dari Myanmar semalam"),
                Arguments.of(Language.MALAY, "ejen kata majikan akan pegang pasport sepanjang kontrak, biasa ke?"),
                Arguments.of(Language.MALAY, "tak capai KPI bulan ni, kena marah dengan manager"),
                Arguments.of(
                        Language.MALAY, "dulu aku pernah kena kurung kat Kemboja, sekarang dah selamat balik Malaysia"),
                Arguments.of(Language.MALAY, "fon aku kena rampas dengan cikgu sebab guna dalam kelas"),
                Arguments.of(Language.MALAY, "terperangkap dalam jem dekat Federal Highway"),
                Arguments.of(Language.MALAY, "kerja ni nak bunuh aku dah, penat gila haha"),
                Arguments.of(Language.MALAY, "abang aku kerja kat Singapura, minggu depan dia balik kampung"),
                Arguments.of(Language.MALAY, "Kakak aku dulu kena tipu kerja kat Kemboja, sekarang dah selamat balik"),
                Arguments.of(Language.MALAY, "Polis berkata 12 mangsa diselamatkan dalam serbuan di Johor"),
                Arguments.of(Language.MALAY, "majikan saya minta IC untuk buat permit, normal ke?"),
                Arguments.of(Language.MALAY, "fon aku kena rampas dengan mak sebab main game sampai pagi"),
                Arguments.of(Language.MALAY, "ejen cakap nanti pasport kena serah kat majikan, betul ke macam tu?"),
                Arguments.of(
                        Language.MALAY,
                        "Menurut Wisma Putra, 15 rakyat Malaysia berjaya dibawa pulang dari Kemboja semalam"),
                Arguments.of(Language.MALAY, "tak capai target lagi bulan ni, bos mesti bising"),
                Arguments.of(Language.MALAY, "terperangkap dalam lif 20 minit tadi, nasib baik ok"),
                Arguments.of(Language.MALAY, "aku nak balik kampung raya ni, tiket bas dah beli"),
                Arguments.of(
                        Language.MALAY, "dulu aku pernah kena tipu kerja kat Kemboja, alhamdulillah dah selamat balik"),
                Arguments.of(Language.MALAY, "bos aku nak bunuh aku dengan kerja bertimbun ni kahkah"),
                Arguments.of(
                        Language.MALAY,
                        "Ejen tawarkan kerja kat Kemboja RM7k sebulan, dia kata majikan akan simpan pasport. Selamat ke?"),
                Arguments.of(
                        Language.MALAY,
                        "Menurut Bernama, polis menyelamatkan 12 mangsa pemerdagangan manusia di Johor"),
                Arguments.of(Language.MALAY, "bos marah sebab sales tak capai target, stress aku"),
                Arguments.of(Language.MALAY, "fon aku kena rampas dengan cikgu, esok baru dapat"),
                Arguments.of(
                        Language.MALAY, "dulu aku kerja kat Singapura, pasport majikan simpan, tapi dah pulangkan"),
                Arguments.of(Language.MALAY, "tadi main bola kena sepak kat kaki, lebam"),
                Arguments.of(Language.MALAY, "nak balik kampung tapi duit tak cukup nak bayar tiket"),
                Arguments.of(Language.MALAY, "kawan aku kena tipu beli barang online"),
                Arguments.of(Language.MALAY, "jangan call dulu, aku tengah meeting. nanti aku mesej"),
                Arguments.of(Language.MALAY, "aku tersekat dalam lif tadi, takut gila"),
                Arguments.of(Language.MALAY, "ejen cakap pasport akan disimpan syarikat, betul ke?"),
                Arguments.of(Language.MALAY, "Menurut berita, polis selamatkan 10 mangsa sindiket"),
                Arguments.of(Language.MALAY, "kerja ni memang nak bunuh aku haha"),
                Arguments.of(Language.MALAY, "tak capai target, kena bebel dengan bos"),
                Arguments.of(Language.MALAY, "dulu aku pernah kena tahan pasport, sekarang dah selamat"),
                Arguments.of(Language.MALAY, "terperangkap dalam jem dua jam"),
                Arguments.of(Language.MALAY, "abang aku kerja kat Brunei, dia sihat je"),
                Arguments.of(Language.MALAY, "fon aku kena rampas dengan ayah sebab main game"));
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
