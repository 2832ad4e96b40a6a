package org.jaga.knowledge.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jaga.knowledge.identifier.Identifier;
import org.jaga.knowledge.identifier.IdentifierExtractor;
import org.jaga.knowledge.identifier.IdentifierKind;
import org.jaga.knowledge.identifier.Lookalike;
import org.jaga.knowledge.identifier.LookalikeDetector;
import org.jaga.knowledge.language.Language;
import org.jaga.knowledge.language.LanguageDetector;
import org.jaga.knowledge.recruiter.NameMatch;
import org.jaga.knowledge.recruiter.RecruiterEntry;
import org.jaga.knowledge.recruiter.RecruiterIndex;
import org.jaga.knowledge.recruiter.RecruiterStatus;

/**
 * Checks a job offer: its language, the recruiter identifiers in it and what the knowledge base
 * knows of them, the red flags with their evidence, a score and a verdict, and advice. Thread-safe
 * and synchronous; run it off event-loop threads.
 */
public final class OfferCheck {
    /** Identifiers are looked for in this much of the text; the red flags read their own share. */
    static final int IDENTIFIER_SCAN_LIMIT = 20_000;

    private static final int LISTED_BONUS = 60;
    private static final int LOOKALIKE_BONUS = 40;
    private static final int REPORT_BONUS = 15;
    private static final int REPORTS_BONUS_CAP = 30;

    private final LanguageDetector detector;
    private final IdentifierExtractor extractor;
    private final LookalikeDetector lookalikes;
    private final RecruiterIndex recruiters;
    private final OfferAssessor assessor;

    public OfferCheck(
            LanguageDetector detector,
            IdentifierExtractor extractor,
            LookalikeDetector lookalikes,
            RecruiterIndex recruiters,
            OfferAssessor assessor) {
        this.detector = detector;
        this.extractor = extractor;
        this.lookalikes = lookalikes;
        this.recruiters = recruiters;
        this.assessor = assessor;
    }

    /**
     * @param requested the language the person asked for, if any; else the offer's own language
     *     explains it, else English
     */
    public CheckResult check(String text, Optional<Language> requested) {
        String offer = text == null ? "" : text;
        Optional<Language> written = detector.detect(offer);
        Language explainIn = requested.or(() -> written).orElse(Language.ENGLISH);
        List<IdentifierResult> identifiers = identifiers(offer, written);
        Assessment assessment = assessor.assess(offer, written, explainIn, bonus(identifiers));
        List<String> notes = new ArrayList<>(assessment.notes());
        if (offer.length() > IDENTIFIER_SCAN_LIMIT) {
            notes.add(
                    "recruiter identifiers were looked for in the first " + IDENTIFIER_SCAN_LIMIT + " characters only");
        }
        return new CheckResult(
                assessment.verdict(),
                assessment.score(),
                explainIn,
                assessment.redFlags(),
                identifiers,
                assessment.advice(),
                notes);
    }

    /** @return what the knowledge base knows of every identifier in the text */
    public List<IdentifierResult> identifiers(String text, Optional<Language> language) {
        String scanned = text.length() > IDENTIFIER_SCAN_LIMIT ? text.substring(0, IDENTIFIER_SCAN_LIMIT) : text;
        return extractor.extract(scanned, language).stream().map(this::lookUp).toList();
    }

    private IdentifierResult lookUp(Identifier identifier) {
        Optional<RecruiterEntry> exact = recruiters.exact(identifier.kind(), identifier.normalized());
        Optional<NameMatch> similar = exact.isEmpty() && identifier.kind() == IdentifierKind.COMPANY
                ? recruiters.fuzzyName(identifier.value(), 1).stream().findFirst()
                : Optional.empty();
        Optional<RecruiterEntry> entry = exact.or(() -> similar.map(NameMatch::entry));
        Optional<String> imitated =
                isDomain(identifier) ? lookalikes.check(identifier).map(Lookalike::imitated) : Optional.empty();
        return new IdentifierResult(
                identifier.kind(),
                identifier.value(),
                identifier.normalized(),
                entry.map(RecruiterEntry::status),
                entry.map(RecruiterEntry::reports).orElse(0),
                entry.map(RecruiterEntry::sources).orElse(List.of()),
                similar.map(match -> match.entry().displayName()),
                imitated,
                entry.map(RecruiterEntry::disputes).orElse(List.of()));
    }

    private static boolean isDomain(Identifier identifier) {
        return identifier.kind() == IdentifierKind.DOMAIN
                || identifier.kind() == IdentifierKind.URL
                || identifier.kind() == IdentifierKind.EMAIL;
    }

    /** Known-scam and revoked identifiers, look-alike domains and user reports raise the score. */
    static int bonus(List<IdentifierResult> identifiers) {
        int bonus = 0;
        int reports = 0;
        for (IdentifierResult identifier : identifiers) {
            if (identifier.isListedAsDangerous()) {
                bonus = Math.max(bonus, LISTED_BONUS);
            }
            if (identifier.lookalikeOf().isPresent()) {
                bonus = Math.max(bonus, LOOKALIKE_BONUS);
            }
            if (identifier
                    .status()
                    .filter(s -> s == RecruiterStatus.REPORTED_UNVERIFIED)
                    .isPresent()) {
                reports += REPORT_BONUS * Math.max(1, identifier.reports());
            }
        }
        return bonus + Math.min(reports, REPORTS_BONUS_CAP);
    }
}
