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
import java.util.stream.Stream;

/**
 * Khmer, written without spaces between words; a space ends a clause. People type the same word
 * in several ways (ឲ្យ, ឱ្យ, អោយ; subscript ដ or ត in ប្ដី; ទូរស័ព្ទ or ទូរសព្ទ) and borrow
 * "passport" in many spellings, so every such word is written as all its spellings.
 *
 * <p>Khmer says many of these things with a negation ("គេមិនឲ្យចេញ", they do not let us out),
 * which would cancel a negatable cue; those concepts are {@link #together fixed near cues}.
 */
final class KhmerCues {
    private static final String GIVE = "(?:ឲ្យ|ឱ្យ|អោយ)";
    private static final String PHONE = "(?:ទូរស័ព្ទ|ទូរសព្ទ|ទូរស័ព្ទដៃ|phone|ហ្វូន)";
    /** ប៉ាស្ព័រ and its many typed forms (ប៉ាស្ប៉័រ, ប៉ាសស្ពរ, ប៉ាសព័រ, with ៉ typed before or after ា). */
    private static final String PASSPORT =
            "(?:លិខិតឆ្លងដែន|ប(?:៉ា|ា៉|ា)(?:សស|ស)់?(?:្ព|្ប៉|្ប|ព|ប៉|ប)(?:័រ|័|រ|ត)|passport|pasport|អត្តសញ្ញាណប័ណ្ណ)";

    private static final String KIN =
            "(?:កូន(?:ប្រុស|ស្រី)?(?!ជ្រូក|មាន់|ទា|គោ|ក្របី|ឈើ|ឆ្កែ|ឆ្មា|ត្រី|សោ|កាត់|សិស្ស|ឃ្លី|បាល់|ក្មេង)|ប្អូន(?:ប្រុស|ស្រី|ថ្លៃ)?|បង(?:ប្រុស|ស្រី|ថ្លៃ)|ប្តី|ប្ដី|ប្រពន្ធ|ក្មួយ(?:ប្រុស|ស្រី)?|ចៅ|ម្តាយ|ម្ដាយ|ឪពុក"
                    + "|ពូ|មីង|សង្សារ|មិត្តភក្តិ|មិត្តភក្ដិ|មិត្ត|បងប្អូន|ញាតិ)";
    private static final String BOSS = "(?:គេ(?!ហ)|ក្រុមហ៊ុន|ថៅកែ|មេការ|មេក្រុម|ពួកវា|hr|ចៅហ្វាយ|អ្នកគ្រប់គ្រង)";
    private static final String HIT =
            "(?<!ខ្ញុំ)វាយ(?!អក្សរ|អត្ថបទ|សារ|បញ្ចូល|តម្លៃ|កូនឃ្លី|កូនបាល់|សី|ឡេ|ទឹក|ស្គរ)|វ៉ៃ|ដាល់|ធាក់|(?<!ទៀង)ទាត់(?!បាល់)|ទះ(?:កំផ្លៀង|មុខ)|ធ្វើបាប"
                    + "|ឆក់(?:ខ្សែ)?ភ្លើង|ដំបងឆក់|ឆក់(?!កាបូប|យក|ចិត្ត)|ធ្វើទារុណកម្ម|វាយដំ|ដំ(?:ខ្ញុំ|យើង|គាត់)|ចង(?:ដៃ|ជើង|ខ្លួន)|ព្យួរ(?:ដៃ|ខ្លួន|ជើង)"
                    + "|ដុត(?:…)?បារី|បន្ទប់ងងឹត|រំលោភ";
    /** Punishment by deprivation: no food, no sleep, no pay, made to stand or kneel. */
    private static final String DEPRIVED = "មិន" + GIVE
            + "(?:…)?(?:បាយ|ញ៉ាំ|ហូប|ដេក|សម្រាក|ប្រាក់ខែ|លុយ)|អត់(?:បាយ|ញ៉ាំ|ដេក|ប្រាក់ខែ|លុយ)|គ្មាន(?:បាយ|អាហារ|ប្រាក់ខែ)"
            + "|ឈរ(?:…)?(?:ពេញ|មួយ|ទាំង|រហូត)(?:…)?(?:យប់|ព្រឹក|ថ្ងៃ)|" + GIVE
            + "ឈរ|លុតជង្គង់|ដាក់ទោស|ដាក់ទណ្ឌកម្ម|ពិន័យ";
    /** Scamming described by what the person is made to do, and its targets. */
    private static final String SCAM_WORK =
            "ឆបោក|បោក(?:គេ|ប្រាស់គេ|លុយ|ប្រាក់)|ឆាត(?:…)?(?:បោក|ជាមួយ(?:ជនបរទេស|បរទេស|ភ្ញៀវ))|ក្លែង(?:ខ្លួន|ធ្វើ|បន្លំ|ជា)"
                    + "|(?:គណនី|អាខោន|fb|facebook|ហ្វេសប៊ុក)(?:…)?(?:ក្លែង|បន្លំ|ហ្វេក|fake)|ធ្វើពុតជា|ដាក់លុយ|ដាក់ប្រាក់|វិនិយោគ|គ្រីបតូ|crypto|usdt"
                    + "|ស្កែម|scam|លួងលោម|គោលដៅ|target|kpi|កូតា|quota";

