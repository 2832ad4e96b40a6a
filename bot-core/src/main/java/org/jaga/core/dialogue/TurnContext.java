package org.jaga.core.dialogue;

import java.time.Instant;
import java.util.Optional;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.conversation.Step;
import org.jaga.core.language.Replies;
import org.jaga.core.message.Button;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.triage.Triage;
import org.jaga.knowledge.language.Language;

/**
 * Everything a handler needs for one turn: the conversation before it, the person's message, the
 * language to answer in, and the reply texts.
 *
 * @param answer the yes or no the message says, if it says one
 * @param commandOnly true when the message only chose the intent (a button, a menu number, a
 *     short command) and carries nothing to work on
 * @param triage what the distress detector read in the message (level NONE when nothing)
 */
public record TurnContext(
        Conversation conversation,
        InboundMessage message,
        Language language,
        Replies replies,
        Instant now,
        Optional<Answer> answer,
        boolean commandOnly,
        Triage triage) {

    /** @return the reply text for the key in the person's language */
    public String text(String key, Object... arguments) {
        return replies.text(language, key, arguments);
    }

    /** @return a button whose label is the reply text for the key */
    public Button button(String labelKey, String payload) {
        return new Button(text(labelKey), payload);
    }

    /** @return the person's words, trimmed */
    public String words() {
        return message.text().strip();
    }

    /** @return a yes/no button pair */
    public Button[] yesNo() {
        return new Button[] {button("button.yes", Answer.YES.payload()), button("button.no", Answer.NO.payload())};
    }

    /** @return true when the message only chose the intent and carries nothing to work on */
    public boolean carriesNothing() {
        return commandOnly || words().isEmpty();
    }

    /** @return an outcome that asks for what the handler needs, and waits for it in {@code step} */
    public Outcome askFor(Step step, String textKey) {
        return Outcome.of(conversation.awaiting(step)).say(text(textKey)).build();
    }

    /** @return an outcome that says the bot reads only text, and leaves the conversation as it is */
    public Outcome cannotRead() {
        return Outcome.of(conversation).say(text("unsupported.attachment")).build();
    }

    /** @return a single button back to the menu */
    public Button menuButton() {
        return button("button.menu", Intent.MENU.payload());
    }
}
