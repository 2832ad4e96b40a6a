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
 * Indonesian and Malay, which share most of what matters here, with their informal spellings
 * ("gak bisa keluar", "tak boleh balik", "sy", "gw", "dipukulin", "tolongin") and the Malay of
 * Manglish ("I kena tipu", "diorang check phone"). Each concept is a small lexicon of words
 * combined by nearness, so that a phrasing never seen still matches.
 */
final class MalayIndonesianCues {
    private static final String NO =
            "(?:gak|ga|gk|g|nggak|ngga|ngak|enggak|engga|kagak|kaga|tidak|tdk|tak|ndak|nda|x|tk|xleh|xboleh|taleh|tak leh|x leh|takkan|tak akan|tidak akan|gak bakal|nggak bakal|x akan)";
    private static final String ME =
            "(?:saya|sy|sya|kami|kmi|aku|aq|ak|gw|gue|gua|ku|kita|i|kitorang|kiteorang|kitaorang)";
    private static final String KIN_WORD =
            "(?:anak|adik|adek|abang|abg|kakak|suami|laki|bini|istri|isteri|ayah|bapak|bapa|ibu|emak|mak|"
                    + "mama|papa|saudara|sodara|sepupu|keponakan|ponakan|cucu|paman|pakcik|makcik|bibi|tante|menantu|ipar|pacar|"
                    + "tunangan|tunang|kekasih|kawan|teman|temen|keluarga|family)";
    private static final String KIN = KIN_WORD
            + "(?: (?:laki-laki|lelaki|perempuan|cowok|cewek|sulung|bungsu|ipar))?(?:ku| (?:saya|sy|kami|aku|aq|gw|gue|kita|i|kmi))";
    /** Those who hold people: captors, employers and their staff. */
    private static final String THEY =
            "(?:mereka|mrk|diorang|diorg|dorg|dorang|diaorang|diaorg|depa|dia orang|orang tu|org tu|orang itu|bos|boss|"
                    + "majikan|mandor|perusahaan|syarikat|company|kompeni|agen|agensi|ejen|hr|hrd|pihak|tauke|towkay|cina|atasan|"
                    + "manager|manajer|pengurus|supervisor|spv|admin|guard|penjaga|pengawal|satpam|security|ketua)";

    private static final String PASSPORT =
            "\\b(?:paspor|pasport|passport|paspot|pspt|dokumen perjalanan|ic|mykad|ktp|dokumen)(?:nya|ku)?\\b";
    private static final String LEAVE =
            "\\bpulang\\b|\\b(?:nak|mau|mo|boleh|bisa|dapat|dpt|baru|untuk|utk|ingin|pengen|dikasih|"
                    + "dibenarkan|diizinkan|kalau|kalo|klo) (?:balik|keluar)\\b|\\bbalik (?:ke )?(?:indonesia|malaysia|msia|indo|"
                    + "negara|tanah air|sana)\\b|\\b(?:dilepas|dilepasin|dilepaskan|dibebaskan|"
                    + "dibebasin|lepasin|lepaskan|(?:paspor|pasport|passport)(?:nya)? (?:baru )?(?:dikembalikan|dibalikin|dipulangkan|dikasih balik|diberi balik)|melepaskan|cabut dari|kabur dari sini|pergi dari sini|keluar dari (?:sini|situ|perusahaan|syarikat|company|kompleks|tempat|kerja))\\b";
    private static final String NOT_FOR_OFFER =
            "(?! (?:cek|check|periksa|lihat|tengok|baca|jelaskan|terangkan|tanya|semak))";
    /** Up to fifty characters within a sentence; a dot between digits ("15.000") does not end it. */
    private static final String GAP = Cue.gap(50);

    /** "don't know", also written as one word ("gatau", "gktau", "taktahu"). */
    private static final String DO_NOT_KNOW = "(?:gak|ga|gk|tidak|tdk|tak|nggak|ngga|ndak|x) ?(?:tau|tahu)";

    private MalayIndonesianCues() {}

    /** Indonesian and Malay share their cues: most words are one, and writers mix the two. */
    static LanguageCues cues() {
        return new LanguageCues(shared(), negation(), hypothetical(), conditional(), reporting());
    }

