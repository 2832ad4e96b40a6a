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

/** Filipino and the Taglish most Filipinos text in ("di kami makalabas", "kinuha passport namin"). */
final class FilipinoCues {
    private static final String ME = "(?:ako|kami|tayo|namin|natin|ko|kmi)";
    private static final String KIN = "(?:anak|kapatid|asawa|mister|misis|tatay|nanay|pamangkin|pinsan|bunso|kuya|ate|"
            + "jowa|boyfriend|girlfriend|anak na (?:lalaki|babae)) (?:ko|namin|natin)";

    private FilipinoCues() {}

    static LanguageCues cues() {
        return new LanguageCues(
                Language.FILIPINO,
                List.of(
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
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "\\b(?:pinaparusahan|pinarurusahan|pinapahirapan|kinukuryente|binubugbog|sinasaktan|pinapalo)\\b"),
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
                                FORCED_SCAMMING,
                                1,
                                "\\b(?:1[2-9]|2[0-4]) (?:oras|hours|hrs)\\b|\\bwalang (?:sahod|sweldo)\\b"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "\\b(?:help|pls help|please help|rescue|save) (?:po|nyo|niyo|naman)(?: (?:kami|ako|po))*\\b|\\b(?:tulong|saklolo) po\\b"),
                        Cue.fixed(
                                CONFINEMENT,
                                2,
                                "\\b(?:hindi|di|d|ayaw|bawal)(?: (?:kami|ako|na|po|talaga))* ?(?:makalabas|makaalis|lumabas|pinapalabas|palabasin|makatakas|pinalalabas)\\b"),
                        Cue.fixed(
                                CONFINEMENT,
                                1,
                                "\\b(?:hindi|di|d|ayaw|bawal)(?: (?:kami|ako|na|po))* ?(?:makauwi|umuwi|pinapauwi|pauwiin|umalis|pinapaalis)\\b"),
                        Cue.strong(
                                CONFINEMENT,
                                "\\b(?:nakakulong|ikinulong|kinulong|nakakandado|binihag|bihag|kinidnap|dinukot|nakakulong kami)\\b"),
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
                                "\\b(?:passport|pasaporte) (?:ko|namin|natin)~(?:kinuha|hawak|kinumpiska|tinago|nasa (?:kanila|boss|amo))"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "\\b(?:binugbog|sinaktan|pinalo|ginulpi|sinuntok|sinampal|kinuryente|nakuryente|tinortyur|tinorture|pinarusahan|pinahirapan|binantaan|ginahasa|sinipa|kuryentehin|bugbugin)\\b"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "\\b(?:papatayin|ibebenta|bubugbugin) (?:daw )?(?:kami|ako)\\b|\\bpapatayin daw\\b"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "\\b(?:pina|pinag|ni|bi|si|ki|gi)?\\w{0,4}(?:parusa|bugbog|saktan|suntok|kuryente|gulpi|hirap|torture|tortyur)(?:han|an|in|hin)?(?![a-z])(?: (?:po|nila|kami|ako))*"),
                        Cue.weak(VIOLENCE_OR_THREAT, "\\b(?:tinakot|pinagbantaan|parusa)\\b"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "\\b(?:magbayad|bayaran|bayad|tubusin|pantubos|ransom)~(?:para|bago) (?:makalaya|makauwi|makaalis|palayain|pakawalan|ma-?release|i-?release)\\b"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "\\b(?:binenta|ibinenta|benenta|ipinagbili|nabenta|binebenta) (?:kami|ako|sa ibang)\\b|\\b(?:tubos|pantubos|ransom)\\b"),
                        Cue.weak(DEBT_OR_RANSOM, "\\b(?:utang|multa|compensation|penalty)\\b"),
                        Cue.strong(
                                FORCED_SCAMMING,
                                "\\b(?:pinipilit|pinilit|pinapagawa|inuutusan|sapilitang|pinagagawa)(?: (?:kami|ako|nila))*~(?:mag-?scam|manloko|mangloko|manggantso|mang-?scam|scam|manlinlang)\\b"),
                        Cue.strong(
                                FORCED_SCAMMING,
                                "\\b(?:pag|kapag|kung) (?:hindi|di) (?:naabot|maabot|umabot|ma-?hit|na-?hit)~(?:quota|target)\\b"),
                        Cue.weak(FORCED_SCAMMING, "\\b(?:pinag-?scam|pinapa-?scam|mag-?scam ng tao|quota)\\b"),
                        Cue.strong(
                                NOT_AS_PROMISED,
                                "\\b(?:dinala|dinala nila|inilipat|tinawid|binyahe)(?: (?:kami|ako))?~(?:myanmar|burma|cambodia|laos|border|ilog)\\b"),
                        Cue.weak(
                                NOT_AS_PROMISED,
                                "\\b(?:niloko|naloko|nalinlang|dinaya|nabudol|na-?traffic(?:k)?|na-?scam) (?:kami|ako)\\b|\\b(?:iba (?:pala )?ang trabaho|hindi (?:pala )?totoo ang trabaho)"),
                        Cue.strong(
                                CANNOT_TALK,
                                "\\b(?:chine-?check|chinecheck|tinitingnan|kinukuha|sinisilip|binabasa|kinukumpiska)(?: nila)?(?: (?:ang|yung|ung))? (?:phone|cellphone|cp|selpon|messages|fone)"),
                        Cue.strong(
                                CANNOT_TALK,
                                "\\b(?:burahin|i-?delete|idelete) (?:mo )?(?:agad )?(?:ito|to|yung|ang|itong)? ?(?:chat|message|convo|mensahe|usapan)"),
                        Cue.fixed(
                                CANNOT_TALK,
                                1,
                                "\\b(?:hindi|di) (?:ako |kami )?(?:makakapag|pwede(?:ng)?|makapag)-? ?(?:usap|chat|text|tawag|reply)|\\b(?:patago|palihim|patagong)\\b"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "\\b(?:tulungan|saklolohan|iligtas|sagipin|i-?rescue|ilabas)(?: (?:nyo|ninyo|mo|niyo|po))* (?:kami|ako)\\b|\\bsaklolo\\b"),
                        Cue.strong(PLEA_FOR_HELP, "\\btulong(?: po| naman| nyo)*\\s*(?:!|$)"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "\\b\\w{0,5}(?:sagip|ligtas|saklolo|rescue|tulung)\\w{0,4}(?: (?:nyo|niyo|ninyo|mo|po|naman|sana))* (?:kami|ako)\\b"),
                        Cue.weak(PLEA_FOR_HELP, "\\b(?:tulong|kailangan (?:ko|namin) ng tulong)\\b"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                "\\b" + KIN
                                        + "~(?:nakakulong|naipit|hawak|binenta|binugbog|sinasaktan|kinidnap|dinukot|(?:hindi|di) (?:makauwi|makaalis|makalabas))\\b"),
                        Cue.weak(
                                RELATIVE_ABROAD,
                                "\\b(?:wala na|nawalan)(?: (?:kaming|ng|kami))* (?:contact|balita|komunikasyon)\\b")),
                LanguageCues.words("hindi|di|wala|walang|huwag|wag|hinde"),
                LanguageCues.words(
                        "paano kung|pano kung|paano (?:po )?(?:makakatulong|tumulong)|totoo ba|legit ba|safe ba|ligtas ba|posible ba|ba"),
                LanguageCues.words("kung|kapag|pag|baka"),
                LanguageCues.words("balita|ayon sa|iniulat|ulat|inanunsyo"));
    }
}
