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

/**
 * Hindi, in Devanagari (Hinglish in Latin letters is read as English). Jaga does not answer in
 * Hindi, but thousands of Indians were rescued from the compounds of Myanmar, Cambodia and Laos,
 * and their families write for them. A vowel sign is not a letter to a regular expression, so
 * word edges here are {@code [\p{L}\p{M}]}.
 */
final class HindiCues {
    private static final String PASSPORT = "(?:पासपोर्ट|पास्पोर्ट|passport)";
    private static final String KIN =
            "(?:बेटा|बेटे|बेटी|पति|पत्नी|भाई|बहन|भतीजा|भतीजे|भांजा|भांजे|भाँजा|चाचा|मामा|पिता|पापा|बच्चा|बच्चे|रिश्तेदार|परिवार)";
    private static final String ABROAD =
            "(?:म्यांमार|म्यानमार|कंबोडिया|कम्बोडिया|लाओस|थाईलैंड|थाइलैंड|फिलीपींस|वियतनाम|म्यावड्डी|म्यावाडी|गोल्डन ट्रायंगल"
                    + "|सिहानोकविले|बैंकॉक|विदेश|बॉर्डर)";
    private static final String HELD = "बंधक|कैद|क़ैद|बंद कर (?:दिया|रखा|के रखा|रखे)|कमरे में बंद|बंदी बना";
    /** A word ends where no letter and no vowel sign follows. */
    private static final String END = "(?![\\p{L}\\p{M}])";

    private HindiCues() {}

