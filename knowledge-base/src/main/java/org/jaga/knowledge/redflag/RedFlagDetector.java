package org.jaga.knowledge.redflag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jaga.knowledge.language.Language;

/**
 * Finds red flags in a text: concept lexicons of every language, the gazetteer of compound
 * areas, and number patterns for pay and age. Built once, thread-safe.
 */
public final class RedFlagDetector {
    /** Prefix of pseudo-codes for words of ordinary, accountable job ads (LEGIT_BENEFITS…). */
    public static final String LEGIT_PREFIX = "LEGIT_";
    /** Lexicon pseudo-code for words that put the work in another country ("abroad", "luar negeri"). */
    static final String ABROAD = "CONTEXT_ABROAD";

    static final String OVERSEAS_ENTRY_LEVEL_JOB = "OVERSEAS_ENTRY_LEVEL_JOB";
    /** Roles and bars anyone clears: offered abroad, they are how compounds fill their desks. */
    private static final Set<String> ENTRY_LEVEL =
            Set.of("SCAM_ROLE", "NO_EXPERIENCE_NEEDED", "COMPUTER_SKILL_ONLY", "LANGUAGE_SKILL_ONLY");
    /**
     * Share of the usual pay threshold that is bait for entry-level work abroad: a data encoder
     * abroad offered PHP 40,000 is promised several times what the work pays anywhere.
     */
    private static final double OVERSEAS_ENTRY_LEVEL_STRICTNESS = 0.6;

    private static final int COMMON = Language.values().length;
    private static final Pattern AGE = Pattern.compile(
            "(age|ages|aged|usia|umur|edad|tuoi|อายุ|年龄|အသက်|អាយុ)\\D{0,6}(1[5-9]|[2-4]\\d)"
                    + "(?: ?(?:years?|yrs|tahun|taon|tuoi|ปี|岁|နှစ်|ឆ្នាំ))?(?: ?(?:to|hingga|sampai|hanggang|den|ถึง|至|到|မှ|ដល់))? ?([2-5]\\d)(?!\\d)");

    private final RedFlagCatalogue catalogue;
    private final Lexicon lexicon = new Lexicon();
    private final PayDetector pay = new PayDetector();
    private final RuleMatcher rules;

    public RedFlagDetector(RedFlagCatalogue catalogue) {
        this.catalogue = catalogue;
        for (Language language : Language.values()) {
            lexicon.load("lexicon/" + language.tag() + ".txt", language.ordinal());
        }
        lexicon.load("lexicon/common.txt", COMMON);
        lexicon.load("lexicon/other.txt", COMMON);
        lexicon.load("gazetteer.txt", COMMON);
        lexicon.requireAllConceptsDefined();
        this.rules = new RuleMatcher(lexicon, catalogue);
    }

    /**
     * @param languages the languages whose lexicons to use; language-independent words (places,
     *     apps, currencies) are always used
     * @return the findings, each flag code at most once (its first occurrence), in text order;
     *     findings whose code starts with {@link #LEGIT_PREFIX} mark words of accountable job ads
     */
    public List<Finding> detect(NormalisedText text, Set<Language> languages) {
        boolean[] wanted = new boolean[COMMON + 1];
        languages.forEach(l -> wanted[l.ordinal()] = true);
        wanted[COMMON] = true;
        List<Finding> all = new ArrayList<>(rules.match(text, wanted));
        Optional<Finding> overseas = overseasEntryLevel(all);
        overseas.ifPresent(all::add);
        all.addAll(pay.detect(text, overseas.isPresent() ? OVERSEAS_ENTRY_LEVEL_STRICTNESS : 1));
        all.addAll(ages(text));
        all.removeIf(f -> f.code().equals(ABROAD));
        return firstPerCode(all);
    }

    public RedFlagCatalogue catalogue() {
        return catalogue;
    }

    /** @return work abroad for an entry-level role, quoting the words that put it abroad */
    private static Optional<Finding> overseasEntryLevel(List<Finding> findings) {
        boolean entryLevel = findings.stream().anyMatch(f -> ENTRY_LEVEL.contains(f.code()));
        return findings.stream()
                .filter(f -> entryLevel && f.code().equals(ABROAD))
                .findFirst()
                .map(f -> new Finding(OVERSEAS_ENTRY_LEVEL_JOB, f.evidence(), f.start(), f.end()));
    }

    private static List<Finding> ages(NormalisedText text) {
        List<Finding> found = new ArrayList<>(1);
        Matcher m = AGE.matcher(text.text());
        if (m.find() && Integer.parseInt(m.group(3)) > Integer.parseInt(m.group(2))) {
            found.add(text.finding("AGE_OR_LOOKS_REQUIREMENT", m.start(), m.end()));
        }
        return found;
    }

    private static List<Finding> firstPerCode(List<Finding> all) {
        all.sort(Comparator.comparingInt(Finding::start).thenComparingInt(f -> -f.end()));
        List<Finding> first = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Finding f : all) {
            if (seen.add(f.code())) {
                first.add(f);
            }
        }
        return first;
    }
}
