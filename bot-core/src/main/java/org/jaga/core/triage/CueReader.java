package org.jaga.core.triage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cues of one language in a folded message and drops those that are negated ("they did
 * not take my passport") or stand in a question or hypothetical ("what if they take my
 * passport?"). Pleas, "cannot talk", relatives and places stand even in questions: "can you help
 * us?" is a plea.
 */
final class CueReader {
    // a dot or comma between digits ("15.000", "RM 20,000") ends nothing
    private static final Pattern SPACED_SENTENCE_END = Pattern.compile("[!?\\n。！？។៕။।]|(?<!\\d)\\.|\\.(?!\\d)");
    private static final Pattern UNSPACED_SENTENCE_END = Pattern.compile("[!?\\n。！？។៕။। ]|(?<!\\d)\\.|\\.(?!\\d)");
    private static final Pattern SPACED_CLAUSE_END = Pattern.compile("[;:!?\\n。，、；！？។៕။၊।]|(?<!\\d)[.,]|[.,](?!\\d)");
    private static final Pattern UNSPACED_CLAUSE_END =
            Pattern.compile("[;:!?\\n。，、；！？។៕။၊। ]|(?<!\\d)[.,]|[.,](?!\\d)");
    private static final int SPACED_NEGATION_REACH = 20;
    private static final int UNSPACED_NEGATION_REACH = 6;
    private static final int CONDITION_REACH = 12;
    /** "If" in the nine languages (Burmese puts its "if" after the verb, so it has none here). */
    private static final Pattern IF = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:if|unless|kung|kapag|pag|kalau|kalo|klo|jika|bila|kalau|neu)(?![\\p{L}\\p{N}])"
                    + "|ถ้า|หาก|如果|要是|假如|ប្រសិនបើ|បើ");

    private final LanguageCues cues;
    private final boolean spaced;
    private final KeywordScanner triggers;
    private final List<CueMatcher> matchers;

    CueReader(LanguageCues cues, boolean spaced) {
        this.cues = cues;
        this.spaced = spaced;
        this.triggers =
                new KeywordScanner(cues.cues().stream().map(Cue::pattern).toList());
        this.matchers =
                cues.cues().stream().map(c -> new CueMatcher(c.pattern())).toList();
    }

    /**
     * Runs only the cues whose trigger words occur in the message: one keyword pass instead of
     * every pattern over the whole text.
     *
     * @param cancelled receives the cues found but cancelled by a negation or a question
     * @return the hits that stand, in no particular order
     */
    List<Hit> read(String folded, boolean questionInMessage, List<Hit> cancelled) {
        List<Hit> hits = new ArrayList<>();
        BitSet candidates = triggers.candidates(folded);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Cue cue = cues.cues().get(i);
            for (int[] span : matchers.get(i).find(folded)) {
                Hit hit = new Hit(cue.concept(), cue.weight(), cue, span[0], span[1]);
                (stands(cue, folded, span[0], span[1], questionInMessage) ? hits : cancelled).add(hit);
            }
        }
        return hits;
    }

    /** @return the distinct words of reporting of this language in the message */
    Set<String> reportingWords(String folded) {
        Set<String> found = new HashSet<>();
        Matcher m = cues.reporting().matcher(folded);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private boolean stands(Cue cue, String folded, int start, int end, boolean questionInMessage) {
        if (cue.negatable() && negated(folded, start, end)) {
            return false;
        }
        if (cue.concept().survivesQuestions()) {
            return true;
        }
        String sentence = sentence(folded, start, end, spaced ? SPACED_SENTENCE_END : UNSPACED_SENTENCE_END);
        if (cues.hypothetical().matcher(sentence).find()) {
            return false;
        }
        boolean question = questionInMessage && isQuestion(sentence(folded, start, end, SPACED_SENTENCE_END));
        return !(question
                && cue.concept() != Concept.VIOLENCE_OR_THREAT
                && cues.conditional().matcher(sentence).find());
    }

    /**
     * Only the sentence a cue stands in can make it a question: a relative's report that ends
     * "who do we contact?" still reports what it says before.
     */
    private static boolean isQuestion(String sentence) {
        return sentence.indexOf('?') >= 0 || sentence.indexOf('？') >= 0;
    }

    private boolean negated(String folded, int start, int end) {
        int reach = spaced ? SPACED_NEGATION_REACH : UNSPACED_NEGATION_REACH;
        Pattern clauseEnd = spaced ? SPACED_CLAUSE_END : UNSPACED_CLAUSE_END;
        int clause = lastBoundary(clauseEnd, folded, start);
        int from = Math.max(clause, start - reach);
        Matcher negator = cues.negation().matcher(folded).region(from, end);
        while (negator.find()) {
            // the "if" may stand further back than the negation reaches: "kalau x cukup target dia pukul"
            if (!inCondition(folded, clause, negator.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a negator belongs to a condition just before it ("if not", "pag hindi", "kalau
     * tidak", "neu khong"): "if we do not reach the target they beat us" is not a denial of the
     * beating.
     */
    private boolean inCondition(String folded, int from, int negatorStart) {
        Matcher condition = IF.matcher(folded).region(Math.max(from, negatorStart - CONDITION_REACH), negatorStart);
        while (condition.find()) {
            if (folded.substring(condition.end(), negatorStart).isBlank()
                    || spaced
                            && folded.substring(condition.end(), negatorStart)
                                            .trim()
                                            .split(" ")
                                            .length
                                    <= 1) {
                return true;
            }
        }
        return false;
    }

    private static String sentence(String folded, int start, int end, Pattern ends) {
        int from = lastBoundary(ends, folded, start);
        Matcher after = ends.matcher(folded).region(end, folded.length());
        int to = after.find() ? Math.min(folded.length(), after.end()) : folded.length();
        return folded.substring(from, to);
    }

    private static int lastBoundary(Pattern boundary, String folded, int before) {
        int from = Math.max(0, before - 200);
        Matcher m = boundary.matcher(folded).region(from, before);
        int last = from;
        while (m.find()) {
            last = m.end();
        }
        return last;
    }
}
