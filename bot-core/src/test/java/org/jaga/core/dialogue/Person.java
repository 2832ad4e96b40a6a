package org.jaga.core.dialogue;

import java.time.Instant;
import java.util.Optional;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.message.InboundMessage;

/** Someone writing to the engine in a test: what they type or tap, and the conversation so far. */
public final class Person {
    private final DialogueEngine engine;
    private final Instant now;
    private Conversation conversation;
    private int counter;

    public Person(DialogueEngine engine, Conversation conversation, Instant now) {
        this.engine = engine;
        this.conversation = conversation;
        this.now = now;
    }

    public Outcome say(String text) {
        return send(InboundMessage.text(conversation.chat(), "m" + counter++, text, now));
    }

    public Outcome tap(String payload) {
        return send(new InboundMessage(
                conversation.chat(),
                "m" + counter++,
                "",
                Optional.of(payload),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                now));
    }

    public Outcome send(InboundMessage message) {
        Outcome outcome = engine.handle(conversation, message);
        conversation = outcome.conversation();
        return outcome;
    }

    public Conversation conversation() {
        return conversation;
    }

    /** Continues from another state of the conversation (a new chat, a responder holding it). */
    public void continueFrom(Conversation changed) {
        conversation = changed;
    }
}