    private static final String PAY = "សង(?![្់ឹ])|សំណង|ពិន័យ|ជំពាក់|បំណុល|លោះ|(?:បង់|ចេញ)(?:លុយ|ប្រាក់|ថ្លៃ)"
            + "|ថ្លៃ(?:យន្តហោះ|ធ្វើដំណើរ|ស្នាក់នៅ|ហ្វឹកហ្វឺន|បណ្តុះបណ្តាល|បណ្ដុះបណ្ដាល|កិច្ចសន្យា|ធ្វើលិខិត|ធ្វើប៉ាស្ព័រ|ម៉ៅការ|ឈ្នួល)";
    /** Going home or being let go; not a bare ទៅវិញ, which also ends "pay the money back". */
    private static final String LEAVE = "ទៅផ្ទះ|មកផ្ទះ|ត្រឡប់|ទៅស្រុក|មកស្រុក|ចេញពី|ចេញទៅ|ចង់(?:ចេញ|ឈប់|ទៅ)|ដោះលែង|លែង"
            + GIVE + "|ឈប់ធ្វើ|លាឈប់|រួចខ្លួន|ដោះខ្លួន|ចាកចេញ|អាចចេញ|ទើប(?:អាច|បាន)?(?:ចេញ|ទៅ|ត្រឡប់|ឈប់|មក)";

    private static final String HELD =
            "ជាប់(?:នៅ|ខ្លួន|គុក)|ត្រូវ(?:បាន)?គេ(?:ឃុំ|ខ្ទប់|ចាប់|វាយ|វ៉ៃ|លក់|ធ្វើបាប|ឆក់)|គេ(?:ឃុំ|ខ្ទប់|វាយ|វ៉ៃ|ធ្វើបាប|ឆក់)|គេលក់(?:ខ្ញុំ|យើង|គាត់)"
                    + "|ឃុំខ្លួន|ចេញមិន(?:បាន|រួច)|មិន" + GIVE
                    + "(?:…)?(?:ចេញ|មក|ត្រឡប់|ទៅ)|(?:មក|ត្រឡប់(?:មក)?)វិញមិន(?:បាន|រួច)";
    private static final String SENTENCE_GAP = Cue.gap(40);

    private KhmerCues() {}