    private static List<Cue> shared() {
        return Stream.of(
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
                .toList();
    }

    /** Somewhere other than promised, across a border, behind walls and armed guards. */
    private static List<Cue> place() {
        return List.of(
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:bawa|bawak|pegang|pakai|pake|dengan|dgn|ada) (?:senjata|senapan|senapang|pistol|pestol|parang)\\b"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\bbukan (?:tempat|kerja|negara|kerjaan|pekerjaan) (?:yg|yang) (?:di)?(?:janji|janjikan|cakap|kata|bilang|iklan)\\w*\\b"),
                Cue.weak(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:pukul|hentam|belasah|sebat|pukulin|dipukul|dipukulin) (?:guna|pakai|pake|dengan|dgn) (?:paip|pipa|kayu|besi|rotan|tali pinggang|ikat pinggang|batang)\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\b" + NO
                                + " (?:pernah |boleh |dapat |bisa )?(?:jejak kaki|jejakkan kaki|menjejak|keluar|melangkah|injak) (?:ke )?(?:luar|keluar) "
                                + "(?:pagar|pager|bangunan|gedung|kompleks|compound|gate|pintu pagar|kawasan)\\b"),
                Cue.near(
                        NOT_AS_PROMISED,
                        1,
                        "\\b(?:katanya|katanye|kata|kt|dijanjikan|janji|dijanjiin|diorg kata|dia kata)\\b(?: \\S+){0,5}? "
                                + "(?:di|kat|ke|dekat|dkt) (?:bangkok|thailand|thai|malaysia|msia|kl|singapura|singapore|dubai|jepang|jepun|korea|taiwan|hong kong|jakarta)\\b",
                        "\\b(?:tapi|tp|tpi|skali|sekali|rupanya|ternyata|malah|taunya|tau2nya|eh|last2|last-last|akhirnya|alih2)\\b"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\b(?:malah|justru|ternyata|rupanya|tau2|taunya|skali|sekali)(?: \\S+){0,2}? (?:dibawa|dihantar|dikirim|dioper|diantar|dibawak|bawak|bawa|sampai)\\b"
                                + "|\\b(?:sampai|sampe|dibawa|dihantar|bawak) (?:ke |kat |di )?tempat lain\\b"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\b(?:lintas|melintas|merentas|rentas|seberang|menyeberang|menyeberangi|nyeberang|nyebrang|diseberangkan|lalu|lewat)(?: \\S+)? "
                                + "(?:sungai|sempadan|perbatasan|border|river|hutan)\\b"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\b(?:rasa|rasanya|macam|mcm|kayak|kyk|ternyata|rupanya|sekarang|skrg|skrang|dah|udah|udh|sudah)(?: \\S+){0,2}? "
                                + "(?:di|kat|dekat|dkt|dalam|masuk) (?:myanmar|burma|kemboja|kamboja|laos)\\b"),
                Cue.fixed(
                        NOT_AS_PROMISED,
                        2,
                        "\\b" + DO_NOT_KNOW
                                + " (?:lagi )?(?:kami |kita |saya |sy |aku |i )?(?:(?:ada|berada|sedang) )?(?:(?:ini|sini|skrg|sekarang) )?(?:di ?mana|kat mana|negara (?:mana|apa)|tempat apa)\\b"
                                // "ini di mana sy jg gatau": the place asked first
                                + "|\\b(?:ini|sini|kami|kita|saya|sy|aku) (?:di ?mana|kat mana)(?: [^\\s.!?]+){0,3}? "
                                + DO_NOT_KNOW + "\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:pagar|pager|tembok|dinding|benteng|berpagar|bertembok|berdinding)(?:nya)? (?:tinggi|besi|kawat|berduri|duri|listrik|elektrik|tebal)\\b|\\b(?:kawat|dawai) (?:berduri|duri|tajam|listrik|elektrik)\\b|\\b(?:pagar|pager|tembok)(?:nya)? (?:ada |pakai |pake |dengan |dgn |dipasang )?(?:kawat|dawai)\\b"
                                + "|\\b(?:dikelilingi|dikepung|dipagari|dipagar|berkeliling) (?:tembok|pagar|pager|kawat|dawai|dinding)\\b"),
                Cue.near(
                        CONFINEMENT,
                        1,
                        "\\b(?:penjaga|pengawal|satpam|security|sekuriti|guard|jaga|tentara|askar|tentera|militer|milisi|orang|orang2|orang-orang|org2|pria|lelaki|preman|berseragam)\\b",
                        "\\b(?:senjata|senapan|senapang|bedil|pistol|pestol|laras panjang|ak-?47|m16|bersenjata)\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:askar|tentara|tentera|penjaga|pengawal|guard|satpam|security|polis|polisi|orang bersenjata)(?: \\S+)? (?:jaga|berjaga|menjaga|di) (?:pintu|pagar|gerbang|gate|pos)\\b|\\b(?:pintu|pagar|gerbang|gate)(?:nya)?(?: \\S+){0,4}? (?:dijaga|dikawal)\\b"),
                Cue.strong(
                        CONFINEMENT,
                        "\\b(?:dijaga|dikawal|diawasi) (?:ketat|24 jam|siang malam|terus|penjaga|satpam|pengawal|tentara|askar|tentera|orang bersenjata)\\b"),
                Cue.nearFixed(
                        NOT_AS_PROMISED,
                        1,
                        "\\b(?:bukan|beda|lain|jauh beda|" + NO + " (?:sesuai|sama|kayak|kaya|seperti|macam|mcm))\\b",
                        "\\b(?:iklan|iklannya|dijanjikan|dijanjiin|janji|janjinya|dibilang|dibilangin|dicakap|dikata|dikatakan|ditawarkan|ditawarin|ditawari|offer|kontrak|katanya|kata agen|kata ejen|agen bilang|ejen cakap|(?:yang|yg) (?:\\S+ )?(?:cakap|kata|bilang|janji))\\b",
                        50),
                Cue.nearFixed(
                        NOT_AS_PROMISED,
                        1,
                        "\\b(?:ternyata|rupanya|rupa-rupanya|malah|sekarang|skrg|skrng|skg|tau-tau|tahu-tahu|tiba-tiba|padahal|bukannya)\\b",
                        "\\b(?:di|ke|kat|dekat|dkt|sampai|sampe|nyampe|masuk)(?: \\S+)? (?:myanmar|burma|kamboja|kemboja|cambodia|laos|perbatasan|sempadan|border|seberang sungai|hutan|myawaddy|kk park|shwe kokko)\\b",
                        50),
                Cue.near(
                        NOT_AS_PROMISED,
                        2,
                        "\\b(?:dihantar|dihantarkan|dibawa lari|dibawa(?! pulang| balik| keluar)|dibawak|diseberangkan|diseberangin|dipindah|dipindahkan|diangkut|diantar|dianter|dioper|diselundupkan|diselundupin|disuruh (?:nyebrang|nyeberang|menyeberang|menyeberangi|lintas|melintas|melintasi|seberang))\\b",
                        "\\b(?:myanmar|burma|kamboja|kemboja|cambodia|laos|perbatasan|sempadan|border|seberang|sungai|hutan|myawaddy|shwe kokko|kk park|sihanoukville|bavet|poipet|golden triangle|segitiga emas)\\b"),
                Cue.near(
                        NOT_AS_PROMISED,
                        1,
                        "\\b(?:nyebrang|nyeberang|menyeberang|menyeberangi|menyebrang|seberang|lintas|melintasi|lewat|naik) (?:sungai|perahu|kapal|bot|boat|speedboat|speed boat|sampan|rakit|perbatasan|sempadan|border|hutan|jalan tikus)\\b",
                        "\\b(?:malam|malem|malem2|malam2|tengah malam|malam-malam|mlm|gelap|diam-diam|diem2|subuh|dini hari)\\b"),
                Cue.fixed(
                        NOT_AS_PROMISED,
                        1,
                        "\\b(?:kerja|pekerjaan|kerjaan)(?:nya)? (?:tidak|gak|ga|tak|bukan|x) (?:sesuai|seperti|sama|macam)\\b|\\bbeda (?:dengan|sama|dari) (?:yang |yg )?dijanji(?:kan|in)\\b|\\blowongan palsu\\b"),
                Cue.strong(NOT_AS_PROMISED, "\\b" + ME + " (?:diperdagangkan|dijual|diselundupkan)\\b"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\b" + ME
                                + " (?:ditipu|tertipu|dibohongi|kena tipu|diperdaya|kena scam|dijebak|terjebak agen)\\b|\\b(?:agen|ejen|agensi|calo|penyalur|perekrut) (?:tipu|nipu|menipu|bohong|bohongi|bohongin|bohongin|kelentong) "
                                + ME + "\\b"));
    }

    /** Being held: locked in, not let out, not let go home. */
    private static List<Cue> confinement() {
        String let =
                "(?:ngizinin|ngijinin|ngebolehin|ngasih|ngebiarin|dikasih|dikasi|dibolehin|dibolehkan|diperbolehkan|diizinkan|diizinin|diijinkan|diijinin|dibenarkan|dibiarkan|dibiarin|"
                        + "bagi|kasi|kasih|izinkan|izinin|ijinin|benarkan|bolehkan|bolehin|biarin|biarkan)";
        String person = "(?: (?:" + ME + "|dia|dy|doi|mereka|kitorang|anak|suami|adik|abang|kakak))?";
        return List.of(
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\b" + NO
                                + " (?:dilepas|dilepasin|dilepaskan|dibebaskan|dibebasin|dikasih pulang|diizinkan pulang|dibenarkan balik)\\b|\\b"
                                + NO + " (?:mau |nak )?(?:lepasin|ngelepasin|melepaskan|lepaskan|bebaskan|ngebebasin)"
                                + person
                                + "\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\b" + NO + " " + let + person
                                + " (?:keluar|kabur|lari|pulang|balik|pergi|resign|berhenti|cabut)\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\b" + NO
                                + " (?:bisa|boleh|dapat|dpt|bs|blh|dibolehkan|diizinkan|diijinkan) (?:keluar|kabur|lari|melarikan diri)\\b"),
                Cue.fixed(CONFINEMENT, 1, "\\b" + NO + " (?:bisa|boleh|dapat|dpt|bs|blh) (?:pulang|pergi|balik)\\b"),
                Cue.strong(
                        CONFINEMENT,
                        "\\b(?:dikurung|dikurungin|dikunci|dikonciin|disekap|ditahan|terkurung|disandera|diculik|dipenjara|dikerangkeng|kena (?:kurung|kunci|sekap|culik|tahan))\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:terjebak|kejebak|terperangkap|kabur|melarikan diri)\\b(?! (?:macet|kemacetan|jem|kesesakan|traffic|hujan|banjir|antrian|antrean|friendzone|di jalan|di tol))"));
    }

    /** A passport taken, kept or held by the employer, and not given back. */
    private static List<Cue> passport() {
        Cue notReturned = Cue.nearFixed(
                PASSPORT_TAKEN,
                2,
                "\\b(?:paspor|pasport|passport|paspot|pspt|ic|mykad|ktp|dokumen)(?:nya|ku)?\\b",
                "\\b(?:belum|blm|tak|tidak|x|gak|ga|gk|tdk) (?:di)?(?:pulang|pulangkan|kembalikan|kembaliin|balikin|bagi balik|kasih balik|dikasih balik|diberi balik|dapat balik)\\b",
                40);
        String kept =
                "\\b(?:diambil|diambik|diambilin|ditahan|ditahanin|disita|dirampas|disimpan|disimpen|disimpenin|dipegang|dipegangin|"
                        + "dikumpul|dikumpulin|dikumpulkan|dikuasai|dititip|dititipkan|dititipin|ditaruh|diamankan|kena (?:ambil|ambik|tahan|simpan|rampas|sita|pegang|kumpul))\\b"
                        + "|\\b(?:masih|ada|tetap) (?:di|dekat|kat|sama|ama|pada|dengan|dgn|dalam) (?:" + THEY
                        + "|kantor|office|pejabat)\\b"
                        + "|\\b(?:dalam|di) (?:simpanan|tangan|pegangan)\\b";
        String heldBy = "\\b" + THEY
                + "(?: \\S+){0,2}? (?:simpan|simpen|nyimpen|menyimpan|pegang|megang|memegang|tahan|nahan|menahan|ambil|ambik|ngambil|mengambil|sita|nyita|menyita|rampas|ngerampas|kumpul|kumpulin|ngumpulin|kuasai|keep|hold)\\b";
        return List.of(
                notReturned,
                Cue.near(PASSPORT_TAKEN, 2, PASSPORT, kept),
                Cue.near(PASSPORT_TAKEN, 2, PASSPORT, heldBy),
                Cue.nearFixed(
                        PASSPORT_TAKEN,
                        2,
                        PASSPORT,
                        "\\b" + THEY + "(?: \\S+)? (?:" + NO
                                + "|belum|blm) (?:mau |nak )?(?:pulangkan|kembalikan|kembaliin|balikin|serahkan|bagi|kasih|kasi)\\b",
                        50),
                Cue.strong(
                        PASSPORT_TAKEN,
                        "\\b(?:ambil|ambik|tahan|sita|simpan|pegang|rampas|kumpul|kumpulin) (?:semua )?(?:paspor|pasport|passport) (?:"
                                + ME + "|kami semua|kita semua)\\b"),
                Cue.nearFixed(
                        PASSPORT_TAKEN,
                        1,
                        PASSPORT,
                        "\\bditolak\\b|\\b(?:" + NO
                                + "|belum|blm) (?:dapat|dpt|dikasih|dikasi|diberi|dibagi|bagi|kasi|kasih|dikembalikan|dibalikin|dipulangkan|diserahkan|pulangkan|kembalikan|balikin)\\b",
                        50));
    }

    /** Beating, electric shocks, threats, and punishment by hunger, standing or a dark room. */
    private static List<Cue> violence() {
        String beaten =
                "dipukul(?:in|i)?(?! rata)|disebat|dilibas|dihempuk|dihempas|kena (?:sebat|libas|hempuk|sepak terajang|pijak)|digebuk(?:in|i)?|ditonjok(?:in)?|ditinju|ditendang(?:in)?|ditampar(?:in)?|digampar(?:in)?|"
                        + "dihajar|dikeroyok|disiksa|diseksa|disetrum(?:in)?|distrum|dicambuk(?:in)?|dipecut(?:in)?|disabet|dirotan|dibelasah|"
                        + "dilempang|ditumbuk|disepak|diterajang|dihentam|dianiaya|didera|diperkosa|dirogol|dicabuli?|dilecehkan|disundut|"
                        + "ditusuk|ditikam|ditembak|dijambak|dipopor|diinjak(?:-injak)?|dibacok|diancam|diugut|digertak|kena (?:pukul|gebuk|"
                        + "tonjok|tendang|tampar|gampar|hajar|keroyok|siksa|seksa|setrum|strum|cambuk|pecut|sabet|rotan|belasah|lempang|"
                        + "tumbuk|sepak terajang|terajang|hentam|renjat|tembak|tikam|tusuk|lanyak|bedal|rogol)";
        String harm =
                "\\b(?:di)?(?:bunuh|jual|pukul|tembak|siksa|seksa|setrum|belasah|tikam|habisi|buang|hilangkan)\\b|\\b(?:mati|organ|ginjal|buah pinggang)\\b";
        return List.of(
                Cue.strong(VIOLENCE_OR_THREAT, "\\b(?:" + beaten + ")\\b"),
                Cue.fixed(
                        VIOLENCE_OR_THREAT,
                        2,
                        "\\b" + NO
                                + " (?:nyampe|sampai|sampe|capai|mencapai|cukup|dapat|dapet|dpt|berhasil|tercapai|mau|nak|ikut|kerja|setor|bayar|depo|deposit|perform|closing)(?: \\S+){0,3}? (?:"
                                + beaten + "|dikurung|dikunci|disekap|kena kurung|kena kunci|disetrum|kena setrum)\\b"),
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\b" + THEY
                                + "(?: \\S+)? (?:pukul|pukulin|mukul|mukulin|gebukin|belasah|sepak|terajang|tendang|nendang|tampar|nampar|hentam|"
                                + "lanyak|hajar|ngehajar|seksa|siksa|nyiksa|setrum|nyetrum|tonjok|nonjok|keroyok|ngeroyok|rotan|sebat|cambuk)\\b"),
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:setrum|strum|sengatan listrik|kejutan elektrik|renjatan elektrik|renjat elektrik|renjat|alat kejut|stun gun|taser|kena karan|kena cas elektrik)\\b|\\btongkat (?:listrik|setrum|kejut|elektrik)\\b"),
                Cue.nearFixed(
                        VIOLENCE_OR_THREAT,
                        2,
                        "\\b(?:ancam|diancam|ngancam|ngancem|diancem|mengancam|ugut|diugut|mengugut|ngugut|gertak|digertak)\\b",
                        harm,
                        50),
                Cue.weak(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:mau|mo|akan|nak|bakal) (?:di)?(?:bunuh|jual|pukul|belasah|setrum|siksa|seksa|tembak|habisi)\\b|\\b(?:jual|ambil) (?:organ|ginjal|buah pinggang)\\b"),
                Cue.fixed(
                        VIOLENCE_OR_THREAT,
                        1,
                        "\\b(?:dihukum|kena hukum|hukuman|dijemur|(?:disuruh|kena|dipaksa) (?:ketuk ketampi|berdiri|jongkok|berlutut|push ?up|sit ?up|squat|skot ?jump|lari keliling|jemur|berjemur|jalan jongkok))\\b"),
                Cue.fixed(
                        VIOLENCE_OR_THREAT,
                        1,
                        "\\bberdiri(?: \\S+){0,3}? (?:semalaman|sampai pagi|sampe pagi|sampai subuh|sampe subuh|sepanjang malam|\\d+ jam|berjam-jam)\\b"
                                + "|\\b(?:ruang|ruangan|kamar|bilik|gudang|sel)(?:nya)? (?:gelap|hukuman)\\b|\\b(?:kelaparan|dibiarkan lapar|dibiarin lapar)\\b|\\b"
                                + NO
                                + " (?:dikasih|dikasi|dibagi|diberi|bagi|kasi|kasih|dapat|dpt|dapet|dibenarkan|dibolehkan|dibolehin|boleh|blh) (?:makan|minum|tidur|istirahat|rehat)\\b"));
    }

    /** Paying to go home or to be released; ransom; being sold on to another company. */
    private static List<Cue> debt() {
        String mustPay =
                "\\b(?:harus|hrs|mesti|kena|wajib|disuruh|suruh|diminta|dipaksa|perlu|kudu)(?: \\S+)? (?:bayar|byr|bayarin|membayar|"
                        + "ganti|gantiin|mengganti|lunas|langsai|'?settle'?|selesaikan|langsaikan|lunasi|lunasin|melunasi|tebus|nebus|menebus|kembalikan|kembaliin|balikin|mengembalikan|transfer|tf|setor|bank in|bank-in|kirim|kirimkan|hantar duit)\\b"
                        + "|\\b(?:harus|hrs|mesti|wajib|perlu) (?:dibayar|dilunasi|dilunasin|diganti|ditebus)\\b";
        String owed =
                "\\b(?:ganti rugi|tebus|nebus|tebusan|denda|didenda|penalti|penalty|pinalti|hutang|utang|berhutang|ngutang|lunasi|lunasin|pampasan|caj|kompensasi)(?:ku|nya|mu)?\\b|\\b(?:harus|mesti|kena|wajib|belum|blm|gak|tak|x|tidak) (?:lunas|langsai)\\b";
        String sold =
                "\\b(?:dijual|dijualin|dijualkan|kena jual|kena 'jual'?|dioper|dioperin|(?:jual|jualin|menjual|ngejual|oper)(?: balik| lagi)? (?:"
                        + ME + "|dia|dy|doi|orang))\\b";
        String elsewhere =
                "\\b(?:perusahaan|syarikat|company|kompeni|tempat|bos|boss|geng|grup|group|mafia|majikan|pt|kompleks|compound|"
                        + "kawasan|zon|zone|cina|orang|pihak|agen|bangunan|gedung)(?: \\S+)? (?:lain|baru|sebelah|lagi)\\b|\\b(?:ke|kepada|pada|kat) "
                        + "(?:myanmar|burma|kamboja|kemboja|laos|kk park|perbatasan|sempadan)\\b";
        String money =
                "(?:uang|duit|wang|tebusan|rp ?\\d|rm ?\\d|usd ?\\d|\\$ ?\\d|\\d+ ?(?:juta|jt|ribu|rb|k|usd|dolar|dollar|ringgit|rm))";
        return List.of(
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:uang|duit|wang) tebusan\\b|\\btebusan\\b|\\b(?:tebus|nebus|menebus) (?:diri|" + ME
                                + "|dia|dy)\\b"),
                Cue.near(DEBT_OR_RANSOM, 2, sold, elsewhere),
                Cue.strong(DEBT_OR_RANSOM, "\\b" + ME + " (?:dijual|dijual lagi|dijualin|dijualkan|kena jual)\\b"),
                Cue.nearFixed(DEBT_OR_RANSOM, 2, mustPay, LEAVE, 50),
                // quitting a job against a penalty happens at ordinary jobs too: alone, a hint
                Cue.nearFixed(
                        DEBT_OR_RANSOM, 1, mustPay, "\\b(?:resign|berhenti|quit|berhenti kerja|keluar kerja)\\b", 50),
                // ...and paying back the flight is what a recruiter abroad charges, not an employer at home
                Cue.near(
                        DEBT_OR_RANSOM,
                        1,
                        mustPay + "|\\b(?:ganti|ganti rugi|bayar balik|kembalikan) (?:uang |duit |kos |biaya )?",
                        "\\b(?:tiket|tiket pesawat|pesawat|penerbangan|flight|kapal terbang)\\b"),
                Cue.nearFixed(DEBT_OR_RANSOM, 1, owed, LEAVE, 50),
                Cue.weak(
                        DEBT_OR_RANSOM,
                        "\\b(?:ganti rugi|denda|didenda|penalti|penalty|pinalti|pampasan|kompensasi|hutang|utang|berhutang|tebus|nebus)(?:ku|nya|mu)?\\b"),
                // money asked "to redeem the contract": a ransom by another name
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:minta|mintak|suruh|disuruh|diminta|tuntut)(?: \\S+){0,2}? (?:transfer|tf|kirim|bayar|setor|bank in)(?: \\S+){0,3}? "
                                + "(?:buat|untuk|utk|bagi|sbg|sebagai) (?:tebus|nebus|menebus|tebusan|pelepasan|ganti rugi|denda|pampasan)\\b"),
                Cue.near(
                        DEBT_OR_RANSOM,
                        1,
                        "\\b(?:minta|mintak|meminta|menuntut|nuntut|nagih|menagih|tagih|peras|memeras|malak)(?: \\S+){0,2}? "
                                + money,
                        "\\b" + THEY + "\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:suruh|nyuruh|minta|paksa|peras|memeras|tuntut)(?: \\S+){0,2}? (?:keluarga|family|ortu|orang tua|mak|emak|ibu|ayah|bapak|bapa|suami|istri|isteri)(?: \\S+){0,3}? (?:kirim|kirimin|transfer|tf|bayar|tebus|nebus|setor|bank in)\\b"),
                Cue.near(
                        DEBT_OR_RANSOM,
                        2,
                        "\\b(?:keluarga|family|ortu|orang tua|mak|emak|ibu|ayah|bapak|bapa|suami|istri|isteri)\\b",
                        "\\b(?:diminta|disuruh|dipaksa|dituntut|diperas)(?: \\S+)? (?:kirim|kirimin|transfer|tf|bayar|tebus|nebus|setor|bank in)(?: \\S+){0,2}? "
                                + money),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:minta|meminta|menuntut|suruh bayar|harus bayar|mesti bayar|kena bayar)~(?:\\d|juta|jt|ribu|rb|dolar|dollar|usd|rm|ringgit)\\S*~(?:baru|supaya|agar|untuk|utk|biar)~(?:dilepas|dilepaskan|dibebaskan|bebas|pulang|balik|keluar)\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:bayar|membayar|byr)~(?:supaya|agar|biar|untuk|utk|baru|baru bisa|baru boleh) (?:dilepas|dilepaskan|dibebaskan|bebas|pulang|balik|keluar)\\b"));
    }

    /** Scamming described by what the person does, quotas, and work without pay. */
    private static List<Cue> scamming() {
        return List.of(
                Cue.fixed(
                        FORCED_SCAMMING,
                        2,
                        "\\b(?:dipaksa|terpaksa|disuruh paksa|kena paksa) (?:untuk )?(?:kerja|bekerja)\\b|\\b(?:kalau|kalo|klo|jika|bila) (?:gak|ga|tidak|tdk|tak|x) (?:mau|nak|ikut|dapat|capai|nyampe|sampai)~(?:dipukul(?:in)?|disetrum|dihukum|disiksa|dibelasah|kena pukul|kena setrum|kena hukum|kena belasah)\\b"),
                Cue.fixed(
                        FORCED_SCAMMING,
                        1,
                        "\\bkerja (?:1[2-9]|2[0-4]) jam\\b|\\b(?:gak|ga|tidak|tak|x) (?:digaji|dibayar|dikasih gaji|dapat gaji|dpt gaji)\\b|\\bgaji(?:nya)? (?:ditahan|kena tahan|gak dibayar|tak dibayar|tidak dibayar)\\b"),
                Cue.strong(
                        FORCED_SCAMMING,
                        "\\b(?:dipaksa|terpaksa|disuruh|kena paksa|dipaksa untuk)~(?:menipu|nipu|scam|tipu|penipuan|jadi scammer|scammer)\\b"),
                Cue.fixed(FORCED_SCAMMING, 1, "\\b(?:target|targetnya|kpi|kuota|quota|setoran|omzet|omset|sasaran)\\b"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\blain (?:dari|daripada|dengan|dr|dgn|drpd) (?:yang|yg|apa yang|apa yg) (?:dijanji|dijanjikan|dijanjiin|dikata|dikatakan|dibilang|diiklankan|diberitahu)\\b"),
                // confinement told by its details: an iron door, an escort to meals, a try at the fence, runaways
                // brought back
                Cue.weak(
                        CONFINEMENT, "\\bpintu(?:nya)? (?:besi|berkunci|dikunci|kunci dari luar|dikunci dari luar)\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:keluar|kluar|pergi|turun)(?: \\S+){0,3}? (?:ada|mesti|kena|harus|wajib) (?:org|orang|guard|penjaga|satpam|security|bodyguard) "
                                + "(?:ikut|ikutin|teman|temankan|jaga|kawal|antar|ngikutin)\\b|\\b(?:diikuti|diikutin|dikawal|diiringi)\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:cuba|coba|nak|try|mau|mencoba) (?:panjat|manjat|memanjat|lompat|loncat|lari|kabur|melarikan diri)\\b"),
                Cue.strong(
                        CONFINEMENT,
                        "\\b(?:kabur|lari|melarikan diri|kabor)~(?:dibalikin|dikembalikan|dibawa balik|ditangkap (?:lagi|balik)|dibalikkan|dihantar balik|diseret balik)\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:polisi|polis|aparat|tentara)(?:nya)?~(?:kerja|kerjasama|bekerja sama|sekongkol|kongkalikong|dibayar|disogok)~(?:mereka|dorang|diorang|bos|boss)\\b"),
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:masuk|keluar|dikurung|kena|dimasukkan|dimasukin|dlm|dalam|disekap)(?: dalam| dlm| ke)? (?:bilik|ruang|ruangan|kamar|bilek) gelap\\b"),
                // getting strangers to put money in: the work itself
                Cue.weak(
                        FORCED_SCAMMING,
                        "\\b(?:suruh|ajak|pujuk|bujuk|yakinkan|yakinin|rayu)(?: (?:org|orang|mangsa|korban|dorang|diorang|mereka|dia))? "
                                + "(?:labur|melabur|invest|investasi|deposit|depo|top ?up|topup|transfer|tf)\\b"),
                // beaten with something: a pipe, a stick, a belt
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:pukul|dipukul|hajar|dihajar|belasah|dibelasah|sebat|disebat|libas|dilibas|hentam|gebuk|digebuk)(?:in|kan|nya)? "
                                + "(?:guna|pakai|pake|dengan|dgn|ngan|pkai) (?:paip|pipa|kayu|besi|rotan|tali pinggang|ikat pinggang|tongkat|batang|kabel|selang|setrum)\\b"),
                Cue.weak(
                        FORCED_SCAMMING,
                        "\\b(?:akun|akaun|acc|account|profil|profile|foto|gambar|identitas|fb|facebook|ig|instagram|nomor|nombor)(?:nya)?(?: \\S+)? (?:palsu|fake|bodong|orang lain)\\b|\\bcari (?:mangsa|korban)\\b"
                                + "|\\b(?:akun|akaun|profil|profile)(?: \\S+)? (?:cowok|cewek|cewe|perempuan|lelaki|laki-laki|wanita|pria|awek|gadis)\\b"
                                + "|\\b(?:chat|nge-?chat|chatting|ngobrol|kenalan|ayat|mengayat)(?: \\S+){0,2}? (?:cewek2|cowok2|om2|om-om|bapak2|tante2|makcik2|orang|org|wanita|pria|lelaki|perempuan) (?:amerika|us|eropa|jepang|korea|taiwan|singapura|australia|luar negeri|asing|bule|kaya)\\b"
                                + "|\\b(?:pura-pura|pura2|purapura|berpura-pura|menyamar|nyamar|ngaku-ngaku|ngaku|mengaku)(?: jadi| sebagai)? (?:cewek|cewe|perempuan|wanita|gadis|janda|orang kaya|pengusaha|model|dokter|tentara|jutawan|investor|amoi|awek)\\b"
                                + "|\\b(?:nipu|menipu|tipu orang|scam orang|ngescam|penipuan online|scam online|kerja scam|love scam|romance scam|pig butchering|judi online|judol)\\b"
                                + "|\\b(?:pujuk|bujuk|rayu|merayu|ngerayu|ajak|ngajak|jebak|ngejebak|giring|yakinkan|ngeyakinin)(?: \\S+){0,3}? (?:deposit|depo|invest|investasi|labur|melabur|top ?up|transfer|tf)\\b"
                                + "|\\b(?:saham|crypto|kripto|usdt|bitcoin|btc|forex|trading|investasi|pelaburan)(?: \\S+)? (?:palsu|bodong|fake|scam|abal-abal)\\b"));
    }

    /** "Cannot talk now": a phone checked or taken, a watcher near, "don't call", "delete this". */
    private static List<Cue> watched() {
        String phone =
                "\\b(?:mesej|pesan|sms|hp|handphone|hape|henpon|telefon|telepon|ponsel|phone|fon|sim|simcard|kartu sim|gadget)\\b";
        String taken =
                "\\b(?:diperiksa|dicek|dicekin|dicheck|disita|dirampas|diambil|diambik|dikumpul|dikumpulin|dikumpulkan|dipantau|disadap|"
                        + "dibatasi|dijatah|disimpan|dipegang|kena (?:check|cek|periksa|ambik|ambil|rampas|sita|simpan|pegang))\\b(?! (?:sama |oleh |ama |dgn |dengan |dek )?(?:mama|mamah|mami|mak|emak|ibu|ayah|papa|bapak|abah|guru|cikgu|sekolah|ortu|orang tua|istri|isteri|suami|pacar|bini))|\\b(?:cuma|hanya|cuman|je|sehari) (?:dikasih|dikasi|dibagi|dapat|dpt|boleh|dapat pegang|boleh pegang|pegang) (?:sejam|\\d+ (?:jam|menit|minit))\\b";
        return List.of(
                Cue.near(CANNOT_TALK, 1, phone, taken),
                Cue.near(
                        CANNOT_TALK,
                        2,
                        "\\b(?:hp|handphone|hape|henpon|telefon|telepon|ponsel|phone|fon|sim)(?: (?:kami|kmi|kita|kitorang|kiteorang|semua orang|semua|pekerja|karyawan|anak-anak))\\b",
                        taken),
                Cue.near(
                        CANNOT_TALK,
                        2,
                        phone,
                        "\\b" + THEY
                                + "(?: \\S+)? (?:check|cek|periksa|ngecek|ambil|ambik|sita|rampas|kumpul|simpan|pegang|baca|tgk|tengok|tengokkan|intai|skodeng)\\b"),
                // checked as a routine, every night or every day: someone reads what is written here
                Cue.near(
                        CANNOT_TALK,
                        2,
                        phone,
                        "\\b(?:dicek|dicekin|dicheck|diperiksa|dibaca|kena (?:check|cek|periksa|baca))(?: \\S+)? (?:tiap|setiap|selalu|hari2|tiap2|tiap-tiap)\\b"),
                Cue.strong(
                        CANNOT_TALK,
                        "\\b(?:hapus|apus|padam|delete|del)(?:in|kan)? (?:chat|pesan|pesannya|mesej|msg|semua|ini|history|riwayat|percakapan)\\b"),
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "\\b" + NO
                                + " (?:bisa|boleh|dapat|dpt|bs|blh|sempat) (?:ngomong|bicara|cakap|chat|telpon|nelpon|telefon|balas|bales|lama|ngobrol|berbual|borak|sembang|angkat|jawab|call|vc|video call)\\b"
                                + "|\\b(?:xleh|x leh|taleh|tak leh|tkleh) (?:ngomong|bicara|cakap|chat|call|balas|lama|borak|sembang|angkat|jawab)\\b"
                                + "|\\b(?:jangan|jgn|jngn|usah|tak payah|x payah|gak usah|ga usah|gausah|gk usah|ndak usah) (?:di-?)?(?:telp|telpon|telepon|tlp|tlpn|nelpon|call|miscall|vc|video call|hubungi|hubungin|balas|bales|reply|chat|wa|whatsapp|ws|wassap|sms|mesej|msg|text)\\b"
                                + "|\\b(?:nanti|nnti|nti|nnt|ntar|ntr) (?:malam |mlm |aja |je |lah |saja )?(?:aku |saya |sy |i |gw |aq |ku |kami )?(?:yang |yg )?(?:hubungi|hubungin|telp|telpon|call|chat|kabari|kabarin|text|mesej|msg|wa|sms|bales|balas|roger|try|cuba|coba)\\b"),
                Cue.weak(
                        CANNOT_TALK,
                        "\\bada (?:yg|yang|org|orang|orang yang|orang yg) (?:lagi |tengah |sedang )?(?:ngawasin|mengawasi|awasi|liat|lihat|ngeliatin|tengok|jaga|pantau|mantau|nengok|intip|ngintip|dekat|deket|sebelah)\\b"
                                + "|\\b(?:diawasi|diawasin|dipantau|dimonitor|diintip|diperhatiin)\\b"),
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "\\b(?:diam-diam|diam2|diem2|diem-diem|sembunyi-sembunyi|sembunyi2|ngumpet|ngumpet-ngumpet|disembunyiin|disembunyikan|nyembunyiin|sembunyiin|ngumpetin|curi-curi|curi2|bisik-bisik|bisik2|berbisik|pinjam (?:phone|hp|fon|telefon|handphone) (?:member|kawan|orang|org|teman|member lain))\\b"),
                Cue.near(
                        CANNOT_TALK,
                        1,
                        "\\b(?:bos|boss|mandor|supervisor|spv|leader|ketua|manager|manajer|pengawas|penjaga|(?:org|orang|yg|yang) jaga|guard|satpam|security|hrd|team leader|tauke|diorang|dorang|mereka)\\b",
                        "\\b(?:keliling|ngecek|ngecekin|cek|check|periksa|memeriksa|ronda|meronda|mondar-mandir|mondar mandir|pusing-pusing|pusing2|ngawasin|mengawasi|awasi|awasin|pantau|mantau|memantau|ngeliatin|ngintip|intip|dekat|deket|dkt|sebelah|samping|belakang|blakang|blkg|tepi|tgk|tengok|duk tgk|duk tengok|perhati|lewat|datang|dtg|patroli|ada sini|ada di sini|ada disini)\\b"));
    }

    private static List<Cue> pleas() {
        return List.of(
                Cue.strong(PLEA_FOR_HELP, "\\b(?:tlg|tolongin|tulung|toloong|help) (?:kami|kmi|saya|sy|aku|kita|i)\\b"),
                Cue.strong(
                        PLEA_FOR_HELP,
                        "\\b(?:tolong|tlg|mohon|minta) (?:bantu|bantuin|selamatkan|keluarkan) " + ME + "\\b"
                                + NOT_FOR_OFFER),
                Cue.strong(
                        PLEA_FOR_HELP,
                        "\\btolong(?:in|lah)? " + ME + "\\b" + NOT_FOR_OFFER + "|\\b(?:selamatkan|keluarkan|bebaskan) "
                                + ME + "\\b|\\bsos\\b"),
                Cue.strong(PLEA_FOR_HELP, "\\b(?:bantu|tolong) " + ME + " (?:keluar|pulang|balik|lari|kabur)\\b"),
                Cue.weak(
                        PLEA_FOR_HELP,
                        "\\b(?:tolong|tlg|toloong)\\s*(?:[!.]|$)|\\b(?:butuh|perlu|perlukan) (?:bantuan|pertolongan)\\b|\\bminta tolong\\b"
                                + NOT_FOR_OFFER),
                Cue.weak(
                        PLEA_FOR_HELP,
                        "\\b(?:tolong|tlg|toloong|pls|please)(?: \\S+)? (?:bagitau|bgtau|bagi tau|beritahu|bilang|lapor|laporkan|report|panggil|"
                                + "telefon|telpon|call|hubungi|contact) (?:polis|polisi|pulis|kedutaan|embassy|kbri|kedubes|wisma putra)\\b"));
    }

    /** A relative abroad who is held, hurt or unreachable, told by the family. */
    private static List<Cue> relatives() {
        String harmed =
                "\\b(?:ditahan|terjebak|disekap|dikurung|dikunci|diculik|dijual|dipukul(?:in|i)?|disiksa|diseksa|dipaksa|disetrum|"
                        + "disandera|dianiaya|dibelasah|kena (?:pukul|belasah|tahan|kurung|jual|setrum|seksa|siksa))\\b";
        return List.of(
                Cue.strong(
                        RELATIVE_ABROAD,
                        "\\b" + KIN
                                + "~(?:telpon|telepon|nelpon|menelpon|kirim pesan|sms|chat|wa|video call|vn|mesej|call)~(?:nangis|menangis|minta tolong|minta bantuan|minta diselamatkan)\\b"),
                Cue.strong(
                        RELATIVE_ABROAD, "\\b(?:tolong|bantu|selamatkan|pulangkan|bebaskan|keluarkan)~" + KIN + "\\b"),
                Cue.strong(RELATIVE_ABROAD, "\\b" + KIN + "\\b" + GAP + harmed),
                Cue.near(
                        RELATIVE_ABROAD,
                        1,
                        "\\b" + KIN + "\\b",
                        "\\b(?:kerja|bekerja|berangkat|pergi|merantau|tki|tkw|pmi|luar negeri|oversea|overseas)\\b|\\b(?:di|ke|kat|dekat|dkt|dari) (?:kamboja|kemboja|cambodia|myanmar|burma|laos|thailand|thai|siam|bangkok|filipina|philippines|manila|vietnam|dubai|perbatasan|sempadan|border|phnom penh|sihanoukville|sihanouk|myawaddy|bavet|poipet)\\b"),
                Cue.fixed(
                        RELATIVE_ABROAD,
                        1,
                        "\\b(?:hilang kontak|hilang contact|putus kontak|putus contact|lost contact|hilang sejak|menghilang|"
                                + "(?:tidak|gak|ga|tak|tiada|takde) (?:ada )?(?:kabar|khabar|berita)|"
                                + "(?:tidak|gak|ga|tak|x) (?:bisa|dapat|boleh) dihubungi|susah dihubungi|"
                                + "(?:nomor|nombor|hp|fon)(?:nya)? (?:mati|gak aktif|tidak aktif|tak aktif))\\b"),
                // the covert plea: "don't believe me when I say I'm fine"
                Cue.fixed(
                        PLEA_FOR_HELP,
                        2,
                        "\\b(?:jangan|jgn|jngn|usah) (?:percaya|pcaya|caya)(?: \\S+){0,2}? (?:kalau|kalo|klo|bila|kalu|kl) (?:saya|sy|aku|aq|gw|i) "
                                + "(?:kata|bilang|cakap|blg|ckp|ngomong)(?: (?:saya|sy|aku|aq))? (?:ok|okay|oke|baik|baik2|sihat|sehat|aman|selamat|bahagia)\\b"),
                // a relative quoting the last thing they heard: since then, nothing
                Cue.fixed(
                        RELATIVE_ABROAD,
                        1,
                        "\\b(?:pesan|pesanan|chat|wa|mesej|vn|telpon|telepon|panggilan)(?: \\S+)? terakhir(?:nya| dia| dari (?:dia|adik|anak|kakak|abang|suami|istri|isteri))\\b"
                                + "|\\bterakhir (?:kali )?(?:dia|ia) (?:chat|wa|nelpon|telpon|kabarin|hubungi|mesej|call|kirim)\\b"
                                + "|\\blast (?:msg|message|mesej|chat|text) (?:dia|nya)\\b"));
    }

    private static Pattern negation() {
        return LanguageCues.words(
                "tidak|tdk|gak|ga|gk|nggak|ngga|enggak|engga|kagak|tak|takkan|bukan|bkn|belum|blm|ndak|jangan|jgn|tiada|takde|x");
    }

    private static Pattern hypothetical() {
        String tag =
                "(?:gak|ga|gk|nggak|ngga|enggak|engga|tidak|tak|ke|kah|x|ndak|nda|tk)(?: (?:sih|ya|kak|bang|bro|sis|ni|tu|nih|tuh|macam tu|camtu|mcm tu|gitu|begitu))?\\s*(?:\\?|$|,)";
        String hold = "(?:di)?(?:tahan|simpan|pegang|ambil|kumpul|kumpulkan|serahkan|titip|titipkan|sita)";
        return LanguageCues.words(
                "apakah|adakah|apa benar|betul ke|benarkah|gimana kalau|bagaimana kalau|misalnya|seandainya|"
                        + "andaikan|apa (?:aman|bahaya|legal|normal|wajar|biasa|legit|bener|betul|scam)|aman (?:gak|ga|tak|kah|ke|tidak)|bolehkah|apa mereka|"
                        + "(?:cara|macam mana|bagaimana) (?:nak |untuk |mau )?(?:membantu|bantu|tolong) (?:mangsa|korban|orang)|ke\\?|"
                        + "(?:normal|wajar|biasa|legit|betul|bener|benar|beneran|halal|legal|resmi|sah|ok|oke|okay|scam|penipuan) "
                        + tag + "|"
                        + "emang (?:gitu|begitu|biasa|normal|wajar)|memang (?:macam tu|camtu|begitu|biasa|normal)|boleh percaya|patut (?:ke|risau|takut)|"
                        + "perlu (?:risau|khawatir|takut)|(?:mau|akan|nak|rencana|rencananya|berencana|bakal|plan) (?:berangkat|pergi kerja|ambil kerja|"
                        + "terima|menerima|daftar|mendaftar|apply|sign|tandatangan|tanda tangan)|sebelum berangkat|belum berangkat|calon pekerja|"
                        + "kalau (?:jadi|diterima|saya terima|aku terima|sy terima|ambil)|"
                        + "(?:akan|nanti|bakal|mau|nak|perlu|harus|wajib|mesti)(?: \\S+)? " + hold
                        + "(?: \\S+)? (?:paspor|pasport|passport)|"
                        + "(?:paspor|pasport|passport)(?:nya)?(?: \\S+)? (?:akan|nanti|bakal|harus|perlu|wajib|mesti) "
                        + hold + "|"
                        + "(?:sudah|udah|sdh|udh|dah|telah) (?:aman|selamat|bebas)|(?:sudah|udah|sdh|udh|dah|telah|berhasil|berjaya) (?:pulang|balik) "
                        + "(?:ke )?(?:indonesia|malaysia|rumah|kampung|tanah air)|berhasil kabur|berjaya lari|berhasil melarikan diri|"
                        + "mantan korban|bekas mangsa|pernah jadi korban|"
                        + "(?:tapi|tp|tetapi|namun) (?:sudah |udah |dah |telah )?(?:dikembalikan|dibalikin|dipulangkan|pulangkan|kembalikan|dikasih balik|bagi balik)|"
                        + "(?:sudah|udah|dah|telah) (?:dikembalikan|dibalikin|dipulangkan|pulangkan|dikasih balik|bagi balik)|"
                        + "(?:ditawari|ditawarin|ditawarkan|tawarkan|nawarin|menawarkan|offer)(?![^.!?\\n]{0,120}(?:ternyata|tapi|tp|tpi|rupanya|malah|sekarang|skrg|padahal))");
    }

    private static Pattern reporting() {
        return LanguageCues.words(
                "berita|menurut|dilaporkan|melaporkan|laporan|wartawan|kenyataan media|siaran pers|dilansir|dikutip|"
                        + "memetik|dipetik|jurucakap|juru bicara|sidang media|konferensi pers|jumpa pers|polis (?:berkata|kata|memaklumkan|mendedahkan)|"
                        + "kata polis|menurut polis|polisi (?:mengatakan|menyebut|menyatakan)|kerajaan (?:sedang|telah)|pemerintah (?:sedang|telah)|"
                        + "(?:berhasil|berjaya) (?:dipulangkan|diselamatkan|dievakuasi|dibawa pulang|dibawa balik)|repatriasi|dievakuasi|dibawa pulang|"
                        + "\\d+ (?:rakyat|warganegara|warga negara)");
    }

    private static Pattern conditional() {
        return LanguageCues.words("kalau|kalo|klo|jika|jikalau|bila|akan|nanti|kah");
    }
}
