package org.jaga.core.pipeline;

import org.jaga.core.event.DomainEvent;

/** The durable log of domain events; every subscriber reads all of it at its own pace. */
public interface EventLog {

    /** @return a consumer of the log for one subscriber group; close it when the subscriber stops */
    WorkQueue<DomainEvent> consumer(String subscriber, String name);
}
