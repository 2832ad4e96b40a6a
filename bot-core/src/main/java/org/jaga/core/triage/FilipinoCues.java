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

/** Filipino and the Taglish most Filipinos text in ("di kami makalabas", "kinuha passport namin"). */
final class FilipinoCues {
    private static final String ME = "(?:ako|kami|tayo|namin|natin|ko|kmi)";
    private static final String KIN = "(?:anak|kapatid|asawa|mister|misis|tatay|nanay|pamangkin|pinsan|bunso|kuya|ate|"
            + "jowa|boyfriend|girlfriend|anak na (?:lalaki|babae)) (?:ko|namin|natin)";

    private static final String KIN_ANY =
            "(?:anak|kapatid|asawa|mister|misis|tatay|nanay|itay|inay|papa|mama|pamangkin|pinsan|bunso|"
                    + "kuya|ate|jowa|boyfriend|girlfriend|bf|gf|tito|tita|tiyo|tiya|lolo|lola|apo|inaanak|kaibigan|bayaw|hipag|manugang|"
                    + "anak na (?:lalaki|babae))(?: po)? (?:ko|namin|natin|kong|naming|nya|niya)";
    private static final String PAY =
            "\\b(?:magbayad|magbabayad|bayaran|babayaran|pagbayarin|pinagbabayad|pinapabayad|pinababayad|"
                    + "magbigay ng (?:pera|\\d)|humihingi(?: sila| daw)? ng (?:pera|bayad|\\d)|hinihingan|sinisingil|singilin|maniningil|multa|"
                    + "utang|pantubos|tubusin|tubos|(?:pinapadala|pinapapadala|magpadala|padalhan|nagpapadala)(?: (?:nila|daw|raw|po))? (?:ng )?pera)";
    /** Leaving as a permission or a wish ("makauwi", "pakawalan", "gusto ko umuwi"), not a trip ("bago ako umuwi sa pasko"). */
    private static final String GO =
            "\\b(?:(?:makauwi|pauwiin|pinauwi|makaalis|paalisin|pinaalis|makalabas|palabasin|pakawalan|pinakawalan|"
                    + "palayain|makalaya|ma-?release|i-?release|payagan\\w{0,3}|pinayagan\\w{0,3}|makatakas|makakaalis|makakauwi|makakalabas)|"
                    + "(?:gusto|gustong)(?: (?:ko|namin|niya|nila|mo|na|ng|po|kong|naming|talaga|daw|raw)){0,3} ?(?:umuwi|umalis|lumabas|mag-?resign|"
                    + "magresign|mag-?quit)|(?:kung|pag|kapag) (?:ako |kami )?(?:aalis|uuwi|lalabas|magreresign|magre-?resign|mag-?resign|mag-?quit)|"
                    + "mag-?resign|magresign)\\b(?! (?:papunta|papuntang|patungo|patungong|para sa))";

    private static final String HELD_UNTIL_PAID =
            "\\b(?:hindi|di|ayaw)(?: (?:daw|raw|po|pa|nila|ako|kami|siya|sila|kaming|akong|siyang|silang)){0,3} "
                    + "(?:makakaalis|makaalis|makakauwi|makauwi|makakalabas|makalabas|papayagan|payagan|pakakawalan|pakawalan|pauuwiin|pauwiin|"
                    + "palalabasin|palabasin)\\b";
    /** A negator just before a word ("hindi kami sinasaktan"), as opposed to one in a condition before it. */
    private static final String NEGATOR = "\\b(?:hindi|di|hinde|wala|walang) ";

    private static final String FILLER = "(?:naman|po|kami|ako|sila|siya|sya|nila|pa|daw|raw|na) ";
    private static final String NOT_RIGHT_AFTER_NEGATION =
            "(?<!" + NEGATOR + ")(?<!" + NEGATOR + FILLER + ")(?<!" + NEGATOR + FILLER + FILLER + ")";

    private static final Pattern NEGATION = LanguageCues.words("hindi|di|wala|walang|huwag|wag|hwag|hinde");

    private FilipinoCues() {}

