package org.jaga.core.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jaga.knowledge.language.Language;
import org.jaga.knowledge.language.LanguageDetector;

/**
 * Tells whether a person writing to Jaga may be held against their will, and how urgently a human
 * responder must take over. Built once; thread-safe; plain synchronous Java that never throws and
 * reads at most {@value NormalizedText#MAX_CHARS} characters of a message.
 *
 * <p><b>Cues.</b> Every language has cues for each concept (confinement, a confiscated passport,
 * violence or threats, debt or ransom, forced scamming, being somewhere other than promised,
 * "cannot talk", pleas, relatives held abroad) plus compound place names in all scripts; Korean,
 * Japanese and Hindi, which Jaga does not answer in, are read too. A cue has
 * weight 2 when it is personal and specific on its own ("they took our passports", "we are not
 * allowed to go out", "please help us", "my son is held in…"), weight 1 when it is vague or often
 * innocent ("trapped", "help!", "I was tricked", "Sihanoukville", "quota"). A concept counts the
 * weights of its distinct cues, at most 2. Negated cues ("they did not take my passport") and cues
 * in a question or hypothetical ("what if they take my passport?", "do they keep passports?")
 * do not count, except pleas, "cannot talk", relatives and places. {@link Circumstances} adds what
 * people tell without any of those words ("haven't seen the sun in months", "20 to a room", "take
 * all of us, not just me", escaped and hiding). In a news report, a training, a school assignment
 * or a drama's plot nothing counts but a plea in the first person; in a job ad only weight-2 cues
 * count; {@link Framing} drops what a simile, thanks, a question about an offer, an everyday trap,
 * a child at home or "now I am home" takes back.
 *
 * <p><b>Decision.</b> A message is distress when a covert phrase is in it, or when the weights of
 * its concepts add up to 2: one specific personal statement, or two different vague ones ("can't
 * leave" + "help!", "Myawaddy" + "help me"). So a single weak signal alone — just "help", just
 * "the job was different", just a place name — is not distress; a jobseeker's question or a
 * recruiter's ad seldom holds a personal, present-tense statement. A joke ("lol", "haha", "wkwk",
 * "555", "哈哈") needs 4: two specific statements. With earlier messages of the person, their concepts add to the
 * current message's when the current message has a cue of its own, so fragments ("help", "cant
 * leave", "kk park") are read together; the signals returned are the current message's only.
 *
 * <p><b>Level.</b> URGENT for violence or threats, for confinement together with a plea, or for an
 * URGENT covert phrase; HIGH for any other distress; NONE otherwise.
 */
public final class DistressDetector {
    private static final int CONTEXT_MESSAGES = 5;
    private static final int THRESHOLD = 2;
    private static final int JOKE_THRESHOLD = 4;
    /** How the model's probability weighs against the cues; see {@link #decide}. */
    static final ModelUse MODEL_USE = new ModelUse(0, 0.7, 0, false, false);
    /** The code of the signal for what the model read when no cue named it. */
    static final String LIKELY_DISTRESS = "LIKELY_DISTRESS";

    private final MessageReader reader;
    private final Optional<TriageModel> model;
    private final ModelUse use;
    private final LanguageDetector languages = new LanguageDetector();

    /** A detector with the cues and the model shipped with Jaga. */
    public DistressDetector(CovertPhrases covert) {
        this(covert, TriageModel.packaged());
    }

    /** @param model empty for the cues alone */
    DistressDetector(CovertPhrases covert, Optional<TriageModel> model) {
        this(covert, model, MODEL_USE);
    }

    /** For the experiment: the same cues and model, weighed otherwise. */
    DistressDetector(CovertPhrases covert, Optional<TriageModel> model, ModelUse use) {
        this.reader = new MessageReader(covert == null ? CovertPhrases.none() : covert);
        this.model = model;
        this.use = use;
    }

    /**
     * How the model's probability weighs against the cues.
     *
     * @param veto below it, the model takes back the cues' verdict; 0 for never
     * @param alone from it, the model flags distress where the cues did not
     * @param minChars shorter messages are read by the cues alone
     * @param vetoSpecific whether a specific cue's verdict may be taken back too, not only one built
     *     of vague signs
     * @param respectDiscount whether the cues' reasons for taking words back (a negation, an
     *     everyday trap, an ad, news, fiction) keep the model from flagging the message
     */
    record ModelUse(double veto, double alone, int minChars, boolean vetoSpecific, boolean respectDiscount) {}

    /** @see #assess(String, Optional, List) */
    public Triage assess(String text, Optional<Language> language) {
        return assess(text, language, List.of());
    }

    /**
     * Triage of one message, read together with the person's earlier messages.
     *
     * @param language the conversation's language when known; empty to detect it
     * @param earlierMessagesOfThePerson oldest first; only the last five count
     * @return never null; NONE for null, empty or unreadable text
     */
    public Triage assess(String text, Optional<Language> language, List<String> earlierMessagesOfThePerson) {
        Optional<Language> lang = language == null || language.isEmpty() ? safeDetect(text) : language;
        try {
            MessageReading current = reader.read(text, lang);
            return decide(current, context(earlierMessagesOfThePerson, lang), lang);
        } catch (RuntimeException | StackOverflowError e) {
            // A detector that throws would drop a plea on the floor; failing safe is to say nothing.
            return Triage.none(lang);
        }
    }

