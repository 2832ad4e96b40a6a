package org.jaga.knowledge.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jaga.knowledge.language.Language;
import org.jaga.knowledge.redflag.Finding;
import org.jaga.knowledge.redflag.LocalisedTexts;
import org.jaga.knowledge.redflag.RedFlag;
import org.jaga.knowledge.redflag.RedFlagCatalogue;
import org.jaga.knowledge.redflag.RedFlagDetector;
import org.jaga.knowledge.redflag.TextNormaliser;

/**
 * Checks a job offer for the red flags of recruitment into scam compounds and explains each in
 * the reader's language. Built once (it loads and compiles the catalogue, lexicons and texts);
 * thread-safe; never throws on bad text.
 */
public final class OfferAssessor {
    private static final int MAX_ADVICE = 6;

    private final RedFlagDetector detector;
    private final RedFlagCatalogue catalogue;
    private final LocalisedTexts explanations = LocalisedTexts.load("explanations");
    private final LocalisedTexts advice = LocalisedTexts.load("advice");

    /** Loads the red-flag catalogue shipped with Jaga. */
    public OfferAssessor() {
        this.catalogue = RedFlagCatalogue.load();
        this.detector = new RedFlagDetector(catalogue);
    }

    /**
     * @param text the offer as the user sent it; null, empty or garbage gives NO_KNOWN_RISK with
     *     a note; only the first 20,000 characters are checked
     * @param language the offer's language if known; when empty, every language's detectors run
     * @param explainIn the language of titles, explanations and advice
     * @param identifierBonus points the caller adds for recruiter-database matches (positive for
     *     known scams, negative for a licensed agency), -100 to 100
     * @return the verdict, score, flags with evidence quoted from {@code text}, advice and notes
     */
    public Assessment assess(String text, Optional<Language> language, Language explainIn, int identifierBonus) {
        Objects.requireNonNull(explainIn, "explainIn");
        if (identifierBonus < -100 || identifierBonus > 100) {
            throw new IllegalArgumentException("identifierBonus out of -100..100: " + identifierBonus);
        }
        TextSurvey survey = TextSurvey.of(text);
        List<Finding> findings = detector.detect(
                TextNormaliser.normalise(survey.checked()),
                survey.languages(language == null ? Optional.empty() : language));
        List<RedFlagResult> results = new ArrayList<>();
        List<RedFlag> flags = new ArrayList<>();
        int legitSignals = 0;
        for (Finding finding : findings) {
            Optional<RedFlag> flag = catalogue.flag(finding.code());
            if (flag.isPresent()) {
                flags.add(flag.get());
                results.add(explain(flag.get(), finding, explainIn));
            } else if (finding.code().startsWith(RedFlagDetector.LEGIT_PREFIX)) {
                legitSignals++;
            }
        }
        results.sort(Comparator.comparingInt(RedFlagResult::weight).reversed());
        int score = RiskScore.score(flags, legitSignals, identifierBonus);
        Verdict verdict = RiskScore.verdict(score);
        return new Assessment(verdict, score, results, advice(verdict, explainIn), survey.notes());
    }

    private RedFlagResult explain(RedFlag flag, Finding finding, Language in) {
        return new RedFlagResult(
                flag.code(),
                flag.group().name(),
                flag.weight(),
                finding.evidence(),
                explanations.text(flag.code() + ".title", in).orElse(flag.code()),
                explanations.text(flag.code() + ".explanation", in).orElse(""));
    }

    private List<String> advice(Verdict verdict, Language in) {
        List<String> steps = new ArrayList<>();
        for (int i = 1; i <= MAX_ADVICE; i++) {
            advice.text(verdict.name() + "." + i, in).ifPresent(steps::add);
        }
        return steps;
    }
}
