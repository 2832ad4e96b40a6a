package org.jaga.core.offer;

import java.util.Optional;
import java.util.Set;
import org.jaga.core.conversation.Step;
import org.jaga.core.dialogue.Intent;
import org.jaga.core.dialogue.IntentHandler;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.dialogue.TurnContext;
import org.jaga.knowledge.check.CheckResult;
import org.jaga.knowledge.check.OfferCheck;

/** Checks a job offer the person pasted or forwarded, or asks them for it. */
public final class CheckOfferHandler implements IntentHandler {
    private final OfferCheck check;
    private final CheckReport report;

    public CheckOfferHandler(OfferCheck check) {
        this.check = check;
        this.report = new CheckReport();
    }

    @Override
    public Intent intent() {
        return Intent.CHECK_OFFER;
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.AWAITING_OFFER);
    }

    @Override
    public Outcome start(TurnContext turn) {
        return turn.carriesNothing() ? turn.askFor(Step.AWAITING_OFFER, "check.prompt") : resume(turn);
    }

    @Override
    public Outcome resume(TurnContext turn) {
        if (turn.words().isEmpty()) {
            return turn.cannotRead();
        }
        CheckResult result = check.check(turn.words(), Optional.of(turn.language()));
        return Outcome.of(turn.conversation().awaiting(Step.IDLE))
                .say(report.text(result, turn), report.buttons(turn))
                .build();
    }
}
