package org.jaga.core.handover;

import java.time.Instant;
import org.jaga.core.Require;
import org.jaga.core.event.DomainEvent;
import org.jaga.core.message.ChatRef;

/** The person wrote while a responder holds the conversation; the text is in the transcript. */
public record MessageForResponder(ChatRef chat, String responder, Instant at) implements DomainEvent {
    public MessageForResponder {
        Require.present(chat, "chat");
        Require.nonBlank(responder, "responder");
        Require.present(at, "at");
    }
}
