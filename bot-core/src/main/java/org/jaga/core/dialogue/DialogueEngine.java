package org.jaga.core.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.handover.MessageForResponder;
import org.jaga.core.language.Replies;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.privacy.WipeOffer;
import org.jaga.core.triage.DistressDetector;
import org.jaga.core.triage.DistressHandler;
import org.jaga.core.triage.Triage;
import org.jaga.knowledge.language.Language;
import org.jaga.knowledge.language.LanguageDetector;

/**
 * Reads one message in its conversation and decides the answer: the language, the intent, and the
 * handler that carries it out. Plain synchronous Java with no I/O; the pipeline stores the outcome.
 */
public final class DialogueEngine {
    /** The fact that records whether the person blocked the bot ("true") or came back ("false"). */
    public static final String FACT_BLOCKED = "blocked";

    private static final int SHORT_COMMAND = 80;
    private static final int RELIABLE_WORDS = 6;
    private static final int BARE_QUESTION_WORDS = 3;
    private static final Set<Language> LATIN_SCRIPT =
            Set.of(Language.ENGLISH, Language.INDONESIAN, Language.MALAY, Language.VIETNAMESE, Language.FILIPINO);
    private static final Set<Intent> INTERRUPTS = Set.of(Intent.DISTRESS, Intent.FORGET_ME, Intent.MENU);
    /**
     * What a person in distress may still ask for in words (buttons always work); anything else,
     * greetings included, is noted for the responder.
     */
    private static final Set<Intent> LEAVE_DISCREET_MODE = Set.of(Intent.FORGET_ME);

    private final LanguageDetector detector;
    private final DistressDetector distress;
    private final IntentClassifier classifier;
    private final Replies replies;
    private final Map<Intent, IntentHandler> handlers = new EnumMap<>(Intent.class);
    private final Language defaultLanguage;
    private final Clock clock;

    public DialogueEngine(
            LanguageDetector detector,
            DistressDetector distress,
            IntentClassifier classifier,
            Replies replies,
            List<IntentHandler> handlers,
            Language defaultLanguage,
            Clock clock) {
        this.detector = detector;
        this.distress = distress;
        this.classifier = classifier;
        this.replies = replies;
        handlers.forEach(h -> this.handlers.put(h.intent(), h));
        for (Intent intent : Intent.values()) {
            if (!this.handlers.containsKey(intent)) {
                throw new IllegalArgumentException("no handler for intent " + intent);
            }
        }
        this.defaultLanguage = defaultLanguage;
        this.clock = clock;
    }

    /** @return the conversation after the message, what to say and what happened */
    public Outcome handle(Conversation conversation, InboundMessage message) {
        Instant now = clock.instant();
        Optional<Outcome> aside = aside(conversation, message, now);
        if (aside.isPresent()) {
            return aside.get();
        }
        Language language = languageOf(conversation, message);
        Conversation current = conversation.speaking(language).touchedAt(now);
        Optional<Answer> answer =
                message.payload().flatMap(Answer::fromPayload).or(() -> classifier.answer(message.text(), language));
        Triage triage = triage(message, language);
        Route route = route(current, message, language, triage);
        TurnContext turn =
                new TurnContext(current, message, language, replies, now, answer, route.commandOnly(), triage);
        IntentHandler handler = handlers.get(route.intent());
        return route.resume() ? handler.resume(turn) : handler.start(turn);
    }

    /** Events that are not messages: recorded, answered only when the person needs to know. */
    private Optional<Outcome> aside(Conversation conversation, InboundMessage message, Instant now) {
        Conversation touched = conversation.touchedAt(now);
        Language language = conversation.language().orElse(defaultLanguage);
        Optional<String> responder = conversation.responder();
        // A wipe is honoured whoever holds the conversation: a responder cannot do it for the person.
        if (responder.isPresent() && !WipeOffer.asks(message)) {
            return Optional.of(Outcome.of(touched)
                    .raise(new MessageForResponder(conversation.chat(), responder.get(), now))
                    .build());
        }
        return switch (message.kind()) {
            case MESSAGE, EDITED -> Optional.empty();
            case DELETED, REACTION -> Optional.of(Outcome.of(touched).build());
            case BLOCKED ->
                Optional.of(Outcome.of(touched.withFact(FACT_BLOCKED, "true")).build());
            case UNBLOCKED ->
                Optional.of(Outcome.of(touched.withFact(FACT_BLOCKED, "false")).build());
            case UNSUPPORTED ->
                Optional.of(Outcome.of(touched)
                        .say(replies.text(language, "unsupported.attachment"))
                        .build());
        };
    }

