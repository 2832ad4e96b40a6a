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

/** English as trapped people and their families write it: informal, unpunctuated, misspelt. */
final class EnglishCues {
    private static final String WE = "(?:i|we|me|us|i'?m|we'?re|im)";
    private static final String BE = "(?:am|are|is|was|were|got|get|been|being|have been|has been|'?m|'?re|)";
    private static final String CANT =
            "(?:can ?not|can'?t|cant|cannot|could ?not|couldn'?t|unable to|no way to|not able to)";
    private static final String NO_LET =
            "(?:won'?t|wont|will not|don'?t|dont|do not|never|not|refuse to|doesn'?t|does not) let";
    private static final String LEAVE = "(?:leave|go out|get out|go outside|go home|escape|exit|go back home|run away)";
    private static final String PLACE =
            "(?:the |this )?(?:compound|building|camp|park|zone|gate|place|company|room|here)";
    private static final String KIN =
            "(?:my|our|his|her) (?:son|daughter|brother|sister|husband|wife|mother|father|mom|mum|"
                    + "dad|child|children|kids?|nephew|niece|cousin|uncle|aunt|boyfriend|girlfriend|fiance|fiancee|"
                    + "family members?|relatives?|little brother|little sister|younger brother|younger sister|older brother)";
    private static final String HELP_FOR_OFFER =
            "(?!\\s*(?:to )?(?:check|find|understand|with|know|verify|translate|see|look|read|review|decide|if|whether|about|choose|apply|get a job))";

    private EnglishCues() {}

