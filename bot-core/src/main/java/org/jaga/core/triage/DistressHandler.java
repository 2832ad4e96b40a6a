package org.jaga.core.triage;

import java.util.Set;
import org.jaga.core.conversation.Step;
import org.jaga.core.dialogue.Answer;
import org.jaga.core.dialogue.Intent;
import org.jaga.core.dialogue.IntentHandler;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.dialogue.TurnContext;

/**
 * Someone may be in danger: the bot drops its normal flow, answers briefly and neutrally, raises
 * {@link DistressDetected} at once, and asks one skippable question at a time.
 */
public final class DistressHandler implements IntentHandler {
    public static final String FACT_DISTRESS = "distress";
    public static final String FACT_SAFE_TO_TALK = "safeToTalk";

    @Override
    public Intent intent() {
        return Intent.DISTRESS;
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.ASKING_SAFE_TO_TALK);
    }

    @Override
    public Outcome start(TurnContext turn) {
        return Outcome.of(turn.conversation().withFact(FACT_DISTRESS, "true").awaiting(Step.ASKING_SAFE_TO_TALK))
                .raise(new DistressDetected(
                        turn.conversation().chat(), "HIGH", turn.language().tag(), turn.now()))
                .say(turn.text("help.ack"), turn.yesNo())
                .build();
    }

    @Override
    public Outcome resume(TurnContext turn) {
        String safe = turn.answer().map(Answer::name).orElse("UNCLEAR");
        return Outcome.of(turn.conversation().withFact(FACT_SAFE_TO_TALK, safe).awaiting(Step.IDLE))
                .say(turn.text("help.noted"))
                .build();
    }
}
