package org.jaga.core.triage;

import java.time.Instant;
import org.jaga.core.Require;
import org.jaga.core.event.DomainEvent;
import org.jaga.core.message.ChatRef;

/** A person may be in danger: the conversation must reach a human responder. */
public record DistressDetected(ChatRef chat, String level, String language, Instant at) implements DomainEvent {
    public DistressDetected {
        Require.present(chat, "chat");
        Require.nonBlank(level, "level");
        Require.nonBlank(language, "language");
        Require.present(at, "at");
    }
}
