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

/** Burmese, in Unicode (not Zawgyi), with the particles of spoken Burmese. */
final class BurmeseCues {
    private static final String PASSPORT = "(?:ပတ်စ်ပို့|ပတ်စပို့|ပက်စ်ပို့|နိုင်ငံကူးလက်မှတ်|passport)";
    private static final String KIN = "(?:သား|သမီး|အစ်ကို|ညီမ|ညီလေး|ညီ|အစ်မ|ယောက်ျား|ခင်ပွန်း|မောင်လေး|တူ|တူမ|မိသားစု)";

    private BurmeseCues() {}

    static LanguageCues cues() {
        return new LanguageCues(
                Language.BURMESE,
                List.of(
                        Cue.strong(NOT_AS_PROMISED, "ဘယ်(?:မှာ|နေရာ)(?:…)?(?:ရောက်|ရှိ)(?:…)?(?:မသိ|မှန်းမသိ)"),
                        Cue.strong(DEBT_OR_RANSOM, "ရောင်း(?:ပစ်|လိုက်|စား)|(?:ငွေ|ပိုက်ဆံ|ဒေါ်လာ)(?:…)?(?:တောင်း)"),
                        Cue.strong(FORCED_SCAMMING, "အတင်း(?:…)?(?:အလုပ်|ခိုင်း)"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                "(?:သား|သမီး|အစ်ကို|ညီမ|ညီ|အစ်မ|ယောက်ျား|ခင်ပွန်း|မောင်လေး)(?:…)?(?:ငို|အကူအညီတောင်း|ကယ်ပါ)"),
                        Cue.strong(PLEA_FOR_HELP, "ကယ်(?:ကြ)?(?:ပါ|ပေး)|အကူအညီ(?:…)?(?:လိုပါ|ပေးပါ|တောင်း)"),
                        Cue.fixed(
                                CONFINEMENT,
                                2,
                                "အပြင်(?:ကို)?\\s?မ(?:ထွက်|သွား)ရ|ထွက်(?:ခွင့်)?\\s?မ(?:ရ|ပေး)|ထွက်လို့\\s?မရ|မထွက်ခိုင်း|ပြန်ခွင့်မပေး"),
                        Cue.fixed(CONFINEMENT, 1, "ပြန်လို့\\s?မရ|ပြန်(?:မ)?လာနိုင်|ထွက်ပြေး"),
                        Cue.strong(
                                CONFINEMENT,
                                "ပိတ်(?:ထား|လှောင်)|ချုပ်(?:ထား|နှောင်)|ဖမ်း(?:ထား|ဆီး|ခေါ်)|ပြန်ပေးဆွဲ|လက်နက်(?:…)?အစောင့်|အစောင့်(?:…)?(?:သေနတ်|လက်နက်)"),
                        Cue.weak(CONFINEMENT, "အစောင့်|လွတ်မြောက်|ပိတ်မိ"),
                        Cue.strong(PASSPORT_TAKEN, PASSPORT + "(?:…)?(?:သိမ်း|ယူထား|ယူသွား|ဖမ်းထား)"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "ရိုက်နှက်|အရိုက်ခံ|ရိုက်(?:တယ်|ကြ|ခံရ|ပုတ်)|နှိပ်စက်|ညှဉ်းပန်း|ညှဉ်းဆဲ|အပြစ်ပေး|လျှပ်စစ်(?:…)?(?:တို့|ရှော့|shock)|ဓာတ်လိုက်|ခြိမ်းခြောက်|ကန်(?:ကျောက်|တယ်)"),
                        Cue.weak(VIOLENCE_OR_THREAT, "သတ်(?:မယ်|ပစ်မယ်)|ကျောက်ကပ်(?:…)?ရောင်း"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "(?:ငွေ|ပိုက်ဆံ)(?:…)?(?:ပေးမှ|ပေးရင်|ပေးရမယ်|ပေးပါမှ)(?:…)?(?:လွှတ်|ပြန်)|ပြန်ရွေး|ရွေးငွေ|(?:ရောင်း|ရောင်းစား)(?:…)?(?:ကုမ္ပဏီ|company|ဂိုဏ်း)"),
                        Cue.weak(DEBT_OR_RANSOM, "လျော်ကြေး|အကြွေး|ဒဏ်ကြေး"),
                        Cue.strong(
                                FORCED_SCAMMING,
                                "(?:အတင်း|အဓမ္မ)(?:…)?(?:လိမ်|scam)|လိမ်(?:ခိုင်း|ခိုင်းတယ်)|(?:တာဂတ်|target)(?:…)?မ(?:ပြည့်|မီ)"),
                        Cue.weak(FORCED_SCAMMING, "တာဂတ်|လိမ်လည်|အွန်လိုင်းလိမ်"),
                        Cue.strong(NOT_AS_PROMISED, "လိမ်(?:ပြီး)?(?:ခေါ်|ပို့|ညာ)|လူကုန်ကူး(?:ခံရ)?"),
                        Cue.weak(NOT_AS_PROMISED, "အလိမ်ခံရ|ပြောတာနဲ့\\s?မတူ|ညာခံရ"),
                        Cue.strong(CANNOT_TALK, "ဖုန်း(?:…)?(?:စစ်|သိမ်း)|(?:ဖျက်|delete)(?:…)?(?:ပေး|လိုက်|ပါ)"),
                        Cue.fixed(CANNOT_TALK, 1, "(?:စကား)?မပြော(?:နိုင်|ရ)|ခိုး(?:ပြီး)?(?:ပို့|သုံး|ပြော)"),
                        Cue.strong(PLEA_FOR_HELP, "ကယ်(?:ပါ|ကြပါ|တင်ပေး|ဆယ်ပေး|တင်ပါ|ပေးပါ)|(?<![a-z])sos(?![a-z])"),
                        Cue.weak(PLEA_FOR_HELP, "ကူညီ(?:ပါ|ပေးပါ|ကြပါ)"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                KIN + "(?:…)?(?:ဖမ်း|ချုပ်|ပိတ်|ရောင်း|ရိုက်|ပြန်မလာနိုင်|ပြန်လို့မရ)"),
                        Cue.weak(RELATIVE_ABROAD, "ဆက်သွယ်လို့\\s?မရ|အဆက်အသွယ်(?:…)?ပြတ်")),
                LanguageCues.anywhere("(?!)"),
                LanguageCues.anywhere("လား|တကယ်လို့|ဟုတ်လား|ဘေးကင်း"),
                LanguageCues.anywhere("ရင်|လျှင်"),
                LanguageCues.anywhere("သတင်း|ဖော်ပြ|ထုတ်ပြန်|အစီရင်ခံ"));
    }
}
