package org.jaga.channels.webchat;

import org.jaga.core.message.InboundMessage;
import org.jaga.core.message.OutboundMessage;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What the bot said in each web chat conversation, replayable and followed live. */
public interface WebchatTimeline {

    /** Adds the message to its conversation's timeline, once: a second append of the same id does nothing. */
    Mono<Void> append(OutboundMessage message);

    /**
     * Adds what the person sent, so that a reloaded page shows both sides; a second append of the
     * same message id does nothing.
     */
    Mono<Void> appendFromPerson(InboundMessage message);

    /**
     * @param afterEventId the last event the page saw; empty to replay from the start
     * @return the events after it, then new ones as they come, until the subscriber cancels
     */
    Flux<WebchatEvent> follow(String conversationId, String afterEventId);
}
