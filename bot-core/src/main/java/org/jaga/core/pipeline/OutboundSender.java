package org.jaga.core.pipeline;

import org.jaga.core.message.Channel;
import org.jaga.core.message.OutboundMessage;
import reactor.core.publisher.Mono;

/** Delivers messages to the people of one channel. */
public interface OutboundSender {

    Channel channel();

    /**
     * @return completes once the platform accepted the message; fails with {@link DeliveryFailed}
     *     saying whether trying again may help
     */
    Mono<Void> send(OutboundMessage message);

    /**
     * @return true when the sender itself records what it sent and never sends a message twice, so
     *     the pipeline need not look up whether it was sent before handing it over
     */
    default boolean remembersWhatItSent() {
        return false;
    }
}