    static LanguageCues cues() {
        return new LanguageCues(
                Stream.of(held(), taken(), hurt(), owed(), scamming(), misled(), watched(), pleas())
                        .flatMap(List::stream)
                        .toList(),
                LanguageCues.anywhere("មិន|ពុំ|អត់|គ្មាន"),
                LanguageCues.anywhere(
                        "(?:ឬ|រឺ)(?:ទេ|អត់|ក៏)|មែនទេ|មែនអត់|ទេ\\?|ទេ？|ធម្មតា(?:ទេ|ឬ|រឺ)|ស្របច្បាប់|ទុកចិត្ត|សុវត្ថិភាព"
                                + "|ចុះបើ|ក្រែងលោ|(?:ឮ|លឺ)(?:គេ)?ថា|ភ្នាក់ងារ(?:ថា|ប្រាប់|និយាយ)"
                                + "|(?:ឥឡូវ)?(?:បាន)?(?:មក)?ដល់(?:ផ្ទះ|ស្រុក)(?:វិញ)?ហើយ|រួចខ្លួនហើយ|ត្រឡប់មកវិញហើយ|ស្ទះចរាចរណ៍|ស្ទះឡាន|ធ្លាប់|ពេលនោះ|កាលនោះ|ហ្គេម|game"
                                + "|ដូច(?:ជា)?(?:គេ)?(?:វាយ|ជាប់គុក|ស្លាប់|ឃុំ)"),
                LanguageCues.anywhere("ប្រសិនបើ|បើ(?!ក)|នឹង"),
                LanguageCues.anywhere("ព័ត៌មាន|ពត៌មាន|សារព័ត៌មាន|អ្នកសារព័ត៌មាន|របាយការណ៍|អ្នកនាំពាក្យ|យោងតាម|បាន"
                        + GIVE + "ដឹង" + "|មាតុភូមិនិវត្តន៍|(?:ត្រូវ)?បានរំដោះ|(?:ត្រូវ)?បានជួយសង្គ្រោះ|បង្ក្រាប"));
    }

