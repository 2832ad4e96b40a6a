package org.jaga.core.privacy;

import java.time.Instant;
import org.jaga.core.Require;
import org.jaga.core.event.DomainEvent;
import org.jaga.core.message.ChatRef;

/**
 * The person asked to wipe the chat from their phone: the channel deletes what the platform still
 * lets it delete, sent up to {@code at}. Jaga's own record of the conversation stays as it is.
 */
public record WipeRequested(ChatRef chat, Instant at) implements DomainEvent {
    public WipeRequested {
        Require.present(chat, "chat");
        Require.present(at, "at");
    }
}