    /**
     * The language the message is written in; but a few plain-ASCII words (a company name, "ok
     * thanks") do not switch a conversation that already has a language, as such words are read
     * unreliably. Diacritics (Vietnamese) and other scripts are reliable even in few words.
     */
    private Language languageOf(Conversation conversation, InboundMessage message) {
        Optional<Language> detected = detector.detect(message.text());
        boolean unreliable = detected.filter(LATIN_SCRIPT::contains).isPresent()
                && message.text().chars().allMatch(c -> c < 128)
                && message.text().strip().split("\\s+").length < RELIABLE_WORDS;
        if (unreliable && conversation.language().isPresent()) {
            return conversation.language().get();
        }
        return detected.or(conversation::language)
                .or(() -> message.languageHint().flatMap(Language::fromTag))
                .orElse(defaultLanguage);
    }

    /** The detector reads words and shared places; a place inside a compound area counts too. */
    private Triage triage(InboundMessage message, Language language) {
        Triage words = distress.assess(message.text(), Optional.of(language));
        if (words.distress() || message.location().isEmpty()) {
            return words;
        }
        return distress.assessLocation(
                message.location().get().latitude(), message.location().get().longitude());
    }

    private Route route(Conversation conversation, InboundMessage message, Language language, Triage triage) {
        if (WipeOffer.asks(message)) {
            return new Route(Intent.WIPE, false, true);
        }
        Optional<Intent> chosen = message.payload().flatMap(Intent::fromPayload);
        if (chosen.isPresent()) {
            return new Route(chosen.get(), false, true);
        }
        Optional<IntentHandler> waiting = handlerWaitingIn(conversation);
        Optional<Intent> numbered = MenuChoice.read(message.text());
        if (numbered.isPresent() && waiting.isEmpty()) {
            return new Route(numbered.get(), false, true);
        }
        Optional<Intent> said = triage.distress()
                ? Optional.of(Intent.DISTRESS)
                : classifier.classify(message.text(), language).filter(intent -> intent != Intent.DISTRESS);
        boolean shortText = message.text().strip().length() <= SHORT_COMMAND;
        boolean openCase = conversation.fact(DistressHandler.FACT_DISTRESS).isPresent();
        if (openCase
                && waiting.isEmpty()
                && said.filter(LEAVE_DISCREET_MODE::contains).isEmpty()) {
            return new Route(Intent.DISTRESS, false, false);
        }
        if (waiting.isPresent()) {
            boolean interrupts = said.filter(INTERRUPTS::contains)
                    .filter(i -> i == Intent.DISTRESS || shortText)
                    .filter(i -> i != waiting.get().intent())
                    .isPresent();
            return interrupts
                    ? new Route(said.get(), false, shortText)
                    : new Route(waiting.get().intent(), true, false);
        }
        boolean commandOnly = shortText && !IntentClassifier.mentionsIdentifier(message.text());
        boolean fewWords = message.text().strip().split("\\s+").length <= BARE_QUESTION_WORDS;
        // A question is its own content ("can I work in Thailand on a tourist visa?"), unless it is
        // only a request to ask one ("a question").
        return said.map(i -> new Route(
                        i, false, commandOnly && i != Intent.DISTRESS && (i != Intent.ASK_QUESTION || fewWords)))
                .orElseGet(() -> new Route(Intent.MENU, false, false));
    }

    private Optional<IntentHandler> handlerWaitingIn(Conversation conversation) {
        return handlers.values().stream()
                .filter(h -> h.steps().contains(conversation.step()))
                .findFirst();
    }

    private record Route(Intent intent, boolean resume, boolean commandOnly) {}
}
