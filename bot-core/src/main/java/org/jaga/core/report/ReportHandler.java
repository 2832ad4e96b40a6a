package org.jaga.core.report;

import java.util.Set;
import org.jaga.core.conversation.Step;
import org.jaga.core.dialogue.Intent;
import org.jaga.core.dialogue.IntentHandler;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.dialogue.TurnContext;

/** Takes a report about a recruiter and files it, unverified, for moderators. */
public final class ReportHandler implements IntentHandler {

    @Override
    public Intent intent() {
        return Intent.REPORT;
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.AWAITING_REPORT);
    }

    @Override
    public Outcome start(TurnContext turn) {
        return turn.carriesNothing() ? turn.askFor(Step.AWAITING_REPORT, "report.prompt") : resume(turn);
    }

    @Override
    public Outcome resume(TurnContext turn) {
        if (turn.words().isEmpty()) {
            return turn.cannotRead();
        }
        return Outcome.of(turn.conversation().awaiting(Step.IDLE))
                .raise(new ReportFiled(
                        turn.conversation().chat(),
                        turn.words(),
                        turn.language().tag(),
                        turn.now()))
                .say(turn.text("report.saved"), turn.menuButton())
                .build();
    }
}
