package org.jaga.channels.delivery;

import java.time.Duration;
import java.time.Instant;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.pipeline.Outbox;
import reactor.core.publisher.Mono;

/**
 * Messages held back because the person's messaging window is closed (WhatsApp), kept in order
 * until the person writes and then handed back to the outbox, each once.
 */
public interface HeldMessages {

    /** What became of a message offered for holding. */
    enum Hold {
        /** Held, and the first one held for the person: they are to be told a message is waiting. */
        FIRST,
        /** Held behind others (they were already told), or held before (a retry). */
        BEHIND,
        /** Not held: the person wrote meanwhile and the window is open; send it now. */
        WINDOW_OPEN
    }

    /**
     * Holds the message unless the person wrote within {@code window} before {@code now}; checked
     * against {@link CustomerWindow} in the same step, so a message is never held just after the
     * person wrote (nobody would release it). Once per message id: a retry gets the first answer.
     */
    Mono<Hold> hold(OutboundMessage message, Instant now, Duration window);

    /** Takes a held message out again (the notice could not be sent, so it fails instead). */
    Mono<Void> drop(OutboundMessage message);

    /**
     * Hands every message held for the person to the outbox, in order, as {@link #released} copies;
     * a crash midway repeats nothing when it is called again ({@link Outbox#enqueue} is once per id).
     *
     * @return how many were handed over
     */
    Mono<Long> release(ChatRef chat, Outbox outbox);

    /** @return the message as it is sent once released: the same, under an id of its own */
    static OutboundMessage released(OutboundMessage held) {
        return new OutboundMessage(
                held.id() + ":held", held.chat(), held.text(), held.buttons(), held.createdAt(), held.origin());
    }
}
