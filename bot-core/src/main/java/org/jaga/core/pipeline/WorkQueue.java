package org.jaga.core.pipeline;

import java.util.List;
import reactor.core.publisher.Mono;

/**
 * One consumer's view of a durable queue shared by every instance: an entry is handed to one
 * consumer and stays pending until acknowledged, so an entry whose consumer died is handed out
 * again by {@link #reclaim()}.
 */
public interface WorkQueue<T> extends AutoCloseable {

    /** @return the next entries, waiting a short while for them; empty when none came */
    Mono<List<Delivery<T>>> poll();

    /** @return entries that have waited unacknowledged too long, now handed to this consumer */
    Mono<List<Delivery<T>>> reclaim();

    /** Marks the entry done. */
    Mono<Void> ack(Delivery<T> delivery);

    /** Moves an entry that cannot be handled to the dead letters, where staff see it, and acks it. */
    Mono<Void> deadLetter(Delivery<T> delivery, String reason);

    @Override
    void close();
}
