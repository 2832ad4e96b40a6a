package org.jaga.core.event;

import java.time.Instant;
import org.jaga.core.message.ChatRef;

/**
 * Something that happened in a conversation that other capabilities act on without answering:
 * the hotline queues distress, the knowledge base stores reports, channels erase what they keep.
 * Events are written in the same atomic commit as the turn that raised them.
 */
public interface DomainEvent {
    ChatRef chat();

    Instant at();
}
