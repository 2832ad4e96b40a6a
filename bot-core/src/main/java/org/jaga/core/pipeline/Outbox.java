package org.jaga.core.pipeline;

import org.jaga.core.message.Channel;
import org.jaga.core.message.OutboundMessage;
import reactor.core.publisher.Mono;

/** The durable outbox: one queue per channel, read by that channel's senders. */
public interface Outbox {

    /** @return a consumer of the channel's queue for one sender; close it when the sender stops */
    WorkQueue<OutboundMessage> consumer(Channel channel, String name);

    /** @return true when a message with this id was delivered before */
    Mono<Boolean> wasSent(String outboundId);

    /** Records that the message was delivered and acknowledges its entry, in one step. */
    Mono<Void> sent(Delivery<OutboundMessage> delivery);

    /**
     * Appends a message to its channel's queue outside a turn, once per id: a channel that held a
     * message back (WhatsApp, outside its 24-hour window) hands it back this way.
     *
     * @return true when it was appended, false when a message with this id was appended before
     */
    Mono<Boolean> enqueue(OutboundMessage message);
}