    private static List<Cue> held() {
        return List.of(
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "ចេញ(?:ទៅ)?(?:ក្រៅ)?មិន(?:បាន|រួច)|មិន" + GIVE
                                + "(?:…)?(?:ចេញ|ត្រឡប់|មកផ្ទះ|ទៅផ្ទះ|ទៅវិញ|មកវិញ|ឈប់|ចាកចេញ)|ហាម(?:…)?ចេញ|រត់មិនរួច"
                                + "|មិនអាចចេញ|គ្មានសេរីភាព"),
                Cue.strong(
                        CONFINEMENT,
                        "ឃុំខ្លួន|ឃុំឃាំង|ត្រូវ(?:បាន)?(?:គេ)?(?:ឃុំ|ខ្ទប់|ចាក់សោ)|គេ(?:ឃុំ|ខ្ទប់)|ឃុំ(?:ទុក|យើង|ខ្ញុំ|ពួកយើង)|ចាប់ជំរិត"
                                + "|ខ្ទប់(?:ទុក|ខ្លួន|យើង|ខ្ញុំ|នៅ|ក្នុង)|ចាក់សោ(?:…)?(?:ពីក្រៅ|ខាងក្រៅ|យើង|ខ្ញុំ)"),
                Cue.near(CONFINEMENT, 2, "កាំភ្លើង|អាវុធ", "យាម|ឆ្មាំ|សន្តិសុខ|ទាហាន|ទ្វារ|ច្រក|ព័ទ្ធ|កាន់"),
                Cue.weak(
                        CONFINEMENT,
                        "របង(?:ខ្ពស់|លួស)|កំពែង|ជញ្ជាំងខ្ពស់|លួសបន្លា|ខ្សែលួស|អ្នកយាម|មានគេយាម|យាម(?:ទ្វារ|ច្រក|២៤|24|ជុំវិញ|ពេញ)"),
                Cue.weak(
                        CONFINEMENT,
                        "ជាប់នៅ(?:ទីនេះ|ទីនោះ|ក្នុង(?:អគារ|បន្ទប់|ក្រុមហ៊ុន|នេះ|នោះ))|ជាប់ទីនេះ|រត់គេច|លួចរត់|ត្រឡប់មកវិញមិនបាន"));
    }

    private static List<Cue> taken() {
        return List.of(
                Cue.near(
                        PASSPORT_TAKEN,
                        2,
                        PASSPORT,
                        "រឹបអូស|ដកហូត|ហូត|ឃាត់|ត្រូវ(?:បាន)?គេ(?:យក|ដក|កាន់|ទុក)|ត្រូវបាន(?:យក|ដក)|" + BOSS
                                + "(?:បាន)?(?:យក|ដក|កាន់|ទុក|រក្សាទុក)" + "|នៅ(?:ឯ|ជាមួយ|ក្នុងដៃ|ដៃ)?" + BOSS),
                Cue.nearFixed(
                        PASSPORT_TAKEN,
                        2,
                        PASSPORT,
                        "សុំ(?:…)?(?:វិញ|មកវិញ)(?:…)?(?:មិន|អត់)|យកវិញមិន|មិន(?:ព្រម)?(?:" + GIVE
                                + "|ប្រគល់)(?:…)?វិញ|អត់" + GIVE + "វិញ"),
                Cue.strong(
                        CANNOT_TALK,
                        "(?:ឆែក|ពិនិត្យ|ដកហូត|រឹបអូស|រឹប|ហូត)(?:…)?" + PHONE + "|" + BOSS + "(?:បាន)?យក(?:…)?" + PHONE
                                + "|" + PHONE + "(?:…)?(?:ត្រូវ)?គេ(?:ឆែក|ពិនិត្យ|យក|ដកហូត|ហូត)"),
                Cue.strong(CANNOT_TALK, "លុប(?:សារ|ឆាត)|(?:អាន|មើល)(?:…)?ហើយលុប|លុប(?:…)?ចោល(?:ភ្លាម|ផង)"));
    }

    private static List<Cue> hurt() {
        return List.of(
                Cue.strong(VIOLENCE_OR_THREAT, HIT + "|គំរាម"),
                Cue.fixed(VIOLENCE_OR_THREAT, 1, DEPRIVED + "|សម្លាប់|ដាក់គុក|បន្ទប់តូច"),
                Cue.nearFixed(
                        VIOLENCE_OR_THREAT,
                        2,
                        "បើ(?!ក)(?:…)?(?:មិន|រត់|ប្តឹង|ប្ដឹង|ប្រាប់|តវ៉ា)",
                        HIT + "|សម្លាប់|លក់(?:ខ្ញុំ|យើង|ពួកយើង|គាត់)"));
    }

    private static List<Cue> owed() {
        return List.of(
                Cue.strong(DEBT_OR_RANSOM, "ទាមទារ(?:…)?(?:លុយ|ប្រាក់|ដុល្លារ)|លោះ"),
                Cue.weak(DEBT_OR_RANSOM, "គេ(?:…)?(?<!ទាម)ទារ(?:លុយ|ប្រាក់)"),
                Cue.weak(NOT_AS_PROMISED, "ឥឡូវ(?:…)?(?:យក|នាំ|បញ្ជូន|ដឹក)(?:…)?ទៅ(?:មីយ៉ាន់ម៉ា|ភូមា|ឡាវ)"),
                Cue.near(DEBT_OR_RANSOM, 2, PAY, LEAVE),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "(?:បង់|" + GIVE + ")(?:លុយ|ប្រាក់)(?:…)?(?:ទើប|ដើម្បី)(?:…)?(?:ដោះលែង|ចេញ|ត្រឡប់)"),
                Cue.near(
                        DEBT_OR_RANSOM,
                        2,
                        BOSS + "(?:…)?(?:" + GIVE + "|ប្រាប់|ទាមទារ|បង្ខំ|ចង់)",
                        "(?:គ្រួសារ|ម៉ែ|ម្តាយ|ម្ដាយ|ឪពុក|ប៉ា|ម៉ាក់|បងប្អូន|ផ្ទះ|ញាតិ)(?:…)?(?:ផ្ញើ|ផ្ទេរ|វេរ|បង់|រក|ខ្ចី)(?:…)?(?:លុយ|ប្រាក់|ដុល្លារ)"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "ត្រូវ(?:បាន)?គេលក់|គេលក់(?:ខ្ញុំ|យើង|ពួកយើង|គាត់)|លក់(?:ខ្ញុំ|យើង|ពួកយើង|គាត់)(?:…)?(?:ទៅ|"
                                + GIVE
                                + "|បន្ត)|លក់បន្ត|លក់(?:ខ្ញុំ|យើង|ពួកយើង|គាត់)?(?:បន្ត)?ទៅ(?:…)?(?:ក្រុមហ៊ុន|ថៅកែ|កន្លែង|អគារ)(?:…)?(?:ផ្សេង|ថ្មី|មួយទៀត)"),
                Cue.weak(DEBT_OR_RANSOM, "សំណង|បំណុល|ពិន័យ|ជំពាក់"));
    }

    private static List<Cue> scamming() {
        return List.of(
                Cue.strong(FORCED_SCAMMING, "(?:បង្ខំ|បង្ខិតបង្ខំ)(?:…)?(?:ធ្វើការ|ធ្វើ|ឆាត|បោក|ឆបោក|scam|ស្កែម)"),
                Cue.nearFixed(
                        FORCED_SCAMMING,
                        2,
                        SCAM_WORK + "|មិនគ្រប់|មិនដល់",
                        DEPRIVED + "|" + HIT + "|ខ្ទប់|ឃុំ|មិន" + GIVE + "(?:…)?(?:ឈប់|ចេញ)"),
                Cue.near(
                        FORCED_SCAMMING,
                        2,
                        "(?:គេ|ថៅកែ|មេការ|ក្រុមហ៊ុន)" + GIVE + "(?:យើង|ខ្ញុំ|ពួកយើង)?",
                        "ឆបោក|បោក|ឆាត|ក្លែង|គណនី|អាខោន|ស្កែម|scam|លួងលោម",
                        20),
                Cue.fixed(FORCED_SCAMMING, 1, SCAM_WORK));
    }

    private static List<Cue> misled() {
        return List.of(
                Cue.fixed(NOT_AS_PROMISED, 2, "មិន(?:ដឹង|ដឹងថា)(?:…)?(?:នៅ)(?:…)?(?:ណា|ឯណា|កន្លែងណា)"),
                Cue.strong(
                        NOT_AS_PROMISED,
                        "(?:នាំ|ដឹក|បញ្ជូន)(?!ត្រឡប់|មកវិញ|ទៅវិញ)(?:…)?(?:មក|ទៅ|ឆ្លង)(?:…)?(?:ព្រំដែន|ភូមា|មីយ៉ាន់ម៉ា|ឡាវ)"),
                // the name of the crime is also a topic: a student's homework, a news item
                Cue.weak(NOT_AS_PROMISED, "ជួញដូរមនុស្ស"),
                Cue.fixed(
                        NOT_AS_PROMISED,
                        1,
                        "(?:ត្រូវ)?(?:គេ)?បោកប្រាស់|មិន(?:ដូច|ត្រូវ|មែន)(?:…)?(?:ការសន្យា|សន្យា|គេ(?:និយាយ|ប្រាប់|ថា)|អ្វីដែល|បាននិយាយ)"
                                + "|ខុស(?:ពី|នឹង)?(?:ការ)?សន្យា|មិនមែនការងារ(?:ដែល)?|មិននៅ(?:ប្រទេស)?(?:ថៃ|កូរ៉េ|ជប៉ុន|ម៉ាឡេស៊ី|សិង្ហបុរី|ឌូបៃ|វៀតណាម)"
                                + "|បែរជា(?:…)?(?:នាំ|ដឹក|បញ្ជូន|លក់|យក)|តាមពិត(?:…)?(?:ឆបោក|បោក|មិនមែន)|ការងារមិនដូច"),
                Cue.near(
                        NOT_AS_PROMISED,
                        1,
                        "យប់|អធ្រាត្រ|លួច|ខុសច្បាប់|ព្រៃ|ទូក",
                        "ឆ្លង(?:ព្រំដែន|ទន្លេ|ស្ទឹង|អូរ|ភ្នំ|កាត់)|ព្រំដែន"));
    }

    private static List<Cue> watched() {
        return List.of(
                Cue.strong(
                        CANNOT_TALK,
                        "(?:ដក|ហូត|រឹបអូស|ប្រមូល|យក)(?:…)?" + PHONE + "|" + PHONE
                                + "(?:…)?(?:ត្រូវ)?(?:គេ)?(?:ដក|ហូត|រឹបអូស|ប្រមូល)"),
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "(?:និយាយ|ឆាត|ខល|តេ|លើកទូរស័ព្ទ|ឆ្លើយ)(?:…)?មិន(?:បាន|ស្រួល|កើត)|មិន(?:អាច|ស្រួល)(?:…)?(?:និយាយ|ឆាត|ខល|តេ|លើក)|លួច(?:…)?(?:ផ្ញើ|ឆាត|និយាយ|តេ|ខល|ប្រើ)"),
                // the covert plea: "don't believe me if I say I'm fine"
                Cue.fixed(PLEA_FOR_HELP, 2, "កុំជឿ(?:…)?(?:សុខសប្បាយ|មិនអីទេ|ស្រួល|ok)"),
                // "later", from someone who cannot say when
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "ចាំ(?:…)?(?:ផ្ញើ|តេ|ខល|ឆាត|និយាយ|ប្រាប់)(?:…)?(?:ក្រោយ|យប់|ម្តងទៀត|ម្ដងទៀត|ទំនេរ)|ចាំពេលក្រោយ|ចាំយប់|ចាំល្ងាច|ចាំ(?:…)?ពេលគេដេក"),
                Cue.weak(
                        CANNOT_TALK,
                        "មានគេ(?:…)?(?:មើល|ឃ្លាំ|តាមដាន|តាមមើល|ល្បាត|នៅក្បែរ|នៅជិត)|(?<!មាន)គេ(?:កំពុង|នៅ)?(?:មើល|ឃ្លាំ)(?!ឃើញ|ថា)|ឃ្លាំមើល|តាមដាន"
                                + "|(?:មេការ|មេក្រុម|ថៅកែ|ប្រធាន|អ្នកគ្រប់គ្រង|សន្តិសុខ|អ្នកយាម|ឆ្មាំ)(?:…)?(?:មើល|ដើរ|នៅក្បែរ|នៅជិត|ល្បាត|មកហើយ)"),
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "កុំ(?:…)?(?:តេ|ខល|call|" + PHONE + "|ហៅ|ឆាត|ផ្ញើសារ|វីដេអូ|video)|កុំ(?:ឆ្លើយ|តប)(?:សារ)?"));
    }

    private static List<Cue> pleas() {
        String help = "ជួយ(?!ណែនាំ|ប្រាប់|ពន្យល់|ឆ្លើយ|មើល|ចែករំលែក|share)";
        return List.of(
                Cue.strong(
                        PLEA_FOR_HELP,
                        "សុំ(?:…)?ជំនួយ|" + help
                                + "(?:…)?(?:ផង|ចេញ)|(?:សូម|សុំ)(?:…)?សង្គ្រោះ|សង្គ្រោះ(?:ខ្ញុំ|យើង|ពួកយើង|កូន|ផង)"
                                + "|(?<![a-z])sos(?![a-z])"),
                Cue.weak(
                        PLEA_FOR_HELP,
                        help
                                + "(?:ខ្ញុំ|យើង|កូន)|ទាក់ទង(?:…)?(?:អ្នកណា|នរណា)|ត្រូវធ្វើ(?:ម៉េច|យ៉ាងម៉េច|ដូចម្តេច|ដូចម្ដេច)"),
                Cue.strong(
                        RELATIVE_ABROAD,
                        KIN + "(?:…)?(?:" + PHONE + "|ផ្ញើសារ|តេ|ខល|ឆាត)(?:…)?(?:យំ|សុំជំនួយ|" + GIVE
                                + "ជួយ|ជួយផង|សង្គ្រោះ)"),
                Cue.nearFixed(
                        RELATIVE_ABROAD,
                        2,
                        KIN,
                        HELD + "|" + PASSPORT
                                + "(?:…)?(?:យក|ដក|រឹប|ហូត|នៅ)|(?:ទាមទារ|ចង់បាន)(?:…)?(?:លុយ|ប្រាក់|ដុល្លារ)|លោះ"),
                Cue.nearFixed(
                        RELATIVE_ABROAD,
                        1,
                        KIN,
                        "បាត់(?:ខ្លួន|ដំណឹង|សញ្ញា)|ដាច់(?:…)?(?:ទំនាក់ទំនង|ដំណឹង)|ទាក់ទង(?:…)?មិន(?:បាន|កើត)"
                                + "|ទៅធ្វើការ(?:…)?(?:ភូមា|មីយ៉ាន់ម៉ា|ឡាវ|ក្រៅប្រទេស|ព្រះសីហនុ|បាវិត|ប៉ោយប៉ែត)"),
                Cue.weak(RELATIVE_ABROAD, "(?:បាត់|ដាច់)(?:…)?ទំនាក់ទំនង"),
                // a relative quoting the last thing they heard, or unable to reach "him" since
                Cue.fixed(
                        RELATIVE_ABROAD,
                        1,
                        "សារចុងក្រោយ|ចុងក្រោយ(?:…)?(?:ផ្ញើសារ|តេមក|ខលមក)|ទាក់ទង(?:វា|គាត់|នាង|កូន|ប្អូន|បង)មិន(?:បាន|កើត)"));
    }
}