    /**
     * Triage of a shared GPS point.
     *
     * @return HIGH distress with a {@code COMPOUND_LOCATION} signal whose evidence names the area
     *     (its span is empty: there is no text) when the point lies in a known compound area; NONE
     *     otherwise, also for impossible coordinates
     */
    public Triage assessLocation(double lat, double lon) {
        return CompoundAreas.areaOf(lat, lon)
                .map(area -> new Triage(
                        true,
                        DistressLevel.HIGH,
                        false,
                        List.of(new Signal(Concept.COMPOUND_LOCATION.name(), area, 0, 0)),
                        Optional.<Language>empty()))
                .orElse(Triage.none(Optional.empty()));
    }

    /**
     * For the evaluation: every cue that stands in a message, with its weight and the text it
     * matched, as {@code CONCEPT/weight "text"}; not for logs, since it quotes the message.
     */
    List<String> explain(String text, Optional<Language> language) {
        Optional<Language> lang = language == null || language.isEmpty() ? safeDetect(text) : language;
        MessageReading reading = reader.read(text, lang);
        return reading.hits().stream()
                .map(h -> h.concept() + "/" + h.weight() + " \""
                        + reading.text().originalSlice(h.start(), h.end()) + "\"")
                .toList();
    }

    private Optional<Language> safeDetect(String text) {
        try {
            return languages.detect(text);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Map<Concept, Integer> context(List<String> earlier, Optional<Language> lang) {
        Map<Concept, Integer> weights = new EnumMap<>(Concept.class);
        if (earlier == null) {
            return weights;
        }
        List<String> recent = earlier.subList(Math.max(0, earlier.size() - CONTEXT_MESSAGES), earlier.size());
        for (String message : recent) {
            MessageReading reading = reader.read(message, lang);
            if (!reading.joke()) {
                reading.weights().forEach((c, w) -> weights.merge(c, w, Math::max));
            }
        }
        return weights;
    }

    /**
     * The cues decide, with the earlier messages. Then the model, which reads the current message
     * only, may add to them ({@link #MODEL_USE}): it flags what no cue named when it is sure
     * enough. It takes nothing back: once it had learnt from sets 12–15 it was sure enough to take
     * back a real plea of dev-eval built of vague signs, and taking back spared no false alarm on
     * the next blind set; a missed plea costs more than a false alarm. The model says nothing of
     * text it cannot read (a script it has not learnt, a word repeated), and does not flag alone a
     * warning or a report of how victims in general are taken: it has learnt their words, not who
     * is speaking.
     */
    private Triage decide(MessageReading current, Map<Concept, Integer> context, Optional<Language> lang) {
        Map<Concept, Integer> weights = new EnumMap<>(context);
        Map<Concept, Integer> own = current.weights();
        own.forEach((c, w) -> weights.merge(c, w, Math::max));
        int threshold = current.joke() ? JOKE_THRESHOLD : THRESHOLD;
        boolean covert = !current.covert().isEmpty();
        boolean cues = covert || !current.hits().isEmpty() && sum(weights) >= threshold;
        boolean needsContext = cues && !covert && sum(own) < threshold;
        boolean specific = current.hits().stream().anyMatch(h -> h.weight() >= THRESHOLD);
        String folded = current.text().text();
        Optional<Double> probability =
                model.isPresent() && !covert && !needsContext && folded.length() >= use.minChars()
                        ? model.get().probability(folded)
                        : Optional.empty();
        boolean distress = probability
                .map(p -> cues && (specific && !use.vetoSpecific() || p >= use.veto())
                        || p >= use.alone()
                                && !current.aboutVictims()
                                && !(use.respectDiscount() && current.discounted()))
                .orElse(cues);
        if (!distress) {
            return Triage.none(lang);
        }
        List<Signal> signals = cues ? signals(current) : withLikelyDistress(signals(current), current, model.get());
        return new Triage(true, level(current, weights), covert, signals, lang);
    }

    private static int sum(Map<Concept, Integer> weights) {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Adds the sentence the model weighed most, as the evidence of what no cue named. */
    private static List<Signal> withLikelyDistress(List<Signal> signals, MessageReading current, TriageModel model) {
        NormalizedText text = current.text();
        int[] span = model.strongestSentence(text.text());
        int start = span.length == 0 ? 0 : span[0];
        int end = span.length == 0 ? text.text().length() : span[1];
        List<Signal> all = new ArrayList<>(signals);
        all.add(new Signal(
                LIKELY_DISTRESS, text.originalSlice(start, end), text.originalStart(start), text.originalEnd(end)));
        all.sort(Comparator.comparingInt(Signal::start).thenComparing(Signal::code));
        return List.copyOf(all);
    }

    private static DistressLevel level(MessageReading current, Map<Concept, Integer> weights) {
        boolean urgentPhrase = current.covert().stream().anyMatch(f -> f.level() == DistressLevel.URGENT);
        boolean violence = weights.containsKey(Concept.VIOLENCE_OR_THREAT);
        boolean heldAndPleading =
                weights.containsKey(Concept.CONFINEMENT) && weights.containsKey(Concept.PLEA_FOR_HELP);
        return urgentPhrase || violence || heldAndPleading ? DistressLevel.URGENT : DistressLevel.HIGH;
    }

    private static List<Signal> signals(MessageReading current) {
        List<Signal> signals = new ArrayList<>();
        for (Hit hit : current.hits()) {
            Signal signal = new Signal(
                    hit.concept().name(),
                    current.text().originalSlice(hit.start(), hit.end()),
                    current.text().originalStart(hit.start()),
                    current.text().originalEnd(hit.end()));
            if (!signals.contains(signal)) {
                signals.add(signal);
            }
        }
        current.covert().forEach(f -> signals.add(f.signal()));
        signals.sort(Comparator.comparingInt(Signal::start).thenComparing(Signal::code));
        return List.copyOf(signals);
    }
}
