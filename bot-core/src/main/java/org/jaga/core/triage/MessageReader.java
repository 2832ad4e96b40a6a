package org.jaga.core.triage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jaga.knowledge.language.Language;

/**
 * Reads one message with the cues of every language whose script it contains (people mix English
 * into everything, and a detected language may be wrong), then discounts what a job ad or a news
 * report says.
 */
final class MessageReader {
    private static final int NEWS_LENGTH = 200;
    /** In a job ad, a passport kept or a penalty for leaving is a term offered, not a situation. */
    private static final Set<Concept> CONDITIONS_OF_A_JOB =
            EnumSet.of(Concept.PASSPORT_TAKEN, Concept.DEBT_OR_RANSOM, Concept.COMPOUND_LOCATION);

    private static final int AD_MARKERS = 2;
    /** An offer told in someone's own words is read as an ad only when it holds as much as one. */
    private static final int RECOUNTED_AD_MARKERS = 3;

    /** Who writes of "8 of us in this room" is counting themselves, not reporting on others. */
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "(?<![\\p{L}])(?:i|me|my|we|us|our|im|i'm|saya|sy|aku|aq|gw|gue|kami|kita|em|e|tui|chung em|bon em|ako|namin|natin|amin)(?![\\p{L}])"
                    + "|ผม|หนู|ฉัน|พวกเรา|我(?!国|國|省|市|驻|駐)|ខ្ញុំ|យើង|ကျွန်တော်|ကျွန်မ|ကျနော်|ငါ"
                    + "|저희|우리|제가|내가|저는|나는|私|僕|俺|わたし|मैं|हम(?![\\p{L}\\p{M}])|मुझे|हमें");

    /**
     * Victims in general, the subject of a warning or a report ("victims were promised…", "korban
     * biasanya…", "受害人多被…"); a person held says "we", and a relative "my son". Not the victims
     * a scammer is made to find ("target 3 korban seminggu", "cari mangsa").
     */
    private static final Pattern VICTIMS = Pattern.compile(
            "(?<![\\p{L}])(?<!\\p{N} ?)(?<!(?:cari|nyari|dapat|dapet|dpt|suruh|ajak|pujuk|minta|find|get|got|scam|tipu|menipu|target|tell|ask|make|convince|more|new) )(?:victims|the victims|korban|para korban|mangsa|mangsa-mangsa|nan nhan|cac nan nhan|biktima|mga biktima)(?![\\p{L}])"
                    + "|ผู้เสียหาย|เหยื่อ|受害人|受害者|被害人|被害者|피해자|पीड़ित|ជនរងគ្រោះ|ဒုက္ခသည်");

    /**
     * A warning under its heading, as authorities, NGOs and groups post them ("Warning:", "BABALA:",
     * "提醒：", "외교부 경고", "มูลนิธิเตือน"): how others are taken, not the writer's own situation.
     */
    private static final Pattern WARNING_HEADING = Pattern.compile(
            "^[^\\n.!?。]{0,40}?(?:(?<![\\p{L}])(?:warning|babala|canh bao|waspada|awas|peringatan|amaran)(?![\\p{L}])|เตือน|提醒|警告|注意喚起|경고|चेतावनी|सावधान|သတိပေး|ការព្រមាន|ប្រកាសព្រមាន)");

    private static final String PLACE = "place";
    private static final String POINT = "point";
    private static final String PINPOINTED = "pinpointed";

    private final Map<Language, CueReader> readers = new EnumMap<>(Language.class);
    /**
     * Korean, Japanese and Hindi: Jaga does not answer in them, but their speakers are held in the
     * same compounds and their families write for them, so a plea in them is read all the same.
     */
    private final Map<Character.UnicodeScript, CueReader> unanswered = new EnumMap<>(Character.UnicodeScript.class);

    private final CovertPhrases covert;

    MessageReader(CovertPhrases covert) {
        this.covert = covert;
        readers.put(Language.ENGLISH, new CueReader(EnglishCues.cues(), true));
        readers.put(Language.INDONESIAN, new CueReader(MalayIndonesianCues.cues(), true));
        readers.put(Language.VIETNAMESE, new CueReader(VietnameseCues.cues(), true));
        readers.put(Language.FILIPINO, new CueReader(FilipinoCues.cues(), true));
        readers.put(Language.THAI, new CueReader(ThaiCues.cues(), false));
        readers.put(Language.BURMESE, new CueReader(BurmeseCues.cues(), false));
        readers.put(Language.KHMER, new CueReader(KhmerCues.cues(), false));
        readers.put(Language.CHINESE, new CueReader(ChineseCues.cues(), false));
        CueReader japanese = new CueReader(JapaneseCues.cues(), false);
        unanswered.put(Character.UnicodeScript.HANGUL, new CueReader(KoreanCues.cues(), true));
        unanswered.put(Character.UnicodeScript.HIRAGANA, japanese);
        unanswered.put(Character.UnicodeScript.KATAKANA, japanese);
        unanswered.put(Character.UnicodeScript.DEVANAGARI, new CueReader(HindiCues.cues(), true));
    }

    MessageReading read(String message, Optional<Language> language) {
        NormalizedText text = NormalizedText.of(message);
        String folded = text.text();
        boolean question = folded.indexOf('?') >= 0 || folded.indexOf('？') >= 0;
        List<Hit> hits = new ArrayList<>();
        List<Hit> cancelled = new ArrayList<>();
        Set<CueReader> scripts = readersFor(folded, language);
        for (CueReader script : scripts) {
            hits.addAll(script.read(folded, question, cancelled));
        }
        hits.addAll(places(folded, question));
        hits.addAll(Circumstances.in(folded));
        boolean joke = Genre.JOKE.of(folded);
        boolean aboutVictims = aboutVictims(folded) || Genre.WARNING.of(folded);
        boolean aboutOthers =
                aboutVictims || isReport(folded, scripts) || Genre.LESSON.of(folded) || Genre.FICTION.of(folded);
        List<Hit> standing = discount(folded, aboutOthers, Framing.apply(folded, hits, joke));
        boolean discounted = !cancelled.isEmpty() || standing.size() < hits.size();
        return new MessageReading(text, standing, covert.find(text), joke, discounted, aboutVictims);
    }

    /** @return the readers of the declared language and of every script in the text, each once */
    private Set<CueReader> readersFor(String folded, Optional<Language> language) {
        Set<CueReader> found = new LinkedHashSet<>();
        Scripts.of(folded, language).forEach(l -> found.add(readers.get(l)));
        Scripts.unanswered(folded).forEach(s -> found.add(unanswered.get(s)));
        return found;
    }

    /**
     * A report about others: two distinct markers of news ("police said", "were rescued", "46
     * people") with a word of reporting ("news", "according to") or a head count among them, or,
     * in a long text, any two.
     */
    private boolean isReport(String folded, Set<CueReader> scripts) {
        Set<String> reporting = new HashSet<>();
        for (CueReader script : scripts) {
            reporting.addAll(script.reportingWords(folded));
        }
        Set<String> markers = Genre.NEWS.markersIn(folded, 2);
        markers.addAll(reporting);
        boolean reported = !reporting.isEmpty()
                || Genre.PEOPLE_COUNTED.matcher(folded).find()
                        && !FIRST_PERSON.matcher(folded).find();
        return markers.size() >= 2 && (reported || folded.length() >= NEWS_LENGTH);
    }

    /**
     * A warning or a report of how victims in general are taken, with no word of the writer's own,
     * or a long one under a warning's heading.
     */
    private static boolean aboutVictims(String folded) {
        boolean ownWords = FIRST_PERSON.matcher(folded).find();
        return VICTIMS.matcher(folded).find() && !ownWords
                || WARNING_HEADING.matcher(folded).find() && (!ownWords || folded.length() >= NEWS_LENGTH);
    }

    private static boolean firstPersonPlea(Hit hit) {
        return hit.concept() == Concept.PLEA_FOR_HELP && hit.weight() >= 2;
    }

    /**
     * A compound area named is one sign; named with where exactly in it ("Shwe Kokko. red roof,
     * 4th flr"), and not asked about, it is someone telling rescuers where to come.
     */
    private static List<Hit> places(String folded, boolean question) {
        List<Hit> hits = new ArrayList<>();
        Matcher names = CompoundAreas.names(folded);
        boolean named = CompoundAreas.mayName(folded);
        boolean pinpointed = named && !question && CompoundAreas.pinpoints(folded) && !CompoundAreas.travels(folded);
        while (named && names.find()) {
            hits.add(
                    pinpointed
                            ? new Hit(Concept.COMPOUND_LOCATION, 2, PINPOINTED, names.start(), names.end())
                            : new Hit(Concept.COMPOUND_LOCATION, 1, PLACE, names.start(), names.end()));
        }
        Matcher points = CompoundAreas.coordinates(folded);
        while (points.find()) {
            double lat = Double.parseDouble(points.group(1));
            double lon = Double.parseDouble(points.group(2));
            if (CompoundAreas.areaOf(lat, lon).isPresent()) {
                hits.add(new Hit(Concept.COMPOUND_LOCATION, 2, POINT, points.start(), points.end()));
            }
        }
        return hits;
    }

    /**
     * A news report, a warning, a training, a school assignment or a drama's plot speaks of others,
     * so none of its cues count but a plea in the first person; a job ad may name a compound town
     * or a vague promise, so only its strong, personal cues count, and not its terms (the passport
     * kept "for safety", the penalty for breaking the contract).
     */
    private static List<Hit> discount(String folded, boolean aboutOthers, List<Hit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        if (aboutOthers) {
            return hits.stream().filter(MessageReader::firstPersonPlea).toList();
        }
        if (Genre.AD.of(folded, Genre.recountsAnOffer(folded) ? RECOUNTED_AD_MARKERS : AD_MARKERS)) {
            return hits.stream()
                    .filter(h -> h.weight() >= 2 && !CONDITIONS_OF_A_JOB.contains(h.concept()))
                    .toList();
        }
        return hits;
    }
}