    static LanguageCues cues() {
        return new LanguageCues(
                List.of(
                        Cue.strong(CONFINEMENT, HELD),
                        Cue.fixed(
                                CONFINEMENT,
                                2,
                                "(?:बाहर|वापस|घर) (?:नहीं )?(?:जाने|निकलने|आने) नहीं (?:देते|दे रहे|देंगे|दिया)|जाने नहीं (?:देते|दे रहे|देंगे)|(?:छोड़|छोड) नहीं रहे|नहीं (?:छोड़|छोड) रहे"),
                        // stuck, can't get out: also said of traffic and floods
                        Cue.fixed(
                                CONFINEMENT,
                                1,
                                "(?:फंस|फँस) (?:गए|गया|गई|गये|चुके)|निकल नहीं (?:सकते|पा रहे|पाए|सकता|सकती)|भाग नहीं (?:सकते|सकता|सके)"),
                        Cue.weak(CONFINEMENT, "गार्ड|बंदूक|हथियारबंद|कंटीले तार"),
                        Cue.near(
                                PASSPORT_TAKEN,
                                2,
                                PASSPORT,
                                "छीन|ले (?:लिया|लिए|ली)|जब्त|ज़ब्त|रख (?:लिया|लिए|ली)|वापस नहीं|कब्जे|क़ब्ज़े|जमा (?:करवा|करा) (?:लिया|लिए|ली)"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "पीटते|पीटा|पिटाई|मारपीट|मार-पीट|करंट (?:लगा|दिया|देते)|बिजली के झटके|इलेक्ट्रिक शॉक|टॉर्चर|यातना|प्रताड़ित"
                                        + "|जान से मार|मार (?:डालेंगे|देंगे|डालने)|किडनी (?:निकाल|बेच)|धमकी (?:दे|दी)|धमका"),
                        Cue.weak(VIOLENCE_OR_THREAT, "मारते" + END + "|मारा" + END + "|सज़ा|सजा"),
                        Cue.fixed(
                                VIOLENCE_OR_THREAT,
                                1,
                                "खाना नहीं (?:देते|दिया|मिलता|मिल रहा)|भूखा (?:रख|रखते)|सोने नहीं (?:देते|दिया)|(?:सैलरी|वेतन|तनख्वाह|पैसे) नहीं (?:देते|दी|दिए|मिली)"),
                        Cue.strong(DEBT_OR_RANSOM, "फिरौती|बेच (?:दिया|दिए|देंगे)|दूसरी कंपनी को (?:बेच|सौंप)"),
                        Cue.near(
                                DEBT_OR_RANSOM,
                                2,
                                "(?:पैसे|रुपये|लाख|डॉलर)",
                                "(?:छोड़|छोड)(?:ेंगे|ने के)|जाने (?:देंगे|के लिए)|वापस (?:भेजेंगे|जाने)|(?:दो|दोगे|भेजो|भेजोगे) (?:तो|तभी|तब)|(?:माँग|मांग)(?:े|ा|ी| रहे)"),
                        Cue.weak(DEBT_OR_RANSOM, "कर्ज|क़र्ज़|जुर्माना|पेनल्टी"),
                        Cue.strong(
                                FORCED_SCAMMING,
                                "(?:ठगी|फ्रॉड|धोखाधड़ी|स्कैम|साइबर अपराध|गलत काम)(?: \\S+){0,3} (?:करवा|करने (?:को|के लिए|पर) मजबूर)"
                                        + "|(?:जबरदस्ती|जबरन|ज़बरदस्ती|ज़बरन)(?: \\S+){0,3} (?:काम|ठगी|फ्रॉड|स्कैम)|(?:मजबूर|मज़बूर) (?:किया|करते|कर रहे)"),
                        Cue.weak(
                                FORCED_SCAMMING,
                                "साइबर (?:ठगी|फ्रॉड|स्लेवरी|गुलामी)|टारगेट|फर्जी (?:आईडी|प्रोफाइल|अकाउंट)"),
                        Cue.strong(
                                NOT_AS_PROMISED,
                                "(?:ले|लाया|लाए|भेज) (?:गए|गया|दिया|दिए)(?: \\S+){0,3} (?:जंगल|बॉर्डर|म्यांमार|दूसरे देश)|नौकरी के नाम पर(?: \\S+){0,5} (?:ले|लाया|भेज|फंसा)|बताया (?:था )?कुछ और"),
                        Cue.weak(NOT_AS_PROMISED, "धोखा|झांसा|झाँसा|ठगा गया"),
                        // "I am in Myanmar": one sign, for a plea or a fear to complete
                        Cue.weak(NOT_AS_PROMISED, ABROAD + " में (?:हूँ|हूं|हैं|फंस|फँस)"),
                        Cue.strong(
                                CANNOT_TALK,
                                "(?:फोन|फ़ोन|मोबाइल)(?: \\S+){0,2} (?:छीन|ले लिया|ले लेते|जब्त|ज़ब्त|चेक करते)|छिपकर|छुपकर|(?:छिप|छुप) (?:के|कर)|चुपके से"),
                        Cue.fixed(
                                CANNOT_TALK,
                                1,
                                "बात नहीं कर (?:सकता|सकती|सकते)|(?:ज़्यादा|ज्यादा) नहीं लिख|(?:फोन|फ़ोन|कॉल) मत (?:करना|करो)"),
                        Cue.weak(CANNOT_TALK, "निगरानी|(?:नज़र|नजर) रख"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "बचाओ|बचा (?:लो|लीजिए|लें)|बचाइए|(?:यहां|यहाँ) से (?:निकालो|निकालिए|निकाल)|मदद (?:करो|कीजिए|करें|करिए)(?: \\S+){0,2} (?:हमें|हमारी|मेरी|प्लीज)"),
                        Cue.weak(PLEA_FOR_HELP, "मदद (?:करो|कीजिए|करें|करिए|चाहिए)|प्लीज"),
                        Cue.near(
                                RELATIVE_ABROAD,
                                2,
                                KIN,
                                HELD + "|फंस|फँस|फिरौती|संपर्क नहीं|बात नहीं हो|पीट|टॉर्चर|बचा|वापस नहीं आ",
                                60),
                        Cue.near(RELATIVE_ABROAD, 1, KIN, ABROAD),
                        Cue.weak(RELATIVE_ABROAD, "संपर्क नहीं (?:हो|है)|लापता")),
                LanguageCues.anywhere("(?<![\\p{L}\\p{M}])(?:नहीं|नही|मत)" + END),
                LanguageCues.anywhere("(?<![\\p{L}\\p{M}])(?:क्या|अगर|यदि|कहीं)" + END
                        + "|सुरक्षित है|सही है|असली है|ध्यान रखें|सावधान"),
                LanguageCues.anywhere("(?<![\\p{L}\\p{M}])तो" + END),
                LanguageCues.anywhere(
                        "के अनुसार|के मुताबिक|पुलिस ने|अधिकारियों|पीड़ितों|रेस्क्यू|बचाया गया|वापस लाया|मंत्रालय|रिपोर्ट"));
    }
}