    static LanguageCues cues() {
        return new LanguageCues(
                Stream.of(
                                phrases(),
                                wrongPlace(),
                                payToLeave(),
                                passportKept(),
                                watched(),
                                scamming(),
                                punishment(),
                                relatives())
                        .flatMap(List::stream)
                        .toList(),
                NEGATION,
                LanguageCues.words(
                        "paano kung|pano kung|paano (?:po )?(?:makakatulong|tumulong)|totoo ba|legit ba|safe ba|ligtas ba|posible ba|ba|"
                                + "normal (?:lang )?(?:po )?(?:ba|yun|yan|to|iyon)|legit (?:po )?(?:yun|to|yan)|"
                                + "(?:kukunin|kukuhanin|hahawakan|itatago|itatabi|ipapaiwan|iiwan)(?: (?:daw|raw|nila|po|muna|ng \\w+)){0,3} "
                                + "(?:ang |yung |ung )?(?:passport|pasaporte|pasport)"),
                LanguageCues.words("kung|kapag|pag|baka"),
                LanguageCues.words(
                        "balita|nabalitaan|napabalita|ayon sa|iniulat|ulat|inanunsyo|napanood|sa news|sa tv|nasagip|nailigtas|na-?rescue|"
                                + "narescue|ni-?rescue|na-?repatriate|napauwi na|mga biktima|"
                                + "(?:ligtas|safe|nakauwi|nakabalik) na (?:po )?(?:ako|kami|siya|sya|sila)"));
    }

