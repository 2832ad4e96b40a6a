package org.jaga.core.pipeline;

import org.jaga.core.message.OutboundMessage;
import reactor.core.publisher.Mono;

/**
 * Hands outbox entries of one channel to its sender, once: a message already delivered is only
 * acknowledged, one that fails for good becomes a dead letter, one that fails for now stays pending.
 */
public final class Dispatcher {
    private final Outbox outbox;
    private final OutboundSender sender;

    public Dispatcher(Outbox outbox, OutboundSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    /** @return completes when the entry is delivered, or dead; fails when it should be tried again */
    public Mono<Void> dispatch(Delivery<OutboundMessage> delivery, WorkQueue<OutboundMessage> queue) {
        Mono<Boolean> sentBefore = sender.remembersWhatItSent()
                ? Mono.just(false)
                : outbox.wasSent(delivery.value().id());
        return sentBefore.flatMap(sent -> sent
                ? queue.ack(delivery)
                : sender.send(delivery.value())
                        .then(outbox.sent(delivery))
                        .onErrorResume(
                                error -> error instanceof DeliveryFailed failed && !failed.retriable(),
                                error -> queue.deadLetter(delivery, error.getMessage())));
    }
}
