package org.jaga.core.privacy;

import java.util.Optional;
import java.util.Set;
import org.jaga.core.conversation.Step;
import org.jaga.core.dialogue.Answer;
import org.jaga.core.dialogue.Intent;
import org.jaga.core.dialogue.IntentHandler;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.dialogue.TurnContext;

/** Erases everything Jaga kept of the chat, after the person confirms. */
public final class ForgetMeHandler implements IntentHandler {

    @Override
    public Intent intent() {
        return Intent.FORGET_ME;
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.CONFIRMING_FORGET);
    }

    @Override
    public Outcome start(TurnContext turn) {
        return Outcome.of(turn.conversation().awaiting(Step.CONFIRMING_FORGET))
                .say(turn.text("forget.confirm"), turn.yesNo())
                .build();
    }

    @Override
    public Outcome resume(TurnContext turn) {
        if (turn.answer().equals(Optional.of(Answer.YES))) {
            return Outcome.of(turn.conversation().awaiting(Step.IDLE))
                    .forgetEverything()
                    .raise(new ForgetRequested(turn.conversation().chat(), turn.now()))
                    .say(turn.text("forget.done"))
                    .build();
        }
        return Outcome.of(turn.conversation().awaiting(Step.IDLE))
                .say(turn.text("forget.kept"), turn.menuButton())
                .build();
    }
}
