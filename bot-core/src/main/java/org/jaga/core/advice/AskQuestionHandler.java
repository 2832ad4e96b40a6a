package org.jaga.core.advice;

import java.util.Set;
import org.jaga.core.conversation.Step;
import org.jaga.core.dialogue.Intent;
import org.jaga.core.dialogue.IntentHandler;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.dialogue.TurnContext;

/** Answers questions about working abroad safely, or asks what the person wants to know. */
public final class AskQuestionHandler implements IntentHandler {

    @Override
    public Intent intent() {
        return Intent.ASK_QUESTION;
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.AWAITING_QUESTION);
    }

    @Override
    public Outcome start(TurnContext turn) {
        if (turn.commandOnly() || turn.words().isEmpty()) {
            return Outcome.of(turn.conversation().awaiting(Step.AWAITING_QUESTION))
                    .say(turn.text("ask.prompt"))
                    .build();
        }
        return resume(turn);
    }

    @Override
    public Outcome resume(TurnContext turn) {
        return Outcome.of(turn.conversation().awaiting(Step.IDLE))
                .say(turn.text("ask.received"), turn.menuButton())
                .build();
    }
}