    /** Concept 1: taken somewhere else than promised, to a guarded place. */
    private static List<Cue> wrongPlace() {
        return List.of(
                Cue.near(
                        NOT_AS_PROMISED,
                        1,
                        "\\b(?:alam ko|akala (?:ko|namin|nmin)|sabi (?:nila|samin|sa amin|ng agency|ng agent|ng recruiter)|pangako|ipinangako|pinangako)\\b",
                        "\\bpero (?:sa|dito sa|nasa|dinala|napunta|binaba|ibinaba|dinala kami)\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\bayaw (?:kami|akong|kaming|ako|nila kami|nila kaming)(?:ng)? (?:i-?release|irelease|pakawalan|paalisin|payagang (?:umalis|umuwi|lumabas))\\b"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\b(?:tumawid|tinawid|tawid|tumatawid|dumaan|nilakad|tinahak)(?: (?:kami|kmi|ako|po|sa|ng)){0,3} "
                                + "(?:ilog|border|boundary|hangganan|gubat|bundok)\\b"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\bnasa (?:myanmar|burma|cambodia|kambodya|laos)(?: (?:na|pala|daw|po|kami|ako|kmi|aq)){1,4}\\b"),
                Cue.fixed(
                        NOT_AS_PROMISED,
                        1,
                        "\\b(?:hindi|di) (?:po )?pala (?:sa|ito|to|yan|yun|totoo|trabaho|ganito|call center|office|hotel|yung|ang)\\b|"
                                + "\\b(?:hindi|di) (?:ito|to|yan|yun|iyon) (?:yung|ang) (?:trabaho|pinangako|ipinangako|sinabi|usapan|napag-?usapan)\\b|"
                                + "\\bwala (?:pala )?(?:kami|ako) sa (?:bangkok|thailand|malaysia|singapore|dubai|manila)\\b|"
                                + "\\biba pala (?:yung|ang|ung) (?:pinuntahan|napuntahan|lugar|bansa|pinagdalhan|dinalhan)\\b|"
                                + "\\b(?:hindi|di)(?: (?:na|po|pa)){0,2} (?:namin|ko) (?:na )?alam kung (?:anong|saang|ano ang|ano) (?:lugar|bansa)\\b"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\b(?:napunta|nauwi|napadpad|napadala|nadala|dinala|inilipat|nilipat)(?: (?:po|kami|ako|nila|kmi|aq|daw|pala)){1,3} sa "
                                + "(?:compound|kampo|building|gusali|bundok|gubat|ibang (?:lugar|bansa|kumpanya|compound)|isang (?:compound|building|lugar))\\b"),
                Cue.near(
                        NOT_AS_PROMISED,
                        1,
                        "\\b(?:gabi|hatinggabi|madaling araw|madilim)\\b",
                        "\\b(?:bangka|ilog|tumawid|tinawid|sinakay|isinakay|pinasakay|binyahe|naglakad)\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:armado|armadong|may (?:mga )?baril|may dalang baril|naka-?baril|may (?:mga )?sundalo|mga sundalo|may (?:mga |hawak na |dalang )?armas|(?:dalang|hawak na|may) (?:\\w+ )?(?:baril|armas|riple|rifle))\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:pader|bakod|alambre|barbwire|rehas|may rehas|(?:may )?bantay sa (?:gate|pinto|labasan)|(?:nakakandado|naka-?lock) (?:ang|yung) (?:gate|pinto))\\b"));
    }

    /** Concept 6: a passport kept by the employer, said in either order. */
    private static List<Cue> passportKept() {
        String passport = "\\b(?:passport|pasaporte|pasport|pp)\\b";
        return List.of(
                Cue.near(
                        PASSPORT_TAKEN,
                        2,
                        passport,
                        "\\b(?:kinuha|kinukuha|kinumpiska|kinukumpiska|hawak|hinahawakan|hinawakan|tinago|tinatago|"
                                + "itinago|itinatago|iniingatan|sinurender|isinurender|kinolekta|kinukolekta|nasa (?:kanila|boss|amo|hr|opisina|office|"
                                + "kumpanya|kompanya|company|employer|manager|agency|admin))\\b(?! (?:ko|namin|natin|na namin))"),
                Cue.nearFixed(
                        PASSPORT_TAKEN,
                        2,
                        passport,
                        "\\b(?:ayaw (?:nilang |nila |pa )?(?:ibalik|ibigay|isauli|isoli)|(?:hindi|di) (?:pa )?(?:nila )?(?:binabalik|ibinabalik|"
                                + "binibigay|ibinibigay|isinasauli|sinasauli|sinosoli|ibinalik|binalik))\\b",
                        40));
    }

    /** Concept 2: a debt, fee, fine or ransom to pay before one may leave. */
    private static List<Cue> payToLeave() {
        return List.of(
                Cue.near(DEBT_OR_RANSOM, 2, PAY, GO, 60),
                Cue.nearFixed(
                        DEBT_OR_RANSOM,
                        2,
                        HELD_UNTIL_PAID,
                        PAY + "|\\b(?:nababayaran|mabayaran|mababayaran|nagbabayad|bayad|pera|\\d+ ?k?)\\b",
                        60));
    }

    /** Concept 3: someone watches, so the person cannot talk now. */
    private static List<Cue> watched() {
        return List.of(
                Cue.weak(
                        CANNOT_TALK,
                        "\\b(?:nandyan|andyan|nandiyan|nandito|andito|nandito na|andito na) (?:sila|yung (?:boss|bantay|guard|leader|tl))\\b"),
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "\\b(?:wag|huwag|hwag|wg)(?: (?:ka|kang|mo|kayo|kayong|nyo|niyo|ninyo|po|muna|na|akong|ako|ko|sana)){0,3} (?:tumawag|tawagan|tatawagan|tatawag|"
                                + "mag-?reply|magreply|sumagot|sagutin|replyan|i-?reply|mag-?text|magtext|i-?text|mag-?chat|magchat|i-?chat|mag-?call|magcall|"
                                + "mag-?vc|magvc|mag-?video ?call|mag-?message|magmessage|mag-?pm)\\b"),
                Cue.weak(
                        CANNOT_TALK,
                        "\\b(?:may|merong|maraming)(?: (?:mga|na|pong|po))? (?:nagbabantay|nakabantay|nakatingin|nanonood|nagmamasid|nakikinig|"
                                + "nakamasid|tumitingin|nag-?iikot|umiikot)\\b|\\b(?:boss|supervisor|amo|bantay|guard|gwardya|guwardiya|leader|tl|manager|intsik)"
                                + "(?: (?:namin|ko|po|na|ay|dito)){0,2} (?:nandyan|nandito|andyan|andito|nasa tabi|katabi|nakatingin|nagbabantay|naglalakad|"
                                + "nag-?iikot|umiikot|dumadaan|paparating|nakabantay)\\b|\\bnakabantay (?:sila|siya|sya|ang|yung)\\b|\\b(?:andito|nandito|nandyan|andyan|nasa tabi ko|katabi ko|paparating)"
                                + "(?: na)? (?:si|yung|ang) (?:boss|supervisor|amo|bantay|guard|tl|leader|manager|intsik)\\b"),
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "\\b(?:pag|kapag|kung|habang|pagka)(?: (?:po|na|medyo))? (?:tulog|natutulog|nakatulog|wala|umalis|nakaalis|nakatalikod|lumabas)"
                                + "(?: (?:na|pa|po))? (?:sila|siya|sya|yung (?:boss|bantay|guard|amo|supervisor|tl)|ang (?:boss|bantay|amo))\\b|"
                                + "\\b(?:pabulong|pasikreto|pasekreto|nagtatago ako|nakatago ako|sa cr (?:ako|lang))\\b|"
                                + "\\b(?:nagtatago|nakatago|nagtago)(?: (?:lang|po|muna|ako|kami)){0,3} sa (?:cr|banyo|kubeta|ilalim|kumot)\\b|"
                                + "\\b(?:hindi|di) (?:ako |kami )?(?:pwede|puwede|makaka|maka)(?:ng)? ?(?:tumawag|sumagot|magsalita|makipag-?usap)\\b|"
                                + "\\b(?:baka|pag|kapag|kung) (?:makita|mabasa|malaman|mahuli) (?:nila|ng boss|ng amo|ng bantay|nung)\\b"),
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "\\bbawal (?:kami |po |ang )?(?:mag[- ]?cellphone|mag[- ]?cp|mag[- ]?phone|cellphone|gumamit ng (?:cellphone|phone|cp)|humawak ng (?:phone|cellphone))\\b"),
                Cue.strong(
                        CANNOT_TALK,
                        "\\b(?:kinuha|kinukuha|kinumpiska|kinukumpiska|kinolekta|kinukolekta|sinamsam|chine-?check|chinecheck|tsine-?check|tinitingnan|"
                                + "sinisilip|binabasa|ini-?inspect|kinakalkal)(?! (?:ko|namin))"
                                + "(?: (?:nila|ng (?:boss|amo|bantay|guard|supervisor|company|kumpanya)|po|daw|raw|na|lahat ng|ang|yung|ung)){0,3} "
                                + "(?:mga )?(?:phone|cellphone|cp|selpon|celfone|sim|fone|telepono)\\b"));
    }

    /**
     * Concept 4: scamming described by what is done, counted once however many of its words stand,
     * so that it needs coercion (a punishment, no pay) to become distress. Quotas and targets are
     * English words that the English cues count.
     */
    private static List<Cue> scamming() {
        return List.of(
                Cue.fixed(
                        FORCED_SCAMMING,
                        2,
                        "\\b(?:scammer|scam|nang-?scam|mag-?scam|nanloloko|manloko)\\b[^.!?\\n]{0,30}\\bkahit (?:ayaw|hindi gusto|di gusto) (?:namin|ko|nmin)\\b"),
                Cue.fixed(
                        VIOLENCE_OR_THREAT,
                        2,
                        "\\b(?:pag|kapag|kpag|kung) (?:(?:kami|ako|kmi) )?(?:tumanggi|tumatanggi|umayaw|ayaw|hindi sumunod|di sumunod)\\b[^.!?\\n]{0,20}"
                                + "\\b(?:bugbog|bubugbugin|binubugbog|sasaktan|kuryente|kukuryentehin|parusa|papaluin|sasapakin)\\b"),
                Cue.fixed(
                        FORCED_SCAMMING,
                        1,
                        "\\b(?:pinapa-?chat|pinachat|pinag-?chat|pinapakausap|magpanggap|nagpapanggap|magpapanggap|nagpanggap|nagkukunwari|magkunwari|"
                                + "magkukunwari|pekeng (?:account|profile|pangalan|fb|facebook|identity|litrato|picture)|pinapa-?invest|pinapa-?deposit|pinag-?i?invest|pinag-?iinvest|afam|"
                                + "pekeng (?:app|website|site|platform|investment)|"
                                + "mag-?invest sila|mag-?deposit sila|pinag-?scam|pinapa-?scam|mag-?scam ng tao|mang-?scam|manloko ng (?:tao|mga)|"
                                + "lokohin ang mga)\\b|\\b(?:chat|ka-?chat|kausap|kausapin|makipag-?chat|mag-?chat)(?: (?:sa|ng|ang|yung|mga|po)){0,3} "
                                + "(?:foreigners?|afam|dayuhan|kano|puti|matatanda|kliyente)\\b|"
                                + "\\b\\d+ (?:clients?|kliyente|customers?|biktima|deposits?) (?:kada|bawat|isang|sa isang) (?:araw|linggo|buwan)\\b|"
                                + "\\b(?:naabot|maabot|umabot|umaabot|na-?hit|ma-?hit|kulang sa|abot sa|naka-?target)(?: (?:namin|ko|nila|ang|yung|sa)){0,2} target\\b"),
                Cue.strong(
                        FORCED_SCAMMING,
                        "\\b(?:pinapa|pinag|pina)-?(?:scam|manloko|mangloko|panggap)(?: (?:po|daw|raw|nila|na)){0,2} (?:kami|ako|kaming|akong)\\b"),
                Cue.strong(
                        FORCED_SCAMMING,
                        "\\b(?:pinipilit|pinilit|pinapagawa|inuutusan|sapilitang|pinagagawa|inuutos)(?: (?:kami|ako|nila|po|na)){0,3} "
                                + "(?:mag-?chat|magchat|magpanggap|manloko|mangloko|manggantso|mang-?scam|mag-?scam|manlinlang|"
                                + "maghanap ng (?:client|kliyente|biktima))\\b"));
    }

    /** Concepts 4, 7, 8: punishment and deprivation, beatings in everyday words, threats to sell. */
    private static List<Cue> punishment() {
        return List.of(
                Cue.fixed(
                        VIOLENCE_OR_THREAT,
                        1,
                        "\\bwalang (?:pagkain|makain|tubig|kain)\\b|\\b(?:hindi|di) (?:kami |ako |po |ka |kayo |sila )?(?:papakainin|pakakainin|pinapakain|pinakain|pinapatulog|pinatulog|"
                                + "pinapasahod|pinasahod|pinapasweldo|binabayaran|sinasahuran|sinusweldo)\\b|"
                                + "\\b(?:ginugutom|pinagugutom|kinakaltasan|kinaltasan|binabawasan ang (?:sahod|sweldo))\\b"),
                Cue.fixed(
                        VIOLENCE_OR_THREAT,
                        1,
                        "\\b(?:pinapatayo|pinatayo|pinagtayo|pinaluhod|pinapaluhod|pinag-?squat|pinapa-?squat|pinag-?push ?up|pinatakbo|pinapatakbo|"
                                + "pinagbibilad|ibinilad|binilad)\\b|\\bmadilim na (?:kwarto|kuwarto|silid)\\b"),
                Cue.nearFixed(
                        VIOLENCE_OR_THREAT,
                        1,
                        "\\b(?:pina(?:pa)?tayo|nakatayo|pina(?:pa)?luhod|nakaluhod|luhod|pina(?:pa)?upo(?: kami| ako)? sa sahig)\\b",
                        "\\b(?:buong gabi|magdamag|ilang oras|buong araw|hanggang umaga|sa init|sa arawan|\\d+ oras)\\b",
                        30),
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:ibebenta|ibenta|ibibenta|ipagbibili|ililipat|ipapasa)(?: (?:daw|raw|nila|na|po|kami|ako|siya|sila|kaming|akong|kayo)){0,3} "
                                + "(?:sa|ng) (?:ibang|bagong|mas)\\b"));
    }

    /** Concept 5: a relative abroad, and what is done to them, told by their family. */
    private static List<Cue> relatives() {
        return List.of(
                Cue.near(
                        RELATIVE_ABROAD,
                        1,
                        "\\b" + KIN_ANY + "\\b",
                        "\\b(?:nasa|andun|nandun|nandoon|naroon|pumunta|nagpunta|umalis|nagtrabaho|nagtatrabaho|na-?recruit|narecruit|dinala|"
                                + "napunta|tumawag|nag-?message|nagmessage|nag-?chat|nagchat|nag-?text|nagtext|nakausap|abroad|ibang bansa|cambodia|"
                                + "myanmar|laos|thailand)\\b",
                        50),
                Cue.fixed(
                        CONFINEMENT,
                        1,
                        "\\b(?:hindi|di|ayaw|bawal)(?: (?:daw|raw|na|po|talaga|pa|rin)){0,2} (?:sila|siya|sya|silang|siyang|syang|nila|nilang)"
                                + "(?: (?:daw|raw|na|po|talaga|pa|rin)){0,2} (?:makalabas|makaalis|lumabas|pinapalabas|palabasin|makatakas|pinalalabas|"
                                + "pakawalan|pinapakawalan|palayain|pinapauwi|pauwiin|pinapaalis)\\b"));
    }

    /** The first cues: set phrases of the situation. */
    private static List<Cue> phrases() {
        return List.of(
                Cue.fixed(
                        NOT_AS_PROMISED,
                        2,
                        "\\b(?:hindi|di) (?:po )?(?:namin|ko|na namin) alam kung (?:nasaan|saan|nasan|san) (?:po )?(?:kami|ako)\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\b(?:ayaw|hindi|di) (?:po )?(?:kami|ako|kaming|akong) (?:pakawalan|pinapakawalan|palayain|pinapalaya|pauwiin|pinapauwi)\\b|\\bbantay[ -]sarado\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:binenta|ibinenta|nabenta|ipinasa|inilipat|benenta) (?:po )?(?:kami|ako)?(?: po)? ?(?:sa|ng) (?:ibang|bagong) (?:kumpanya|company|kompanya|amo|boss|compound)\\b"),
                Cue.fixed(
                        VIOLENCE_OR_THREAT,
                        2,
                        NOT_RIGHT_AFTER_NEGATION
                                + "\\b(?:pinaparusahan|pinarurusahan|pinapahirapan|kinukuryente|binubugbog|sinasaktan|pinapalo)\\b"),
                Cue.strong(
                        RELATIVE_ABROAD,
                        "\\b(?:anak|kapatid|asawa|mister|misis|tatay|nanay|pamangkin|pinsan|bunso|kuya|ate|jowa|boyfriend|girlfriend|anak na (?:lalaki|babae)) (?:ko|namin|natin)~(?:tumawag|nag-?message|nagmessage|nag-?text|nagtext|nag-?chat)~(?:umiiyak|humihingi ng tulong|nagpapatulong|nagmamakaawa|tulong|help)\\b"),
                Cue.strong(
                        RELATIVE_ABROAD,
                        "\\b(?:tulungan|iligtas|sagipin|iuwi|pauwiin)~(?:anak|kapatid|asawa|mister|misis|tatay|nanay|pamangkin|pinsan|bunso|kuya|ate|jowa|boyfriend|girlfriend|anak na (?:lalaki|babae)) (?:ko|namin|natin)\\b"),
                Cue.strong(
                        FORCED_SCAMMING,
                        "\\b(?:pinipilit|pinilit|sapilitang) (?:po )?(?:kami|ako)?(?: po)? ?(?:magtrabaho|pinagtatrabaho|mag-?work)\\b"),
                Cue.fixed(
                        FORCED_SCAMMING, 1, "\\b(?:1[2-9]|2[0-4]) (?:oras|hours|hrs)\\b|\\bwalang (?:sahod|sweldo)\\b"),
                Cue.strong(
                        PLEA_FOR_HELP,
                        "\\b(?:help|pls help|please help|rescue|save) (?:po|nyo|niyo|naman)(?: (?:kami|ako|po))*\\b|\\b(?:tulong|saklolo) po\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\b(?:hindi|di|d|ayaw|bawal)(?: (?:kami|ako|na|po|talaga)){0,4} ?(?:makalabas|makaalis|lumabas|pinapalabas|palabasin|makatakas|pinalalabas)\\b"
                                + "(?! (?:ng|sa) bahay)"),
                Cue.fixed(
                        CONFINEMENT,
                        1,
                        "\\b(?:hindi|di|d|ayaw|bawal)(?: (?:kami|ako|na|po))* ?(?:makauwi|umuwi|pinapauwi|pauwiin|umalis|pinapaalis)\\b"),
                Cue.strong(
                        CONFINEMENT,
                        "\\b(?:nakakulong|ikinulong|kinulong|ikinukulong|kinukulong|nakakandado|binihag|bihag|kinidnap|dinukot|nakakulong kami)\\b"),
                Cue.strong(
                        CONFINEMENT,
                        "\\b(?:may|maraming) (?:bantay|guard|guwardiya|gwardya)(?: na)? (?:may baril|armado)|\\barmadong (?:bantay|guard|guwardiya)"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:naipit|na-?trap|trapped|tumakas|takas|(?:hindi|di) (?:po )?(?:namin|ko) alam kung nasaan)\\b"),
                Cue.strong(
                        PASSPORT_TAKEN,
                        "\\b(?:kinuha|kinumpiska|hawak|tinago|itinago|hinawakan|kinuha na)(?: (?:nila|ng (?:boss|company|amo|agent|agency|kumpanya)))?(?: (?:ang|yung|ung|lahat ng))? (?:passport|pasaporte|documents?|papeles|dokumento)"),
                Cue.strong(
                        PASSPORT_TAKEN,
                        "\\b(?:passport|pasaporte|pasport) (?:ko|namin|natin|nila|niya|nya)~(?:kinuha|hawak|kinumpiska|tinago|tinatago|itinatago|"
                                + "hinahawakan|iniingatan|sinurender|nasa (?:kanila|boss|amo|hr|opisina|office|kumpanya|company|employer|manager))"),
                Cue.fixed(
                        VIOLENCE_OR_THREAT,
                        2,
                        NOT_RIGHT_AFTER_NEGATION
                                + "\\b(?:binugbog|sinaktan|pinalo|ginulpi|sinuntok|sinampal|kinuryente|nakuryente|tinortyur|tinorture|pinarusahan|pinahirapan|binantaan|ginahasa|sinipa|kuryentehin|bugbugin)\\b"),
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:papatayin|ibebenta|bubugbugin) (?:daw )?(?:kami|ako)\\b|\\bpapatayin daw\\b"),
                Cue.fixed(
                        VIOLENCE_OR_THREAT,
                        2,
                        NOT_RIGHT_AFTER_NEGATION
                                + "\\b(?:sinapak|sinasapak|binatukan|binabatukan|tinadyakan|tinatadyakan|sinisipa|hinampas|hinahampas|pinaghahampas|"
                                + "pinagsusuntok|pinagsasampal|pinagsisipa|pinagbubugbog|pinagpapalo|nabugbog|binubugbog|ginugulpi|gulpihin|"
                                + "sinusuntok|sinasampal|pinapalo|kinukuryente|kuryentehin|kinuryente|tinaser|tinetaser|tinase|pinaso|nilatigo|"
                                + "hinagupit|binaril|sinaksak|tinotorture|tinotortyur|kinulata|minolestiya|hinipuan)\\b"),
                Cue.weak(VIOLENCE_OR_THREAT, "\\b(?:tinakot|pinagbantaan|parusa)\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:magbayad|bayaran|bayad|tubusin|pantubos|ransom)~(?:para|bago) (?:makalaya|makauwi|makaalis|palayain|pakawalan|ma-?release|i-?release)\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:binenta|ibinenta|benenta|ipinagbili|nabenta|binebenta)(?: (?:na|daw|raw|po|sila|siya|kami|ako|nila)){0,3} "
                                + "(?:kami|ako|(?:sa|ng) (?:ibang|bagong|kabilang|isang|mas))\\b|\\b(?:tubos|pantubos|ransom)\\b"),
                Cue.weak(DEBT_OR_RANSOM, "\\b(?:utang|multa|singil|sinisingil)\\b"),
                // the fare and the visa turned into a debt: the usual bond
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:utang|bayaran|babayaran|sisingilin)~(?:pamasahe|pasahe|ticket|tiket|visa|placement|flight|processing)\\b"),
                Cue.strong(
                        FORCED_SCAMMING,
                        "\\b(?:pinipilit|pinilit|pinapagawa|inuutusan|sapilitang|pinagagawa)(?: (?:kami|ako|nila))*~(?:mag-?scam|manloko|mangloko|manggantso|mang-?scam|scam|manlinlang)\\b"),
                Cue.strong(
                        NOT_AS_PROMISED,
                        "\\b(?:dinala|dinadala|inilipat|nilipat|tinawid|itinawid|pinatawid|binyahe|ibiniyahe|isinakay|sinakay|pinasakay|ipinuslit|pinuslit)"
                                + "(?: (?:kami|ako|nila|po|daw|kmi|aq)){0,3}~(?:myanmar|burma|cambodia|kambodya|laos|border|ilog|ibang bansa)\\b"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\b(?:niloko|naloko|nalinlang|dinaya|nabudol|na-?traffic(?:k)?|na-?scam) (?:kami|ako)\\b|\\b(?:iba (?:pala )?ang trabaho|hindi (?:pala )?totoo ang trabaho)"),
                Cue.strong(
                        CANNOT_TALK,
                        "\\b(?:chine-?check|chinecheck|tinitingnan|kinukuha|sinisilip|binabasa|kinukumpiska)(?: nila)?(?: (?:ang|yung|ung))? (?:phone|cellphone|cp|selpon|messages|fone)"),
                Cue.strong(
                        CANNOT_TALK,
                        "\\b(?:burahin|i-?delete|idelete|pakibura|paki-?bura|pakidelete|paki-?delete)(?: (?:mo|nyo|na|lang|po|agad|itong|ito|to|yung|ang|mga|lahat ng)){0,5} "
                                + "(?:chats?|messages?|convo|mensahe|usapan|texts?)"),
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "\\b(?:hindi|di) (?:ako |kami )?(?:makakapag|pwede(?:ng)?|makapag)-? ?(?:usap|chat|text|tawag|reply)|\\b(?:hindi|di) (?:ako |kami )?(?:makausap|makasagot|makatawag|makapagsalita|makareply)\\b|\\b(?:patago|palihim|patagong)\\b"),
                // the covert plea: "don't believe me if I say I'm fine"
                Cue.fixed(
                        PLEA_FOR_HELP,
                        2,
                        "\\b(?:wag|huwag|hwag)(?: (?:kang|kayong|mong|kayo|ka|po))? (?:maniwala|maniwala kayo|paniwalaan)~(?:okay|ok|ayos|mabuti|safe)\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\b(?:di|hindi) (?:na )?(?:daw |raw )?(?:kami|ako|sila|siya|sya) (?:na )?(?:daw |raw )?pwede(?:ng)? (?:na )?(?:bumalik|umuwi|umalis|lumabas|makauwi)\\b"
                                + "|\\bayaw (?:daw |raw )?(?:siyang|syang|kaming|akong|silang) (?:paalisin|pauwiin|palabasin|pakawalan)\\b"),
                // "later", from someone who cannot say when
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "\\b(?:bukas ulit|bukas na lang|mamaya na|mamaya ulit|mamayang gabi|mamaya pag|text (?:ako|kita) mamaya|chat (?:ako|kita) mamaya|balik ako mamaya|later na lang|saka na lang)\\b"),
                Cue.weak(
                        CANNOT_TALK,
                        "\\b(?:may|merong|maraming)(?: (?:mga|na|pong|po))? (?:bantay|guard|gwardya|guwardiya|armado)\\b"),
                Cue.strong(
                        PLEA_FOR_HELP,
                        "\\b(?:tulungan|matulungan|tulongan|saklolohan|iligtas|mailigtas|sagipin|masagip|i-?rescue|irescue|ma-?rescue|ilabas)"
                                + "(?: (?:nyo|ninyo|mo|niyo|po|naman|sana|na)){0,3} (?:kami|ako|kmi|aq)\\b|\\bsaklolo\\b"),
                Cue.strong(PLEA_FOR_HELP, "(?<!\\bsa )\\btulong(?: po| naman| nyo){0,3}\\s*(?:!|$)"),
                Cue.weak(PLEA_FOR_HELP, "\\b(?:tulong|kailangan (?:ko|namin) ng tulong)\\b"),
                // "kuya pls." — a bare please, closed by a full stop, from someone who cannot say more
                Cue.weak(PLEA_FOR_HELP, "\\b(?:pls|plz|plss|please|pakiusap)\\s*[.!]+(?=\\s|$)"),
                Cue.strong(
                        RELATIVE_ABROAD,
                        "\\b" + KIN
                                + "~(?:nakakulong|naipit|hawak|binenta|binugbog|sinasaktan|kinidnap|dinukot|(?:hindi|di) (?:makauwi|makaalis|makalabas))\\b"),
                Cue.weak(
                        RELATIVE_ABROAD,
                        "\\b(?:wala na|nawalan)(?: (?:kaming|ng|kami))* (?:contact|balita|komunikasyon)\\b"),
                // a relative quoting the last thing they heard: since then, nothing
                Cue.fixed(
                        RELATIVE_ABROAD,
                        1,
                        "\\b(?:huling|last) (?:message|msg|text|chat|tawag|mensahe|sinabi|call|vm|voice message)(?: (?:niya|nya|nila|ni|ng|sa akin|samin))\\b"));
    }
}
