package org.jaga.core.pipeline;

import org.jaga.core.Require;

/**
 * One entry of a durable queue, handed to one consumer until it acknowledges it.
 *
 * @param id the entry's id in its queue; stable across redeliveries
 * @param attempts how many times the entry has been handed out, this time included
 */
public record Delivery<T>(String id, T value, long attempts) {
    public Delivery {
        Require.nonBlank(id, "id");
        Require.present(value, "value");
    }
}
