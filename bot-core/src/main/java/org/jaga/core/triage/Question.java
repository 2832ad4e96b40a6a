package org.jaga.core.triage;

import java.util.List;
import java.util.Optional;
import org.jaga.core.conversation.Step;

/**
 * What responders need to know, asked one at a time, each skippable, in this order. Only the
 * first answers "is it safe to talk": when it is not, the bot asks nothing more.
 */
enum Question {
    SAFE_TO_TALK(Step.ASKING_SAFE_TO_TALK, "safeToTalk", "help.ack"),
    LOCATION(Step.ASKING_LOCATION, "location", "help.askLocation"),
    NATIONALITY(Step.ASKING_NATIONALITY, "nationality", "help.askNationality"),
    PEOPLE(Step.ASKING_PEOPLE, "people", "help.askPeople"),
    NEXT_CONTACT(Step.ASKING_NEXT_CONTACT, "nextContact", "help.askNextContact");

    private final Step step;
    private final String fact;
    private final String textKey;

    Question(Step step, String fact, String textKey) {
        this.step = step;
        this.fact = fact;
        this.textKey = textKey;
    }

    Step step() {
        return step;
    }

    /** @return the conversation fact that holds the answer */
    String fact() {
        return fact;
    }

    String textKey() {
        return textKey;
    }

    /** @return the question asked in this step */
    static Optional<Question> askedIn(Step step) {
        return List.of(values()).stream().filter(q -> q.step == step).findFirst();
    }

    /** @return the question after this one, if any */
    Optional<Question> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
