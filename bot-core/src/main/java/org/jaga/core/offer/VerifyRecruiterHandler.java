package org.jaga.core.offer;

import java.util.Set;
import org.jaga.core.conversation.Step;
import org.jaga.core.dialogue.Intent;
import org.jaga.core.dialogue.IntentHandler;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.dialogue.TurnContext;

/** Looks up a recruiter's phone number, handle, page, website or company, or asks for one. */
public final class VerifyRecruiterHandler implements IntentHandler {

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
        if (turn.commandOnly() || turn.words().isEmpty()) {
            return Outcome.of(turn.conversation().awaiting(Step.AWAITING_RECRUITER))
                    .say(turn.text("verify.prompt"))
                    .build();
        }
        return resume(turn);
    }

    @Override
    public Outcome resume(TurnContext turn) {
        return Outcome.of(turn.conversation().awaiting(Step.IDLE))
                .say(turn.text("verify.received"), turn.menuButton())
                .build();
    }
}
