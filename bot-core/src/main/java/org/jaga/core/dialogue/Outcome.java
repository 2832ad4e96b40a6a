package org.jaga.core.dialogue;

import java.util.ArrayList;
import java.util.List;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.event.DomainEvent;
import org.jaga.core.message.Button;

/**
 * What a handler decided: the conversation as it is now, what to say, what happened.
 *
 * @param forget true when everything kept of this conversation must be erased in the same commit
 */
public record Outcome(Conversation conversation, List<Said> said, List<DomainEvent> events, boolean forget) {
    public Outcome {
        said = List.copyOf(said);
        events = List.copyOf(events);
    }

    /** Starts an outcome that leaves the conversation as it is. */
    public static Builder of(Conversation conversation) {
        return new Builder(conversation);
    }

    /** Collects an outcome step by step. */
    public static final class Builder {
        private Conversation conversation;
        private final List<Said> said = new ArrayList<>();
        private final List<DomainEvent> events = new ArrayList<>();
        private boolean forget;

        private Builder(Conversation conversation) {
            this.conversation = conversation;
        }

        public Builder conversation(Conversation next) {
            this.conversation = next;
            return this;
        }

        public Builder say(String text, Button... buttons) {
            said.add(new Said(text, List.of(buttons)));
            return this;
        }

        public Builder say(String text, List<Button> buttons) {
            said.add(new Said(text, buttons));
            return this;
        }

        public Builder raise(DomainEvent event) {
            events.add(event);
            return this;
        }

        public Builder forgetEverything() {
            this.forget = true;
            return this;
        }

        public Outcome build() {
            return new Outcome(conversation, said, events, forget);
        }
    }
}
