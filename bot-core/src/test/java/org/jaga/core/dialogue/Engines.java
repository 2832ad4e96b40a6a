package org.jaga.core.dialogue;

import java.time.Clock;
import java.util.List;
import org.jaga.core.advice.AskQuestionHandler;
import org.jaga.core.checkin.CheckInHandler;
import org.jaga.core.language.Replies;
import org.jaga.core.offer.CheckOfferHandler;
import org.jaga.core.offer.VerifyRecruiterHandler;
import org.jaga.core.privacy.ForgetMeHandler;
import org.jaga.core.report.ReportHandler;
import org.jaga.core.triage.DistressHandler;
import org.jaga.knowledge.language.Language;
import org.jaga.knowledge.language.LanguageDetector;

/** The engine as the server wires it, for tests. */
public final class Engines {
    private Engines() {}

    public static DialogueEngine standard(Clock clock) {
        return new DialogueEngine(
                new LanguageDetector(),
                new IntentClassifier(),
                new Replies(),
                List.of(
                        new MenuHandler(),
                        new CheckOfferHandler(),
                        new VerifyRecruiterHandler(),
                        new AskQuestionHandler(),
                        new DistressHandler(),
                        new CheckInHandler(),
                        new ReportHandler(),
                        new ForgetMeHandler()),
                Language.ENGLISH,
                clock);
    }
}
