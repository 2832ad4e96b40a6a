package org.jaga.core.advice;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jaga.core.conversation.Step;
import org.jaga.core.dialogue.Intent;
import org.jaga.core.dialogue.IntentHandler;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.dialogue.TurnContext;
import org.jaga.knowledge.advice.AdvisoryIndex;
import org.jaga.knowledge.advice.AdvisoryMatch;
import org.jaga.knowledge.advice.AnswerPhraser;

/**
 * Answers questions about working abroad safely from vetted advisories, found by retrieval in the
 * person's language. An optional language model only rephrases what was retrieved, and says so.
 */
public final class AskQuestionHandler implements IntentHandler {
    private static final int MATCHES = 3;
    private final AdvisoryIndex advisories;
    private final AnswerPhraser phraser;

    public AskQuestionHandler(AdvisoryIndex advisories, AnswerPhraser phraser) {
        this.advisories = advisories;
        this.phraser = phraser;
    }

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
        return turn.carriesNothing() ? turn.askFor(Step.AWAITING_QUESTION, "ask.prompt") : resume(turn);
    }

    @Override
    public Outcome resume(TurnContext turn) {
        List<AdvisoryMatch> matches = advisories.search(turn.words(), Optional.of(turn.language()), MATCHES);
        if (matches.isEmpty()) {
            return Outcome.of(turn.conversation().awaiting(Step.IDLE))
                    .say(turn.text("ask.noAnswer"), turn.menuButton())
                    .build();
        }
        AdvisoryMatch best = matches.get(0);
        String answer = phraser.phrase(turn.words(), turn.language(), matches)
                .map(phrased -> phrased + "\n\n" + turn.text("ask.phrased"))
                .orElse(best.answer());
        StringBuilder text = new StringBuilder(answer);
        if (!best.sources().isEmpty()) {
            text.append("\n\n").append(turn.text("ask.sources")).append(' ').append(String.join(" ", best.sources()));
        }
        return Outcome.of(turn.conversation().awaiting(Step.IDLE))
                .say(text.toString(), turn.button("button.ask", Intent.ASK_QUESTION.payload()), turn.menuButton())
                .build();
    }
}
