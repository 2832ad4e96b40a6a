package org.jaga.core.checkin;

import org.jaga.core.conversation.Step;
import org.jaga.core.dialogue.Intent;
import org.jaga.core.dialogue.IntentHandler;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.dialogue.TurnContext;

/** Safety check-ins for citizens abroad; says plainly that they are not switched on yet. */
public final class CheckInHandler implements IntentHandler {

    @Override
    public Intent intent() {
        return Intent.CHECK_IN;
    }

    @Override
    public Outcome start(TurnContext turn) {
        return Outcome.of(turn.conversation().awaiting(Step.IDLE))
                .say(turn.text("checkin.unavailable"), turn.menuButton())
                .build();
    }
}
