package org.jaga.core.event;

import reactor.core.publisher.Mono;

/**
 * Handles the events of one kind, at least once: handling the same event twice must do no harm.
 * Each subscriber has its own durable position in the event log, named by {@link #name()}.
 */
public interface EventSubscriber {
    String name();

    /** @return completes when the event is handled; an error leaves it to be retried */
    Mono<Void> on(DomainEvent event);
}
