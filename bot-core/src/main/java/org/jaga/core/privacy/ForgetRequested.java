package org.jaga.core.privacy;

import java.time.Instant;
import org.jaga.core.Require;
import org.jaga.core.event.DomainEvent;
import org.jaga.core.message.ChatRef;

/** The person asked Jaga to delete what it kept of their chat; the core's own data is gone already. */
public record ForgetRequested(ChatRef chat, Instant at) implements DomainEvent {
    public ForgetRequested {
        Require.present(chat, "chat");
        Require.present(at, "at");
    }
}
