package org.jaga.core.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.conversation.Step;
import org.jaga.core.dialogue.Answer;
import org.jaga.core.dialogue.Intent;
import org.jaga.core.dialogue.IntentHandler;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.dialogue.TurnContext;
import org.jaga.core.message.Button;
import org.jaga.core.message.GeoLocation;
import org.jaga.core.privacy.WipeOffer;

/**
 * Someone may be in danger. The bot drops its normal flow, raises {@link DistressDetected} at once
 * (before any question is answered), tells the person a human will reply, and asks what responders
 * need, one skippable question at a time. Replies stay short and neutral: the phone may be read.
 * Where the platform lets the bot delete the chat from the phone, every reply offers to.
 */
public final class DistressHandler implements IntentHandler {
    public static final String FACT_DISTRESS = Conversation.FACT_DISTRESS;
    public static final String FACT_SAFE_TO_TALK = "safeToTalk";
    public static final String FACT_LATITUDE = "lat";
    public static final String FACT_LONGITUDE = "lon";
    static final String SKIP = "answer:SKIP";
    static final String NATIONALITY_PAYLOAD = "nationality:";

    private final Nationalities nationalities = new Nationalities();

    @Override
    public Intent intent() {
        return Intent.DISTRESS;
    }

    @Override
    public Set<Step> steps() {
        return Stream.of(Question.values()).map(Question::step).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Outcome start(TurnContext turn) {
        Conversation conversation = turn.conversation();
        Outcome.Builder outcome = Outcome.of(conversation)
                .raise(new DistressDetected(
                        conversation.chat(), "HIGH", turn.language().tag(), turn.now()));
        if (conversation.fact(FACT_DISTRESS).isPresent()) {
            return outcome.conversation(withLocation(conversation, turn))
                    .say(turn.text("help.noted"), offeringWipe(List.of(), turn))
                    .build();
        }
        Conversation flagged = withLocation(conversation.withFact(FACT_DISTRESS, "true"), turn);
        return ask(outcome, flagged, Question.SAFE_TO_TALK, turn);
    }

    @Override
    public Outcome resume(TurnContext turn) {
        Question asked = Question.askedIn(turn.conversation().step()).orElse(Question.SAFE_TO_TALK);
        Conversation answered = withLocation(record(asked, turn), turn);
        Outcome.Builder outcome = Outcome.of(answered);
        if (asked == Question.NATIONALITY || turn.message().location().isPresent()) {
            // What routes the case to a desk just became known: tell the hotline again.
            outcome.raise(new DistressDetected(
                    answered.chat(),
                    turn.triage().level() == DistressLevel.URGENT ? "URGENT" : "HIGH",
                    turn.language().tag(),
                    turn.now()));
        }
        if (asked == Question.SAFE_TO_TALK && turn.answer().equals(Optional.of(Answer.NO))) {
            return outcome.conversation(answered.awaiting(Step.IDLE))
                    .say(turn.text("help.notSafe"), offeringWipe(List.of(), turn))
                    .build();
        }
        Optional<Question> next = asked.next();
        while (next.isPresent() && answered.fact(next.get().fact()).isPresent()) {
            next = next.get().next();
        }
        if (next.isEmpty()) {
            return outcome.conversation(answered.awaiting(Step.IDLE))
                    .say(turn.text("help.thanks"), offeringWipe(List.of(), turn))
                    .build();
        }
        return ask(outcome, answered, next.get(), turn);
    }

    private Outcome ask(Outcome.Builder outcome, Conversation conversation, Question question, TurnContext turn) {
        return outcome.conversation(conversation.awaiting(question.step()))
                .say(turn.text(question.textKey()), offeringWipe(buttonsFor(question, turn), turn))
                .build();
    }

    /** @return the buttons, and below them the offer to wipe the chat where the platform allows it */
    private static List<Button> offeringWipe(List<Button> buttons, TurnContext turn) {
        List<Button> all = new ArrayList<>(buttons);
        WipeOffer.button(turn).ifPresent(all::add);
        return all;
    }

    private List<Button> buttonsFor(Question question, TurnContext turn) {
        List<Button> buttons = new ArrayList<>();
        if (question == Question.SAFE_TO_TALK) {
            buttons.addAll(List.of(turn.yesNo()));
            return buttons;
        }
        if (question == Question.NATIONALITY) {
            Nationalities.OFFERED.forEach(
                    code -> buttons.add(turn.button("country." + code, NATIONALITY_PAYLOAD + code)));
        }
        buttons.add(turn.button("button.skip", SKIP));
        return buttons;
    }

    private Conversation record(Question asked, TurnContext turn) {
        Optional<String> payload = turn.message().payload();
        if (payload.filter(SKIP::equals).isPresent()) {
            return turn.conversation().withFact(asked.fact(), "skipped");
        }
        return switch (asked) {
            case SAFE_TO_TALK ->
                turn.conversation()
                        .withFact(asked.fact(), turn.answer().map(Answer::name).orElse(turn.words()));
            case NATIONALITY -> turn.conversation().withFact(asked.fact(), nationality(turn));
            case LOCATION ->
                turn.message().location().isPresent() && turn.words().isEmpty()
                        ? turn.conversation().withFact(asked.fact(), "shared")
                        : turn.conversation().withFact(asked.fact(), turn.words());
            default -> turn.conversation().withFact(asked.fact(), turn.words());
        };
    }

    private String nationality(TurnContext turn) {
        Optional<String> chosen = turn.message()
                .payload()
                .filter(p -> p.startsWith(NATIONALITY_PAYLOAD))
                .map(p -> p.substring(NATIONALITY_PAYLOAD.length()));
        return chosen.or(() -> nationalities.read(turn.words())).orElse(turn.words());
    }

    private static Conversation withLocation(Conversation conversation, TurnContext turn) {
        Optional<GeoLocation> shared = turn.message().location();
        if (shared.isEmpty()) {
            return conversation;
        }
        return conversation
                .withFact(FACT_LATITUDE, Double.toString(shared.get().latitude()))
                .withFact(FACT_LONGITUDE, Double.toString(shared.get().longitude()));
    }
}
