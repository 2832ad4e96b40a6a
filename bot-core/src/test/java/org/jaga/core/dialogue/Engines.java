package org.jaga.core.dialogue;

import java.time.Clock;
import java.util.List;
import org.jaga.core.advice.AskQuestionHandler;
import org.jaga.core.checkin.CheckInHandler;
import org.jaga.core.language.Replies;
import org.jaga.core.offer.CheckOfferHandler;
import org.jaga.core.offer.VerifyRecruiterHandler;
import org.jaga.core.privacy.ForgetMeHandler;
import org.jaga.core.privacy.WipeHandler;
import org.jaga.core.report.ReportHandler;
import org.jaga.core.triage.CovertPhrases;
import org.jaga.core.triage.DistressDetector;
import org.jaga.core.triage.DistressHandler;
import org.jaga.knowledge.advice.AdvisoryIndex;
import org.jaga.knowledge.advice.AnswerPhraser;
import org.jaga.knowledge.check.OfferAssessor;
import org.jaga.knowledge.check.OfferCheck;
import org.jaga.knowledge.identifier.IdentifierExtractor;
import org.jaga.knowledge.identifier.LookalikeDetector;
import org.jaga.knowledge.language.Language;
import org.jaga.knowledge.language.LanguageDetector;
import org.jaga.knowledge.recruiter.RecruiterFiles;
import org.jaga.knowledge.recruiter.RecruiterIndex;

/** The engine as the server wires it, for tests. */
public final class Engines {
    private Engines() {}

    private static OfferCheck offerCheck;

    /** @return the offer check over the shipped knowledge base, built once per test JVM */
    public static synchronized OfferCheck offerCheck() {
        if (offerCheck == null) {
            RecruiterIndex index = new RecruiterIndex();
            RecruiterFiles.loadBundled(index);
            offerCheck = new OfferCheck(
                    new LanguageDetector(),
                    new IdentifierExtractor(),
                    LookalikeDetector.withDefaultTargets(),
                    index,
                    new OfferAssessor());
        }
        return offerCheck;
    }

    private static AdvisoryIndex advisories;

    /** @return the advisories shipped with Jaga, indexed once per test JVM */
    public static synchronized AdvisoryIndex advisories() {
        if (advisories == null) {
            advisories = new AdvisoryIndex();
        }
        return advisories;
    }

    public static DialogueEngine standard(Clock clock) {
        return new DialogueEngine(
                new LanguageDetector(),
                new DistressDetector(CovertPhrases.parse("URGENT:is the blue umbrella still for sale")),
                new IntentClassifier(),
                new Replies(),
                List.of(
                        new MenuHandler(),
                        new CheckOfferHandler(offerCheck()),
                        new VerifyRecruiterHandler(offerCheck()),
                        new AskQuestionHandler(advisories(), AnswerPhraser.none()),
                        new DistressHandler(),
                        new CheckInHandler(),
                        new ReportHandler(),
                        new ForgetMeHandler(),
                        new WipeHandler()),
                Language.ENGLISH,
                clock);
    }
}
