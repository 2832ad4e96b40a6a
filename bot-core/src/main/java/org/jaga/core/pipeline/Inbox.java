package org.jaga.core.pipeline;

import java.util.List;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.message.OutboundMessage;
import reactor.core.publisher.Mono;

/** The durable inbox every channel writes to and every worker reads from. */
public interface Inbox {

    /**
     * Stores the message durably, unless a message with the same idempotency key was stored before.
     *
     * @return true when stored now, false when it is a redelivery and was dropped
     */
    Mono<Boolean> accept(InboundMessage message);

    /** @return a consumer of the inbox for one worker; close it when the worker stops */
    WorkQueue<InboundMessage> consumer(String name);

    /**
     * Writes everything a turn decided in one atomic step: the conversation (if its version is still
     * {@code before.version()}), the transcript lines, the replies to the outbox, the events, the
     * erasure the person asked for, and the acknowledgement of the inbox entry.
     */
    Mono<CommitResult> commit(
            Delivery<InboundMessage> delivery, Conversation before, Outcome outcome, List<OutboundMessage> replies);
}
