package org.jaga.core.conversation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jaga.core.Require;
import org.jaga.core.message.ChatRef;
import org.jaga.knowledge.language.Language;

/**
 * One person's conversation with Jaga. Immutable: every change returns a new value, and the store
 * accepts it only if nobody else changed the conversation in between ({@link #version()}).
 *
 * @param facts what the bot gathered, e.g. "distress" → "true"; never shown back to the person
 */
public record Conversation(
        ChatRef chat,
        Optional<Language> language,
        Step step,
        Holder holder,
        long version,
        Instant startedAt,
        Instant lastMessageAt,
        Map<String, String> facts) {

    public Conversation {
        Require.present(chat, "chat");
        language = language == null ? Optional.empty() : language;
        Require.present(step, "step");
        Require.present(holder, "holder");
        Require.present(startedAt, "startedAt");
        Require.present(lastMessageAt, "lastMessageAt");
        facts = Map.copyOf(facts == null ? Map.of() : facts);
    }

    /** A new conversation that no store has seen yet (version 0). */
    public static Conversation start(ChatRef chat, Instant now) {
        return new Conversation(chat, Optional.empty(), Step.IDLE, Holder.BOT, 0, now, now, Map.of());
    }

    public Conversation speaking(Language newLanguage) {
        return new Conversation(chat, Optional.of(newLanguage), step, holder, version, startedAt, lastMessageAt, facts);
    }

    public Conversation awaiting(Step next) {
        return new Conversation(chat, language, next, holder, version, startedAt, lastMessageAt, facts);
    }

    public Conversation touchedAt(Instant at) {
        return new Conversation(chat, language, step, holder, version, startedAt, at, facts);
    }

    public Conversation withFact(String key, String value) {
        Map<String, String> next = new LinkedHashMap<>(facts);
        next.put(Require.nonBlank(key, "key"), Require.present(value, "value"));
        return new Conversation(chat, language, step, holder, version, startedAt, lastMessageAt, next);
    }

    /** The fact that marks an open distress case: the bot stays discreet until a hand-back. */
    public static final String FACT_DISTRESS = "distress";

    /** The fact naming the responder who holds the conversation. */
    public static final String FACT_RESPONDER = "responder";

    /** @return held by the responder: the bot stays silent until {@link #heldByBot()} */
    public Conversation heldBy(String responder) {
        return new Conversation(chat, language, step, Holder.HUMAN, version, startedAt, lastMessageAt, facts)
                .withFact(FACT_RESPONDER, Require.nonBlank(responder, "responder"));
    }

    /** @return held by the bot again, waiting for nothing, out of the discreet distress mode */
    public Conversation heldByBot() {
        Map<String, String> next = new LinkedHashMap<>(facts);
        next.remove(FACT_RESPONDER);
        next.remove(FACT_DISTRESS);
        return new Conversation(chat, language, Step.IDLE, Holder.BOT, version, startedAt, lastMessageAt, next);
    }

    /** @return the responder holding the conversation, if a human holds it */
    public Optional<String> responder() {
        return holder == Holder.HUMAN ? fact(FACT_RESPONDER) : Optional.empty();
    }

    /** @return the value the store writes after accepting this conversation */
    public Conversation nextVersion() {
        return new Conversation(chat, language, step, holder, version + 1, startedAt, lastMessageAt, facts);
    }

    public Optional<String> fact(String key) {
        return Optional.ofNullable(facts.get(key));
    }
}
