package org.jaga.core.privacy;

import org.jaga.core.conversation.Conversation;
import org.jaga.core.dialogue.Intent;
import org.jaga.core.dialogue.IntentHandler;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.dialogue.TurnContext;
import org.jaga.core.handover.MessageForResponder;

/**
 * Wipes the chat from the person's phone, whoever holds the conversation. Says nothing: a reply
 * would be one more message on the phone. The conversation goes on where it stood, and a responder
 * holding it is told (the transcript shows the request).
 */
public final class WipeHandler implements IntentHandler {

    @Override
    public Intent intent() {
        return Intent.WIPE;
    }

    @Override
    public Outcome start(TurnContext turn) {
        Conversation conversation = turn.conversation();
        Outcome.Builder outcome = Outcome.of(conversation);
        if (!WipeOffer.possibleOn(conversation.chat().channel())) {
            return outcome.build();
        }
        outcome.raise(new WipeRequested(conversation.chat(), turn.now()));
        conversation
                .responder()
                .ifPresent(responder ->
                        outcome.raise(new MessageForResponder(conversation.chat(), responder, turn.now())));
        return outcome.build();
    }
}
