package org.jaga.core.offer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jaga.core.conversation.Step;
import org.jaga.core.dialogue.Intent;
import org.jaga.core.dialogue.IntentHandler;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.dialogue.TurnContext;
import org.jaga.knowledge.check.IdentifierResult;
import org.jaga.knowledge.check.OfferCheck;

/** Looks up a recruiter's phone number, handle, page, website or company, or asks for one. */
public final class VerifyRecruiterHandler implements IntentHandler {
    private final OfferCheck check;

    public VerifyRecruiterHandler(OfferCheck check) {
        this.check = check;
    }

    @Override
    public Intent intent() {
        return Intent.VERIFY_RECRUITER;
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.AWAITING_RECRUITER);
    }

    @Override
    public Outcome start(TurnContext turn) {
        return turn.carriesNothing() ? turn.askFor(Step.AWAITING_RECRUITER, "verify.prompt") : resume(turn);
    }

    @Override
    public Outcome resume(TurnContext turn) {
        List<IdentifierResult> found = check.identifiers(turn.words(), Optional.of(turn.language()));
        if (found.isEmpty()) {
            return Outcome.of(turn.conversation().awaiting(Step.AWAITING_RECRUITER))
                    .say(turn.text("verify.nothingFound"))
                    .build();
        }
        StringBuilder text = new StringBuilder(turn.text("check.recruiters"));
        found.forEach(identifier -> text.append("\n• ").append(RecruiterLines.line(identifier, turn)));
        text.append("\n\n").append(turn.text("verify.unknownIsNotSafe"));
        return Outcome.of(turn.conversation().awaiting(Step.IDLE))
                .say(text.toString(), turn.button("button.report", Intent.REPORT.payload()), turn.menuButton())
                .build();
    }
}
