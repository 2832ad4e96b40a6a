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
    private static final String KIN_WORDS =
            "(?:son|daughter|brother|sister|husband|wife|mother|father|mom|mum|dad|child|children|kids?|nephew|niece|"
                    + "cousin|uncle|aunt|boyfriend|girlfriend|fiancee?|family members?|relatives?|(?:little|younger|older|big) "
                    + "(?:brother|sister)|grand(?:son|daughter)|partner|friend|best friend|bestie|roommate|classmate|neighbou?r)";
    private static final String AGENT =
            "(?:they|he|she|(?:the )?boss|(?:the )?company|(?:my |our |the )?employers?|(?:the )?manager|"
                    + "(?:the )?supervisor|hr|(?:the )?guards?|(?:the )?leaders?|the chinese|admin|(?:the )?office)";
    private static final String YOUR_PASSPORT =
            "(?:(?:all )?(?:of )?(?:my|our|everyone'?s|all our) (?:passports?|pp|documents|docs|papers|ids?|id cards?)|(?:all )?the (?:passports?|pp)|all passports)";
    private static final String MONEY =
            "(?:\\$ ?)?\\d[\\d,.]*(?: ?k)?(?: ?(?:usd|dollars?|baht|pesos?|php|rmb|yuan|ringgit|rupiah|lakh|thousand|grand))?";
    private static final String OWE = "\\b(?:pay(?:ing)? (?:back|off|them|the company|the boss)"
            + "|pa(?:y|ys|id|ying)\\s?(?:them |him |her |the company |the boss )?" + MONEY
            + "|repay|paid back|owe[ds]?|debts?|bought out|buy-?out|buy (?:ourselves|myself|himself|herself|themselves|our way|my way) out|"
            + "buy (?:ourselves|myself|him|her|them|us|me) back|settle (?:the|our|my|his|her) (?:contract|debt)|penalt(?:y|ies)|fined|fines|a fine|compensation|ransom|"
            + "(?:training|contract|transfer|release|exit|visa|broker|agency|recruitment) (?:fees?|costs?|money)|send (?:money|cash|\\$|\\d)|"
            + "breach of contract|contract (?:penalty|breach)|(?:give|pay) (?:them|him|her|the company|the boss) "
            + MONEY + "|"
            + "(?:want|wants|wanted|demand\\w{0,3}|ask(?:ing|ed)? for|asking) " + MONEY + ")";
    private static final String GO_FREE =
            "\\b(?:let (?:me|us|him|her|them|you) (?:go|leave|out|return|home|quit)|releas(?:e|ed|es|ing)|"
                    + "(?:my|our|his|her|their) freedom|set (?:me|us|him|her|them) free|free (?:me|us|him|her|them)\\b|"
                    + "(?:before|until|till|then|so|unless|or) (?:i|we|he|she|they|you) (?:can |could |may |are allowed to |r allowed to |get to )"
                    + "(?:go|leave|quit|resign|go home|come home|go back|return|get out|be free)\\b(?! for| to (?:work|the office))|"
                    + "allowed to (?:go|leave|quit|go home|return)|(?:only |the )?way out|"
                    + "(?:before|until|till) (?:anyone|anybody|any of us|someone) (?:can )?(?:goes|go|leaves|leave|quits|quit|gets out|get out)(?: home)?|"
                    + "(?:before|until|till) (?:letting|releasing|they let|they release|they free) (?:me|us|him|her|them)|"
                    + "otherwise (?:i|we|he|she|they) (?:stay|can'?t|cannot|have to stay|must stay)|"
                    + "or (?:(?:i|we|he|she|they) )?(?:stay|stays|remain|keep working|work (?:it off|for free|without pay))\\b|"
                    + "break(?:ing)? (?:the |my |our )?contract|"
                    + "(?:can'?t|cant|unable to) (?:go|leave|quit|go home|come home|go back|return|get out)\\b(?! for)|"
                    + "(?:want|wanna|wants|wanted) to (?:leave|go home|quit|resign|go back|return home)|"
                    + "to (?:leave|quit|resign|go home|get out|return home|come home|break (?:the|my|our) contract)\\b(?! for))";
    private static final String HELP_FOR_OFFER =
            "(?!\\s*(?:to )?(?:check|find|understand|with|know|verify|translate|see|look|read|review|decide|if|whether|about|choose|apply|get a job))";

    private static final String LAST_WORD =
            "\\b(?:his|her|their) (?:very )?last (?:message|msg|text|voice ?(?:note|message|msg)|vn|call|words)\\b"
                    + "|\\blast (?:message|msg|text|call|voice ?note) (?:from|of) (?:him|her|them)\\b|\\blast (?:time )?we heard from\\b";

    private EnglishCues() {}

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
                LanguageCues.words(
                        "not|never|didn'?t|did not|don'?t|do not|no one|nobody|haven'?t|hasn'?t|have not|wasn'?t|weren'?t|was not|were not|isn'?t|aren'?t"),
                LanguageCues.words(
                        "what if|suppose|supposing|in case|would they|do they|does (?:the|this|that|it)|(?:is|isn'?t) (?:it|this|that|that a) (?:true|normal|safe|legal|legit|ok|okay|possible|common|usual|standard|allowed|real|a scam|a red flag)|"
                                + "(?:normal|legit|legal|standard|usual|safe) (?:right|or not|isn'?t it)|are they allowed|can they (?:do|legally)|heard (?:that|they)|i read|should i|"
                                + "how (?:do|can|to) (?:i|we|you) (?:help|support|avoid)|too good to be true|saw (?:an?|the|this|that) (?:article|video|post|report|story|documentary)|"
                                + "(?:will|they'?ll|we'?ll|he'?ll|she'?ll|it'?ll|going to|gonna|would|plan to|want to) (?:hold|keep|take|collect) (?:my|our|your|the) (?:passports?|pp|documents)(?![^.!?\\n]{0,40}(?:until|unless|till|pay))"),
                LanguageCues.words(
                        "if|will|would|could|can they|might|may|can (?:my|the|an?|our|your|employers?|companies|agencies|recruiters?)"),
                LanguageCues.words(
                        "news|reported|reportedly|according to|journalists?|reuters|afp|press release|headlines?|breaking|articles?|documentary|raids?|"
                                + "(?:were|was|been|got|being) (?:rescued|freed|repatriated|deported|sent home)|rescued (?:from|by)|repatriation|"
                                + "(?:i'?m|im|i am|we'?re|we are|he'?s|he is|she'?s|she is|they'?re|they are) (?:now |already |finally )?(?:safe|home|back home)(?: now)?|"
                                + "in 20\\d\\d|last year|years ago|a year ago|my story|survivors?"));
    }

    /** Concept 1: taken somewhere else than promised, to a guarded place. */
    private static List<Cue> wrongPlace() {
        return List.of(
                Cue.fixed(
                        NOT_AS_PROMISED,
                        1,
                        "\\b(?:i'?m|im|we'?re|we are|i am|we r|i|we) (?:not|never|never even) (?:in|at|went to|got to|made it to|arrived in|reached) "
                                + "(?:bangkok|thailand|malaysia|kuala lumpur|kl|singapore|dubai|hong kong|japan|manila|the city|the office|the hotel|the casino)\\b"
                                + "|\\b(?:this|it|that)(?: is|'s|s| was)? (?:not|nothing like|never) (?:the|what) (?:job|place|work|company|office|hotel|"
                                + "(?:they|he|she|the agent|the recruiter|we were) (?:promised|said|told|offered))|"
                                + "\\b(?:not|isn'?t|isnt|wasn'?t|wasnt|nothing) (?:\\w+ ){0,4}(?:like|as) (?:they|the agent|the recruiter|he|she|the ad|the company) "
                                + "(?:said|promised|told (?:us|me)|advertised)"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\bended up (?:in|at|somewhere|across|over|on the other side)\\b|\\b(?:across|over|crossed|cross|crossing) (?:the |a )?"
                                + "(?:border|river|mekong|moei)\\b|\\b(?:different|another|wrong) country\\b|"
                                + "\\bthe job (?:was|is|turned out to be) (?:a lie|fake|a scam|not real|something else)\\b|"
                                + "\\b(?:through|across|over) the (?:jungle|forest|mountains?|fields)\\b|"
                                + "\\b(?:i think|i guess|maybe|not sure (?:but|if)|somewhere in) (?:we'?re |we are |i'?m |i am )?(?:now )?(?:in )?"
                                + "(?:myanmar|burma|cambodia|laos)\\b"),
                Cue.near(
                        NOT_AS_PROMISED,
                        1,
                        "\\b(?:at night|in the night|midnight|in the dark|after dark)\\b",
                        "\\b(?:boat|river|border|van|truck|drove|driven|walked|crossed|smuggled|taken|moved|brought)\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:barbed|razor|electric|electrified) (?:wire|fences?)\\b|\\b(?:high|tall|concrete|huge|big|thick) (?:walls?|fences?)\\b|"
                                + "\\bfences? (?:with|and) (?:barbed |razor )?wire\\b|"
                                + "\\bwalls? (?:all )?around\\b|\\bfenced (?:in|off)\\b|\\bgates? (?:is |are |always |stays? |kept ){0,2}(?:locked|guarded|chained)\\b|"
                                + "\\blocked gates?\\b|\\block(?:s|ed)? (?:the |all the )?gates?\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\barmed (?:guys|men|guards?|people|soldiers|security|thugs|gangs?|militia)\\b|\\b(?:guys|men|guards?|soldiers|people|security) "
                                + "(?:with|carrying|holding) (?:guns|rifles|weapons|aks|ak-?47s?|m16s?|batons|sticks|tasers|machine guns)\\b|"
                                + "\\bguards? (?:at|on|by) (?:the |every |each |all )?(?:exits?|entrances?|floors?|stairs)\\b|"
                                + "\\bguarded (?:24/7|24 hours|day and night|all the time|by)\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:keep|keeps|kept|keeping|hold|holds|holding) (?:us|me) (?:inside|locked|in (?:the|this|a) "
                                + "(?:building|compound|room|dorm|camp|office))\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\b(?:no ?one|nobody|none of us|not one of us) (?:can|could|is allowed to|may|gets to|is let) "
                                + "(?:go out|leave|get out|go outside|exit|go home|step out)\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\blocked (?:in|inside|up in) (?:the |our |a |this )?(?:dorms?|dormitory|rooms?|building|compound|barracks|quarters|camp)\\b"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\b(?:turns out|turned out|now|already|actually|apparently) (?:we'?re |we are |we r |i'?m |im |i am )?(?:in|on the) "
                                + "(?:myanmar|burma|cambodia|laos|(?:myanmar|burmese|cambodian|lao|other) side)\\b"));
    }

    /** Concept 6: a passport kept by the employer, said in either order. */
    private static List<Cue> passportKept() {
        Cue held = Cue.strong(
                PASSPORT_TAKEN, "\\b" + AGENT + " (?:still )?(?:has|have|holds?|keeps?|got) " + YOUR_PASSPORT + "\\b");
        String passport =
                "\\b(?:my|our|all our|everyone'?s|all the|the) (?:passports?|pp|docs|documents|papers|id cards?)\\b";
        return List.of(
                held,
                Cue.near(
                        PASSPORT_TAKEN,
                        2,
                        passport,
                        "\\b(?:taken|confiscated|seized|withheld|collected|surrendered|locked (?:away|up|in)|safe ?keeping|still (?:with|at) (?:the|them|hr|him|her)|"
                                + "(?:is|are) (?:with|at) (?:the )?(?:company|boss|hr|manager|office|employer|them|admin)|"
                                + "(?:manager|boss|hr|company|office|employer)'?s? (?:office|safe|drawer|locker|desk))\\b"),
                Cue.nearFixed(
                        PASSPORT_TAKEN,
                        2,
                        passport,
                        "\\b(?:won'?t|wont|will not|refuses? to|refused to|doesn'?t|don'?t|didn'?t|never) (?:give|gave|return|hand) "
                                + "(?:it |them )?(?:back|over)?\\b"));
    }

    /** Concept 2: a debt, fee, fine or ransom to pay before one may leave. */
    private static List<Cue> payToLeave() {
        return List.of(
                Cue.near(DEBT_OR_RANSOM, 2, OWE, GO_FREE, 60),
                Cue.fixed(
                        DEBT_OR_RANSOM,
                        2,
                        "\\b(?:(?:won'?t|wont|will not|don'?t|dont|do not|not|never) (?:let|release|free) (?:me|us|him|her|them)(?: go| leave| out| home)?|"
                                + "(?:nobody|no one|noone|none of us|(?:i|we|you) (?:can'?t|cant|cannot)) (?:leaves?|can leave|goes? home|gets? out|"
                                + "is allowed to leave|leave|go home|get out))~"
                                + "(?:if|unless|until|till|before|without)~(?:pa(?:y|id|ying)|money|debt|\\d)"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:exit|release|resignation|freedom|buy-?out|buyout) (?:fees?|fines?|payments?|money)\\b|"
                                + "\\bbuy (?:my|our|his|her|their) (?:way out|freedom)\\b"),
                Cue.weak(
                        DEBT_OR_RANSOM,
                        "\\b(?:want|wants|wanted|demand|demands|demanded|demanding|asking|asked|ask|charge|charging)~"
                                + MONEY
                                + "~(?:for|to (?:release|free|let go)) (?:him|her|them|my \\w+)\\b"
                                + "(?! (?:visa|ticket|flight|papers|application|processing|placement|training|tuition|school))"));
    }

    /** Concept 3: someone watches, so the person cannot talk now. */
    private static List<Cue> watched() {
        return List.of(
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "\\b(?:can ?not|can'?t|cant|cannot|unable to) (?:talk|speak|chat|call)\\s*(?:[.!,]|$)|\\b(?:will|i'?ll|ill|i will) "
                                + "(?:msg|message|text|write|call) (?:you )?(?:later|when i can|tonight)\\b"),
                Cue.near(
                        CANNOT_TALK,
                        1,
                        "\\b(?:supervisor|boss|manager|leaders?|team ?leader|tl|guards?|security|someone|somebody|they|the chinese)\\b",
                        "\\b(?:watching|walking around|(?:is|are|'s|'re) (?:around|here|near|nearby|coming|behind me|next to me|beside me)|"
                                + "checking|listening|looking at (?:my|the) (?:phone|screen))\\b",
                        20),
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "\\b(?:don'?t|dont|do not|never|no) (?:call|reply|answer|text|message|msg|ring|video ?call|vc|voice ?call)(?: me| back| to me)?"
                                + "(?: (?:on|to|at) this (?:number|account|phone|acc))?\\b"),
                Cue.fixed(
                        CANNOT_TALK,
                        1,
                        "\\b(?:when|once|after) (?:they|everyone|the guards?|the boss|the supervisor|the leaders?) (?:is |are |'re |'s )?"
                                + "(?:sleep|sleeping|asleep|gone|leave|leaves|left)\\b|\\bwhen (?:it'?s|its|it is) safe\\b|"
                                + "\\b(?:msg|message|text|write|call|chat|talk|contact|reply)~(?:at|around|after) (?:[1-5]|1[12]) ?am\\b|"
                                + "\\b(?:in secret|quietly|whisper(?:ing)?|hiding (?:in|under|behind) (?:the |a )?(?:toilet|bathroom|cr|blanket|bed))\\b|"
                                + "\\bthey (?:don'?t|dont|do not) know (?:i|that i) (?:have|am|'m|m)\\b|\\bthey (?:can|could|will|might|may) (?:see|read|check) (?:it|this|my|our|the)\\b"),
                Cue.strong(
                        CANNOT_TALK,
                        "\\b" + AGENT
                                + "(?: (?:also|already|just|always))? (?:took|take|takes|taken|confiscated?|collect(?:ed|s)?|check(?:ed|s)?|keep|kept|keeps|"
                                + "lock(?:ed)? up|go(?:es)? through|read|reads|monitor(?:s|ed)?) (?:my|our|the|all|everyone'?s|all our|his|her|their) "
                                + "(?:phones?|cell ?phones?|mobiles?|sims?|sim cards?|messages|chats?)\\b|"
                                + "\\b(?:phones?|sims?|messages|chats) (?:are |is |were |was |get |got |gets |being )(?:checked|taken|confiscated|collected|monitored|read|searched)\\b"));
    }

    /**
     * Concept 4: scamming described by what is done, counted once however many of its words stand,
     * so that it needs coercion (a punishment, no pay) to become distress.
     */
    private static List<Cue> scamming() {
        return List.of(
                Cue.fixed(
                        FORCED_SCAMMING,
                        1,
                        "\\b(?:quotas?|(?:daily|weekly|monthly|sales) (?:targets?|quotas?|kpis?)|"
                                + "(?:miss|missed|missing|reach|reached|hit|meet|met|make|made|below|short of) "
                                + "(?:the |my |our |his |her |their |sa |ang |yung )?(?:targets?|kpis?|numbers)|"
                                + "targets? (?:is|are|of|per|each|every|a day|a week|not met|not reached)|pig ?butcher\\w{0,6}|"
                                + "fake (?:profiles?|accounts?|identit(?:y|ies)|names?|persona|girls?|fb|facebook|ig|instagram|pictures?|photos?)|"
                                + "scam (?:compound|company|centre|center|work|hub|job)|pretend(?:ing|ed|s)? to be|pos(?:e|ing) as|"
                                + "chat(?:ting)? (?:with|to|up) (?:foreigners|old men|men|women|rich|lonely|people online|clients|customers|targets|strangers|americans|europeans)|"
                                + "(?:get|getting|make|making|need|needs|convince|convincing|persuade|persuading|trick|tricking) "
                                + "(?:people|them|clients|customers|victims|targets|foreigners|strangers|\\d+ (?:clients|people|customers))~"
                                + "(?:deposit|invest|top ?up|send money|transfer|buy (?:crypto|usdt|bitcoin|coins))|"
                                + "\\d+ (?:new )?(?:clients|customers|deposits|victims|targets) (?:a|per|each|every) (?:day|week))\\b"),
                Cue.strong(
                        FORCED_SCAMMING,
                        "\\b(?:made|forced) to (?:chat|pretend|text|message|lie|trick|cheat|find clients|sell crypto|flirt)\\b|"
                                + "\\b(?:make|makes|making|made|force|forces|forcing|forced) (?:me|us|him|her|them|people|everyone) (?:to )?"
                                + "(?:chat|pretend|text|message|lie|flirt|sell crypto|find clients)\\b"));
    }

    /** Concepts 4, 7, 8: punishment, deprivation, beatings in everyday words, threats to sell. */
    private static List<Cue> punishment() {
        return List.of(
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:put|puts|putting|lock|locks|locked|locking|throw|throws|threw|thrown|send|sends|sent|keep|keeps|kept|shut)"
                                + "(?: (?:me|us|him|her|them|people|workers|anyone|those|guys|girls))?(?: back| again)?(?: in| into| inside) "
                                + "(?:a |the |an )?(?:dark|black|small|tiny|punishment|isolation|solitary|water|cold) (?:room|cell|box|cage|hole)s?\\b"),
                Cue.weak(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:dark|black|punishment|isolation|solitary) (?:rooms?|cells?|confinement)\\b|"
                                + "\\b(?:made|make|makes|making|force|forced|forces|forcing) (?:me|us|him|her|them|people|everyone|workers) (?:to )?"
                                + "(?:stand|kneel|squat|do (?:squats|push ?ups|pushups)|run laps)\\b"),
                Cue.near(
                        VIOLENCE_OR_THREAT,
                        1,
                        "\\b(?:stand|standing|stood|kneel|kneeling|knelt|squat(?:ting)?|squats)\\b(?! in (?:line|queue|the queue))",
                        "\\b(?:all night|whole night|for hours|\\d+ hours|until morning|till morning|in the sun|all day|without (?:sleep|rest|food)|as punishment)\\b",
                        30),
                Cue.fixed(
                        VIOLENCE_OR_THREAT,
                        1,
                        "\\bno (?:food|meals?|rice|water|sleep|dinner|lunch|breakfast)\\b|\\b(?:don'?t|dont|do not|didn'?t|won'?t|wont|not) "
                                + "(?:give|giving|gave|get|let) (?:us |me |him |her |them )?(?:food|eat|meals?|water|sleep|our salary|my salary|salary)\\b|"
                                + "\\bwithout (?:food|eating|sleep)\\b|\\bsleep on the (?:floor|ground)\\b|\\bor (?:we|i|they) (?:don'?t|dont|do not|can'?t|cant|won'?t|wont) (?:eat|sleep|get (?:food|paid|to eat|to sleep))\\b|\\bstarv(?:e|ed|es)\\b|\\b(?:salary|pay|wages?) (?:is |was |got |gets |get )?"
                                + "(?:cut|deducted|withheld|taken)\\b"),
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:hit|hits|hitting|beat|beats|beating|beaten|struck|whip(?:ped)?|smack(?:ed)?|shock(?:ed)?|zap(?:ped)?) (?:\\w+ ){0,4}"
                                + "(?:with|using) (?:a |an |the |their |his |her |metal |wooden |electric )?"
                                + "(?:sticks?|batons?|pipes?|belts?|tasers?|guns?|cables?|wires?|hammers?|chairs?|rods?|hoses?|bats?|clubs?|prods?)\\b"),
                Cue.weak(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:he|she|they|someone|people|workers|guys?|girls?|friends?|roommates?|coworkers?) (?:got|get|gets|was|were|been|being|is|are) "
                                + "(?:beaten|beat up|slapped|punched|kicked|tased|tasered|shocked|electrocuted|whipped|tortured|dragged|handcuffed)\\b|"
                                + "\\b(?:punch(?:ed)?|kick(?:ed)?|slap(?:ped)?|tase[dr]?|whip(?:ped)?|electrocut(?:e|ed)|drag(?:ged)?) "
                                + "(?:him|her|them|people|workers|the workers|someone|a guy|a girl|the guy|the girl|my friend|my roommate)\\b|"
                                + "\\bbroke (?:his|her|their|my) (?:legs?|arms?|hands?|fingers?|ribs?|nose)\\b|"
                                + "\\b(?:i'?m|im|i am|we'?re|we are) (?:scared|afraid) (?:i'?m |im |i am |we are |we'?re |i'?ll be |we'?ll be )?next\\b|"
                                + "\\b(?:still|was|were|is|are|kept) bleeding\\b|\\bcovered in (?:blood|bruises)\\b|\\bbruises all over\\b"),
                Cue.near(
                        VIOLENCE_OR_THREAT,
                        1,
                        "\\b(?:slap|kick|beat|punch|drag|shock|tase|electrocut|scream|tortur|whip)\\w{0,4}\\b",
                        "\\b(?:here|today|tonight|last night|in front of (?:us|everyone|me|all)|we (?:heard|saw|watched)|i (?:heard|saw|watched)|"
                                + "tried to (?:run|escape|leave|call|go))\\b"),
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:they|he|she|boss|the boss|company|the company|manager|supervisor|guards?)(?:'?d|'?ll| would| will| gonna| going to| might| could|"
                                + " can| want to| wants to| plan to| threaten(?:ed|s)? to| said they(?:'?d|'?ll| would| will)| say they(?:'?ll| will| would))"
                                + "(?: just)? (?:sell|resell|trade) (?:me|us|him|her|them|people|you)\\b"));
    }

    /** Concept 5: a relative abroad, and what is done to someone else, said by their family. */
    private static List<Cue> relatives() {
        return List.of(
                Cue.near(
                        RELATIVE_ABROAD,
                        1,
                        "\\b(?:my|our|his|her) " + KIN_WORDS + "\\b",
                        "\\b(?:called|calls|messaged|messages|message|texted|wrote|crying|cried|sent (?:us |me )?(?:a )?(?:message|voice|text|msg|video)|contacted|"
                                + "voice (?:message|note|call)|says|said|told (?:us|me)|went|gone|left|recruited|traveled|travelled|flew|working|works|"
                                + "abroad|overseas|cambodia|myanmar|burma|laos|thailand|compound)\\b",
                        50),
                Cue.fixed(
                        CONFINEMENT,
                        1,
                        "\\b(?:not|don'?t|dont|won'?t|wont|never|refuse to|refused to|doesn'?t|didn'?t|will not|do not|did not) (?:let|allow|allowing|letting) "
                                + "(?:him|her|them|my \\w+|our \\w+)(?: to)? (?:leave|go|come|return|out|escape|quit|home|back)\\b|"
                                + "\\b(?:he|she|they|he'?s|she'?s|they'?re|hes|shes|theyre)(?: (?:is|are|was|were|being|still|been|got|now|all)){0,3} "
                                + "(?:locked (?:in|up|inside)|held|trapped|detained|kept (?:inside|there|prisoner|captive)|imprisoned|caged|kidnapped|captive|"
                                + "hostages?|confined|not allowed to (?:leave|go out|go home)|stuck (?:there|inside|in (?:the|a|that) (?:compound|building|company|place)))\\b|"
                                + "\\b(?:he|she|they) (?:can'?t|cant|cannot|can not|couldn'?t|(?:is|are) unable to) (?:leave|go out|get out|escape)\\b"),
                Cue.weak(
                        PASSPORT_TAKEN,
                        "\\b(?:took|take|taken|kept|keep|keeps|keeping|holding|hold|holds|confiscated?|seized?|withheld|withhold) (?:his|her|their) "
                                + "(?:passports?|documents|papers|ids?)\\b|\\b(?:his|her|their) (?:passports?|documents|papers) "
                                + "(?:is |are |was |were |got |been |still ){0,2}(?:taken|kept|held|confiscated|seized|withheld|with (?:the|them))"));
    }

    /** The first cues: set phrases of the situation. */
    private static List<Cue> phrases() {
        return List.of(
                Cue.strong(
                        CONFINEMENT,
                        "\\b(?:held|kept|detained|locked up) (?:against (?:my|our|their|his|her) will|by force|as (?:prisoners?|slaves?|hostages?))"),
                Cue.strong(
                        CONFINEMENT,
                        "\\b(?:i|we|they) (?:am|are|is|was|were|'m|'re) (?:being |still )?(?:held|kept|detained|locked) (?:here|there|in|inside|at|by)\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\b(?:refus(?:e|ed|es|ing) to|won'?t|will not|wont|never) let (?:me|us|him|her|them) (?:go|leave|out|come home|go home|come back|return)\\b|\\b(?:won'?t|wont|will not|don'?t|dont|do not|never) (?:release|free) (?:me|us)\\b"),
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
                        "\\b(?:handcuff(?:ed)?|chain(?:ed)?|cage[ds]?|tie[ds]?|lock(?:ed)?) (?:me|us)\\b(?! out)|\\b(?:electrocut(?:e|es|ed|ing)|tase[ds]?) (?:me|us|them)\\b"),
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
                Cue.weak(RELATIVE_ABROAD, "\\b(?:we|i) (?:have )?lost (?:all )?(?:contact|touch)\\b"),
                Cue.strong(
                        PLEA_FOR_HELP,
                        "\\b(?:pl[sz]+|please|pleas|plis|pliz)\\s*(?:hlp|halp|sav|sav(?:e)?|rescu)\\w*\\b|\\b(?:hlp|halp|sav|rescue) (?:me|us)\\b|\\b(?:need|needs) (?:to be )?rescu(?:e|ed)\\b|\\bcome (?:and )?(?:get|rescue|save) (?:me|us)\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\b" + NO_LET + " (?:me|us|anyone|anybody|workers)(?: \\w+)? (?:leave|go|out|escape|outside)"),
                Cue.fixed(CONFINEMENT, 2, "\\bnot allowed to " + LEAVE),
                Cue.fixed(CONFINEMENT, 2, "\\b(?:not|never) allowed (?:to go )?(?:outside|out)\\b"),
                Cue.fixed(
                        CONFINEMENT,
                        2,
                        "\\b(?:we|i) (?:can'?t|cant|cannot|can not) (?:even )?(?:go|step|walk) (?:out|outside|to the (?:shop|store|market))\\b"
                                + "|\\bgates? (?:only )?opens? only for\\b|\\bonly the bosses (?:can|may) (?:go out|leave)\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:bars on (?:the |our |all the )?windows|(?:barred|caged) windows|windows (?:have|with) (?:iron )?bars)\\b"),
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:break|breaks|breaking) (?:his|her|your|our|their|people'?s) (?:legs|arms|fingers)\\b"
                                + "|\\b(?:get|gets|got|will get) (?:his|her|your|their|our) (?:legs?|arms?|fingers?) broken\\b"),
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
                        "\\b" + AGENT
                                + "(?: \\w+){0,2} (?:took|take|takes|taken|kept|keep|keeps|keeping|holding|hold|holds|have|has|confiscated?|seized?|withheld|withhold|collected|collects?) "
                                + YOUR_PASSPORT + "\\b"
                                + "|(?<!\\b(?:i|we|i'?ve|we'?ve|i have|we have|you|i'?m|im|we'?re) )\\b(?:took|taken|confiscated?|seized|withheld|withholding|collected|kept|keeping|holding) (?:all )?(?:of )?(?:my|our|everyone'?s|all our) (?:passports?|pp|documents|papers|ids?)\\b"),
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
                        VIOLENCE_OR_THREAT, "\\b(?:electric(?:al)? (?:shocks?|batons?|sticks?)|stun guns?|tasers?)\\b"),
                Cue.strong(
                        VIOLENCE_OR_THREAT,
                        "\\bthreat(?:en(?:ed|s|ing)?)? (?:to )?(?:kill|sell|beat|hurt|shoot|rape|harvest|cut)|\\bthreaten(?:ed|s|ing)? (?:me|us|my family)"),
                Cue.strong(
                        VIOLENCE_OR_THREAT, "\\b(?:take|harvest|sell|remove) (?:my|our|his|her) (?:organs?|kidneys?)"),
                Cue.weak(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:they|guards?|boss|he)~(?:will|gonna|going to|would) (?:kill|beat|shoot|sell|hurt) (?:me|us|him|her)\\b"),
                Cue.weak(
                        VIOLENCE_OR_THREAT,
                        "\\b(?:beat|beaten|tortured|hit|shocked|punished|abused) (?:him|her|them|people|workers|the workers)\\b|\\btorture\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\bpay~(?:to (?:be released|leave|go home|get out|release)\\b(?! for)|for (?:my|our|his|her) (?:release|freedom))"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:ransom|(?:sold|sell|resold|resell)(?: (?:me|us|him|her|them))? (?:to|off to) (?:another|other|a different|a new|new) (?:company|boss|compound|group|team))\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b" + WE + " " + BE
                                + " ?(?:sold|resold|bought)\\b|\\b(?:they|company|boss) (?:sold|sell) (?:me|us)\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM, "\\b(?:release|let (?:me|us|him|her) go)~(?:if|unless|until|when|after)~pay"),
                Cue.weak(
                        DEBT_OR_RANSOM,
                        "\\b(?:compensation|debts?|penalt(?:y|ies)|a fine|fined|fines|owe (?:them|the company|the boss))\\b"),
                Cue.strong(
                        FORCED_SCAMMING,
                        "\\b(?:forc(?:e|ed|es|ing)|mak(?:e|es|ing)|made)(?: (?:me|us|people|them))?(?: to)? (?:scam|cheat|defraud|trick|deceive|lie to|fraud|do scams?|do fraud)\\b"),
                Cue.strong(FORCED_SCAMMING, "\\b(?:have|had|has) to (?:scam|cheat|defraud|deceive)\\b"),
                Cue.strong(NOT_AS_PROMISED, "\\b" + WE + " " + BE + " ?(?:trafficked|smuggled)\\b"),
                Cue.weak(
                        NOT_AS_PROMISED,
                        "\\b" + WE + " " + BE
                                + " ?(?:tricked|deceived|lied to|cheated by|lured|taken to|brought to|sent to|moved to)\\b"),
                Cue.weak(NOT_AS_PROMISED, "\\b(?:(?:i|we) (?:don'?t|do not) know where (?:i|we) are|wrong place)\\b"),
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
                        "\\b(?:they|guards?|boss|leaders?|he)~(?:check|checks|checking|read|reads|monitor|monitors|watch|watches|took|take)(?: (?:my|our|the|all|all the|all our|everyone'?s))? (?:phones?|messages|chats?)\\b"),
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
                        "\\b(?:help|halp|hlp|need help|i need help|we need help)(?: (?:pls|plz|please|plss|us|me))?\\s*(?:[!.]|$)|\\b(?:call|contact|tell) (?:the )?(?:police|embassy)\\b"),
                Cue.strong(
                        RELATIVE_ABROAD,
                        "\\b" + KIN + "~" + BE
                                + " ?(?:held|trapped|detained|kidnapped|sold|locked|stuck|tortured|beaten|forced|imprisoned|captured|missing|trafficked)\\b(?! (?:me |us |him |her |them )?out)"),
                Cue.fixed(
                        RELATIVE_ABROAD,
                        2,
                        "\\b" + KIN
                                + "~(?:can ?not|can'?t|cannot|not allowed to) (?:come home|leave|return|go home|escape)"),
                Cue.weak(RELATIVE_ABROAD, "\\b(?:lost|no) (?:contact|communication|news)~" + KIN),
                // a relative quoting the last thing they heard: since then, nothing
                Cue.fixed(RELATIVE_ABROAD, 1, LAST_WORD),
                // the covert plea: "don't believe me when I say I'm fine"
                Cue.fixed(
                        PLEA_FOR_HELP,
                        2,
                        "\\b(?:don'?t|do not|dont) (?:believe|trust) (?:me|it)? ?(?:if|when) i (?:say|tell you|write) (?:that )?i'?m (?:ok|okay|fine|good|safe|alright)\\b"),
                // a ransom with a deadline: "pay 5000 by Friday or it gets worse"
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:pay|send|transfer|wire)~(?:by|before|within)~or (?:else|they|he|she|we|it|you|things)\\b"),
                Cue.weak(
                        CANNOT_TALK,
                        "\\b(?:collect|collects|collected|take|takes|took|confiscate[sd]?)~(?:phones?|mobiles?|cell ?phones?)\\b"),
                Cue.weak(NOT_AS_PROMISED, "\\bcame (?:here )?for (?:a|the) (?:job|work) in\\b"),
                // held "against her will"; not released unless paid; sold on to another company
                Cue.strong(
                        CONFINEMENT,
                        "\\b(?:held|kept|detained|locked up)~against (?:my|our|his|her|their) will\\b|\\bagainst (?:my|our|his|her|their) will\\b"),
                Cue.strong(
                        DEBT_OR_RANSOM,
                        "\\b(?:refus(?:e|es|ed|ing) to|won'?t|wont|will not) (?:release|free|let go of) (?:me|us|him|her|them)~unless\\b"
                                + "|\\b(?:transfer|sell|send|move) (?:me|us|him|her|them) to another (?:company|compound|boss|group)\\b"),
                Cue.weak(
                        CANNOT_TALK,
                        "\\b(?:only|just) (?:use|have|get|touch) (?:a|the|my|his|her) phone (?:at|for|during|once)\\b|\\bon (?:a|my) friend'?s phone\\b"),
                Cue.weak(CANNOT_TALK, "\\b(?:from|in) the (?:toilet|bathroom|cr|loo)\\b"),
                Cue.weak(
                        CONFINEMENT,
                        "\\b(?:nobody|no one|none of us) (?:here )?(?:has|have|ever)? ?(?:left|leaves|gets out|got out)\\b"),
                Cue.weak(
                        DEBT_OR_RANSOM, "\\bowes? (?:them|the company|the boss)\\b|\\bsays? (?:i|he|she|we) owes?\\b"));
    }
}
