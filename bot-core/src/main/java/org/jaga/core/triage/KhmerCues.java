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

/** Khmer, written without spaces between words; a space ends a clause. */
final class KhmerCues {
    private static final String PASSPORT = "(?:លិខិតឆ្លងដែន|ប៉ាស្ប៉័រ|ប៉ាសស្ពរ|ប៉ាស្ព័រ|passport)";
    private static final String KIN = "(?:កូន(?:ប្រុស|ស្រី)?|ប្អូន(?:ប្រុស|ស្រី)?|បង(?:ប្រុស|ស្រី)|ប្តី|ប្រពន្ធ|ក្មួយ)";

    private KhmerCues() {}

    static LanguageCues cues() {
        return new LanguageCues(
                Language.KHMER,
                List.of(
                        Cue.fixed(NOT_AS_PROMISED, 2, "មិន(?:ដឹង|ដឹងថា)(?:…)?(?:នៅ)(?:…)?(?:ណា|ឯណា|កន្លែងណា)"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "(?:ត្រូវ)?(?:គេ)?លក់(?:…)?(?:ខ្ញុំ|យើង|បន្ត)|ទាមទារ(?:…)?(?:លុយ|ប្រាក់|ដុល្លារ)"),
                        Cue.strong(FORCED_SCAMMING, "បង្ខំ(?:…)?(?:ធ្វើការ|ឲ្យធ្វើ|អោយធ្វើ)"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                "(?:កូន|ប្អូន|បង|ប្តី|ប្រពន្ធ|ក្មួយ)(?:…)?(?:ទូរស័ព្ទ|ផ្ញើសារ|តេ)(?:…)?(?:យំ|សុំជំនួយ|ឲ្យជួយ|អោយជួយ)"),
                        Cue.strong(PLEA_FOR_HELP, "សុំ(?:…)?ជំនួយ|ជួយ(?:…)?(?:ផង|ខ្ញុំផង|យើងផង|ចេញ)"),
                        Cue.fixed(
                                CONFINEMENT,
                                2,
                                "ចេញ(?:…)?មិន(?:បាន|រួច)|មិន(?:អោយ|ឲ្យ)(?:…)?ចេញ|ហាម(?:…)?ចេញ|រត់មិនរួច"),
                        Cue.strong(
                                CONFINEMENT,
                                "(?:ត្រូវ(?:បាន)?(?:គេ)?)?(?:ឃុំ(?:ខ្លួន|ឃាំង)?|ខ្ទប់|ចាក់សោ|ចាប់ជំរិត)|អ្នកយាម(?:…)?កាំភ្លើង"),
                        Cue.weak(CONFINEMENT, "ជាប់(?:នៅ)?ទីនេះ|រត់គេច|ត្រឡប់មកវិញមិនបាន"),
                        Cue.strong(
                                PASSPORT_TAKEN,
                                "(?:យក|ដក|រឹបអូស|កាន់|ទុក)(?:…)?" + PASSPORT + "|" + PASSPORT
                                        + "(?:…)?(?:ត្រូវ)?(?:គេ)?(?:យក|រឹបអូស|ដក)"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "វាយ(?!អក្សរ|បញ្ចូល|តម្លៃ)|ធ្វើបាប|ឆក់(?:ខ្សែ)?ភ្លើង|ឆក់|ធ្វើទារុណកម្ម|គំរាម|ដាក់ទណ្ឌកម្ម|ទាត់|រំលោភ"),
                        Cue.weak(VIOLENCE_OR_THREAT, "សម្លាប់"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "លោះ|លក់(?:…)?(?:ក្រុមហ៊ុន|ថៅកែ)(?:…)?(?:ផ្សេង|ថ្មី)|(?:បង់|ឲ្យ|អោយ)(?:លុយ|ប្រាក់)(?:…)?(?:ទើប|ដើម្បី)(?:…)?(?:ដោះលែង|ចេញ|ត្រឡប់)"),
                        Cue.weak(DEBT_OR_RANSOM, "សំណង|បំណុល|ពិន័យ"),
                        Cue.strong(FORCED_SCAMMING, "(?:បង្ខំ|បង្ខិតបង្ខំ)(?:…)?(?:បោក|ឆបោក|scam)"),
                        Cue.weak(FORCED_SCAMMING, "ឆបោក|គោលដៅ"),
                        Cue.strong(NOT_AS_PROMISED, "នាំ(?:…)?(?:មក|ទៅ)(?:…)?(?:ព្រំដែន|ភូមា|ឡាវ)|ជួញដូរមនុស្ស"),
                        Cue.weak(NOT_AS_PROMISED, "(?:ត្រូវ)?(?:គេ)?បោកប្រាស់|ការងារមិនដូច"),
                        Cue.strong(CANNOT_TALK, "(?:ពិនិត្យ|ឆែក|យក|រឹប)(?:…)?ទូរស័ព្ទ|លុប(?:…)?(?:សារ|ចោល)"),
                        Cue.fixed(CANNOT_TALK, 1, "និយាយ(?:…)?មិន(?:បាន|ស្រួល)|លួច(?:…)?(?:ផ្ញើ|ឆាត|និយាយ)"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "ជួយ(?:ខ្ញុំ|យើង|ពួកយើង|កូន|ផង)?(?:…)?ផង|សង្គ្រោះ|(?<![a-z])sos(?![a-z])"),
                        Cue.weak(PLEA_FOR_HELP, "ជួយខ្ញុំ|ជួយយើង"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                KIN + "(?:…)?(?:ជាប់|ឃុំ|ត្រូវគេ|លក់|វាយ|មកវិញមិនបាន|ត្រឡប់មកវិញមិនបាន)"),
                        Cue.weak(RELATIVE_ABROAD, "(?:បាត់|ដាច់)(?:…)?ទំនាក់ទំនង")),
                LanguageCues.anywhere("មិន|ពុំ|អត់|គ្មាន"),
                LanguageCues.anywhere("(?:ឬ|រឺ)(?:ទេ|អត់)|មែនទេ|ទេ\\?|សុវត្ថិភាព"),
                LanguageCues.anywhere("ប្រសិនបើ|បើ|នឹង"),
                LanguageCues.anywhere("ព័ត៌មាន|សារព័ត៌មាន|របាយការណ៍|អ្នកនាំពាក្យ"));
    }
}