    static LanguageCues cues() {
        return new LanguageCues(
                Language.ENGLISH,
                List.of(
                        Cue.strong(
                                CONFINEMENT,
                                "\\b(?:held|kept|detained|locked up) (?:against (?:my|our|their|his|her) will|by force|as (?:prisoners?|slaves?|hostages?))"),
                        Cue.strong(
                                CONFINEMENT,
                                "\\b(?:i|we|they) (?:am|are|is|was|were|'m|'re) (?:being |still )?(?:held|kept|detained|locked) (?:here|there|in|inside|at|by)\\b"),
                        Cue.fixed(
                                CONFINEMENT,
                                2,
                                "\\b(?:refus(?:e|ed|es|ing)|won'?t|will not|wont) to let (?:me|us|him|her|them) (?:go|leave|out)\\b|\\b(?:won'?t|wont|will not|don'?t|dont|do not|never) (?:release|free) (?:me|us)\\b"),
                        Cue.weak(
                                CONFINEMENT,
                                "\\b(?:slave camp|like (?:a )?slaves?|treated like (?:animals|slaves)|(?:i|we) (?:just )?want to go home)\\b"),
                        Cue.fixed(
                                NOT_AS_PROMISED,
                                2,
                                "\\b(?:i|we) (?:do ?n'?t|dont|do not|don t) (?:even )?know where (?:i|we) (?:am|are)\\b|\\b(?:i|we) (?:have )?no idea where (?:i|we) (?:am|are)\\b"),
                        Cue.weak(
                                NOT_AS_PROMISED,
                                "\\b(?:took|taken|moved|transferred|brought) (?:me|us)~(?:somewhere|another (?:place|compound|building|company)|to a different)"),
                        Cue.weak(
                                VIOLENCE_OR_THREAT,
                                "\\b(?:(?:i|we) (?:am|are|'m|'re) in danger|(?:very |so )?dangerous (?:situation|place)|(?:scared|afraid) for (?:my|our) li(?:fe|ves))\\b"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "\\b(?:handcuff(?:ed)?|chain(?:ed)?|cage[ds]?|tie[ds]?|lock(?:ed)?) (?:me|us)\\b|\\b(?:electrocut(?:e|es|ed|ing)|tase[ds]?) (?:me|us|them)\\b"),
                        Cue.fixed(
                                VIOLENCE_OR_THREAT,
                                2,
                                "\\b(?:if|when) (?:i|we) (?:refuse|fail|don'?t|dont|do not|can'?t|cannot|couldn'?t)~(?:they|guards?|boss|he)~(?:beat|hit|shock|electrocute|punish|torture|starve|kick|hurt|kill|sell|handcuff|lock)"),
                        Cue.strong(
                                FORCED_SCAMMING,
                                "\\b(?:forc(?:e|ed|es|ing)|mak(?:e|es|ing)|made) (?:me|us|them) (?:to )?work\\b|\\b(?:i|we) (?:am|are|was|were|'m|'re) (?:being )?forced to\\b"),
                        Cue.fixed(
                                FORCED_SCAMMING,
                                1,
                                "\\bwork(?:ing|ed)? (?:1[2-9]|2[0-4]) ?(?:hours?|hrs?)(?: a| per| each) day\\b|\\bno (?:pay|salary|wages?)\\b"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "\\b(?:demand(?:ed|s|ing)?|ask(?:ed|s|ing)? for|want(?:s|ed)?)~(?:for (?:my|our|his|her|their) )?(?:release|freedom|ransom)\\b|\\b(?:only|won'?t|wont|will not) (?:let|release) (?:me|us|him|her) (?:go )?(?:if|unless|until)~pa(?:y|ys|id)\\b"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "\\b(?:sold|resold|transferred|traded) (?:me|us|him|her)\\b|\\b(?:sold|resold)~to (?:another|other|a different|a new|new) (?:company|boss|compound|group|gang|park)\\b"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                "\\b(?:my|our|his|her) (?:son|daughter|brother|sister|husband|wife|mother|father|mom|mum|dad|child|children|kids?|nephew|niece|cousin|uncle|aunt|boyfriend|girlfriend|fiance|fiancee|family members?|relatives?|little brother|little sister|younger brother|younger sister|older brother|older sister|grandson|granddaughter)~(?:called|messaged|texted|sent (?:me |us )?(?:a )?(?:message|voice|text)|wrote|contacted (?:me|us))~(?:crying|begging|asking for help|for help|to help|help|rescue|save)"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                "\\b(?:please|pls|plz|help)~(?:find|save|rescue|bring back|bring home|help|free|get out)~(?:my|our|his|her) (?:son|daughter|brother|sister|husband|wife|mother|father|mom|mum|dad|child|children|kids?|nephew|niece|cousin|uncle|aunt|boyfriend|girlfriend|fiance|fiancee|family members?|relatives?|little brother|little sister|younger brother|younger sister|older brother|older sister|grandson|granddaughter)"),
                        Cue.weak(
                                RELATIVE_ABROAD,
                                "\\b(?:we|i) (?:have )?lost (?:all )?(?:contact|touch)\\b|\\b(?:my|our|his|her) (?:son|daughter|brother|sister|husband|wife|mother|father|mom|mum|dad|child|children|kids?|nephew|niece|cousin|uncle|aunt|boyfriend|girlfriend|fiance|fiancee|family members?|relatives?|little brother|little sister|younger brother|younger sister|older brother|older sister|grandson|granddaughter)~(?:is|was|has been) (?:in|at) (?:cambodia|myanmar|burma|laos|the compound)"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "\\b(?:pl[sz]+|please|pleas|plis|pliz)\\s*(?:hlp|halp|sav|sav(?:e)?|rescu)\\w*\\b|\\b(?:hlp|halp|sav|rescue) (?:me|us)\\b|\\b(?:need|needs) (?:to be )?rescu(?:e|ed)\\b|\\bcome (?:and )?(?:get|rescue|save) (?:me|us)\\b"),
                        Cue.fixed(
                                CONFINEMENT,
                                2,
                                "\\b" + NO_LET
                                        + " (?:me|us|anyone|anybody|workers)(?: \\w+)? (?:leave|go|out|escape|outside)"),
                        Cue.fixed(CONFINEMENT, 2, "\\bnot allowed to " + LEAVE),
                        Cue.fixed(CONFINEMENT, 2, "\\b" + CANT + " " + LEAVE + "(?: of| from)? " + PLACE + "\\b"),
                        Cue.fixed(CONFINEMENT, 1, "\\b" + CANT + " " + LEAVE + "\\b"),
                        Cue.strong(CONFINEMENT, "\\block(?:ed|ing)? (?:me|us|them) (?:in|up)\\b"),
                        Cue.strong(
                                CONFINEMENT,
                                "\\b" + WE + " " + BE
                                        + " ?(?:locked (?:in|up)|held (?:captive|hostage|against)|detained|imprisoned|kept (?:prisoner|inside|here)|kidnapped|confined)"),
                        Cue.strong(
                                CONFINEMENT,
                                "\\b(?:armed )?guards? (?:with (?:guns|weapons)|everywhere|at (?:the|every) (?:gate|door)|watch(?:ing)? us)"),
                        Cue.weak(CONFINEMENT, "\\b(?:trapped|stuck here|held here|prisoners?|escape)\\b"),
                        Cue.strong(
                                PASSPORT_TAKEN,
                                "\\b(?:took|take|taken|takes|kept|keep|keeps|keeping|holding|hold|holds|confiscated?|seized?|withheld|withhold|have|has) (?:all )?(?:my|our|everyone'?s|all our) (?:passports?|pp|documents|papers|ids?)\\b"),
                        Cue.strong(
                                PASSPORT_TAKEN,
                                "\\b(?:my|our) (?:passports?|documents|papers)~(?:taken|confiscated|seized|kept|held|withheld|with (?:them|the company|the boss|the agent))\\b"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "\\b(?:beat|beats|beating|beaten|hit|hitting|kick(?:ed|s)?|slap(?:ped|s)?|whip(?:ped|s)?|tortur(?:e|ed|es|ing)|shock(?:ed|s)?|tase[dr]|electrocut(?:e|ed)|rape[ds]?|punish(?:ed|es)?|starv(?:e|ed)|hurt|abus(?:e|ed)) (?:me|us)\\b(?! up)"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "\\b" + WE + " " + BE
                                        + " ?(?:beaten|beat|hit|kicked|tortured|electrocuted|shocked|punished|abused|raped|whipped|slapped|starved|threatened|tasered)\\b"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "\\b(?:electric(?:al)? (?:shocks?|batons?|sticks?)|stun guns?|tasers?)\\b"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "\\bthreat(?:en(?:ed|s|ing)?)? (?:to )?(?:kill|sell|beat|hurt|shoot|rape|harvest|cut)|\\bthreaten(?:ed|s|ing)? (?:me|us|my family)"),
                        Cue.strong(
                                VIOLENCE_OR_THREAT,
                                "\\b(?:take|harvest|sell|remove) (?:my|our|his|her) (?:organs?|kidneys?)"),
                        Cue.weak(
                                VIOLENCE_OR_THREAT,
                                "\\b(?:they|guards?|boss|he)~(?:will|gonna|going to|would) (?:kill|beat|shoot|sell|hurt) (?:me|us|him|her)\\b"),
                        Cue.weak(
                                VIOLENCE_OR_THREAT,
                                "\\b(?:beat|beaten|tortured|hit|shocked|punished|abused) (?:him|her|them|people|workers|the workers)\\b|\\btorture\\b"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "\\bpay~(?:to (?:be released|leave|go home|get out|release)|for (?:my|our|his|her) (?:release|freedom))"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "\\b(?:ransom|(?:sold|sell|resold|resell)(?: (?:me|us|him|her|them))? (?:to|off to) (?:another|other|a different|a new|new) (?:company|boss|compound|group|team))\\b"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "\\b" + WE + " " + BE
                                        + " ?(?:sold|resold|bought)\\b|\\b(?:they|company|boss) (?:sold|sell) (?:me|us)\\b"),
                        Cue.strong(
                                DEBT_OR_RANSOM,
                                "\\b(?:release|let (?:me|us|him|her) go)~(?:if|unless|until|when|after)~pay"),
                        Cue.weak(DEBT_OR_RANSOM, "\\b(?:compensation|debt|penalty|fine)\\b"),
                        Cue.strong(
                                FORCED_SCAMMING,
                                "\\b(?:forc(?:e|ed|es|ing)|mak(?:e|es|ing)|made)(?: (?:me|us|people|them))?(?: to)? (?:scam|cheat|defraud|trick|deceive|lie to|fraud|do scams?|do fraud)\\b"),
                        Cue.strong(FORCED_SCAMMING, "\\b(?:have|had|has) to (?:scam|cheat|defraud|deceive)\\b"),
                        Cue.strong(
                                FORCED_SCAMMING,
                                "\\b(?:if|when|unless) " + WE
                                        + "~(?:reach|meet|hit|make|achieve|complete) (?:the |our |my )?(?:quota|targets?|kpi)"),
                        Cue.weak(
                                FORCED_SCAMMING,
                                "\\b(?:quotas?|daily targets?|pig ?butcher\\w*|fake (?:profiles?|accounts)|scam (?:compound|company|centre|center|work))\\b"),
                        Cue.strong(NOT_AS_PROMISED, "\\b" + WE + " " + BE + " ?(?:trafficked|smuggled)\\b"),
                        Cue.weak(
                                NOT_AS_PROMISED,
                                "\\b" + WE + " " + BE
                                        + " ?(?:tricked|deceived|lied to|cheated by|lured|taken to|brought to|sent to|moved to)\\b"),
                        Cue.weak(
                                NOT_AS_PROMISED,
                                "\\b(?:(?:i|we) (?:don'?t|do not) know where (?:i|we) are|wrong place)\\b"),
                        Cue.strong(
                                NOT_AS_PROMISED,
                                "\\b(?:they|agent|recruiter|company) (?:lied|tricked|deceived) (?:me|us|to me|to us)\\b"),
                        Cue.strong(
                                NOT_AS_PROMISED,
                                "\\b(?:brought|took|taken|sent|moved|transferred|smuggled|drove) (?:me|us)~(?:to|across|into|over) (?:myanmar|burma|cambodia|laos|the border|the river|another country)"),
                        Cue.weak(
                                NOT_AS_PROMISED,
                                "\\b(?:not the job|job (?:is|was) (?:fake|different)|fake job|instead of (?:thailand|bangkok|the job)|(?:promised|told) (?:me|us)~but)\\b"),
                        Cue.strong(
                                CANNOT_TALK,
                                "\\b(?:they|guards?|boss|leaders?|he)~(?:check|checks|checking|read|reads|monitor|monitors|watch|watches|took|take) (?:my|our|the) (?:phones?|messages|chats?)"),
                        Cue.strong(
                                CANNOT_TALK,
                                "\\bdelete (?:this|these|all|our|the|my)? ?(?:messages?|chats?|conversation)|\\b(?:don'?t|dont|do not) (?:reply|call|text|message)(?: me)? (?:now|back|until)"),
                        Cue.fixed(
                                CANNOT_TALK,
                                1,
                                "\\b" + CANT
                                        + " (?:talk|speak|chat|call|reply|text) (?:now|much|long|freely|here|openly)|\\bsecretly\\b|\\bhid(?:e|ing) (?:my |the )?phone"),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "\\b(?:sos|s\\.o\\.s|mayday)\\b|\\b(?:please|pls|plz|plss|pleas)\\s*(?:help|save|rescue)(?: me| us)?\\b"
                                        + HELP_FOR_OFFER),
                        Cue.strong(
                                PLEA_FOR_HELP,
                                "\\b(?:help|save|rescue|get) (?:me|us)(?: out)?(?=\\s*(?:[.!,]|$|please|pls|plz|now|asap|quick|we|i|they|from|out|here))"),
                        Cue.weak(
                                PLEA_FOR_HELP,
                                "\\b(?:help|need help|i need help|we need help)\\s*(?:!|$)|\\b(?:call|contact|tell) (?:the )?(?:police|embassy)\\b"),
                        Cue.strong(
                                RELATIVE_ABROAD,
                                "\\b" + KIN + "~" + BE
                                        + " ?(?:held|trapped|detained|kidnapped|sold|locked|stuck|tortured|beaten|forced|imprisoned|captured|missing|trafficked)\\b"),
                        Cue.fixed(
                                RELATIVE_ABROAD,
                                2,
                                "\\b" + KIN
                                        + "~(?:can ?not|can'?t|cannot|not allowed to) (?:come home|leave|return|go home|escape)"),
                        Cue.weak(
                                RELATIVE_ABROAD,
                                "\\b(?:lost|no) (?:contact|communication|news)~" + KIN + "|\\b" + KIN
                                        + "~(?:went|gone|left|recruited)~(?:cambodia|myanmar|burma|laos|thailand|philippines)")),
                LanguageCues.words(
                        "not|never|didn'?t|did not|don'?t|do not|no one|nobody|haven'?t|hasn'?t|have not|wasn'?t|weren'?t|was not|were not|isn'?t|aren'?t"),
                LanguageCues.words(
                        "what if|suppose|supposing|in case|would they|do they|does (?:the|this|that|it)|is it (?:true|normal|safe|legal|ok|okay|possible|common)|are they allowed|heard (?:that|they)|i read|should i|how (?:do|can|to) (?:i|we|you) (?:help|support|avoid)"),
                LanguageCues.words("if|will|would|could|can they|might|may"),
                LanguageCues.words(
                        "news|reported|reportedly|according to|journalists?|reuters|afp|press release|headlines?|breaking"));
    }
}
