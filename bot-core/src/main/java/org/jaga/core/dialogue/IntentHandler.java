package org.jaga.core.dialogue;

import java.util.Set;
import org.jaga.core.conversation.Step;

/** Carries out one intent, from the message that chose it to the answers it waits for. */
public interface IntentHandler {

    Intent intent();

    /** @return the steps in which the next message is this handler's to read */
    default Set<Step> steps() {
        return Set.of();
    }

    /** Answers the message that chose this intent. */
    Outcome start(TurnContext turn);

    /** Answers a message sent while the conversation waits in one of {@link #steps()}. */
    default Outcome resume(TurnContext turn) {
        return start(turn);
    }
}
