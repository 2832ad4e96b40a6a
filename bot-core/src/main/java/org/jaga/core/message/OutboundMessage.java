package org.jaga.core.message;

import java.time.Instant;
import java.util.List;
import org.jaga.core.Require;

/**
 * A message Jaga sends to a person.
 *
 * @param id unique and stable across retries: a sender that sees the same id twice sends once
 * @param origin the bot, or a human responder (Messenger then tags it HUMAN_AGENT)
 */
public record OutboundMessage(
        String id, ChatRef chat, String text, List<Button> buttons, Instant createdAt, Origin origin) {
    public OutboundMessage {
        Require.nonBlank(id, "id");
        Require.present(chat, "chat");
        Require.nonBlank(text, "text");
        buttons = List.copyOf(buttons == null ? List.of() : buttons);
        Require.present(createdAt, "createdAt");
        origin = origin == null ? Origin.BOT : origin;
    }

    /** A message from the bot. */
    public OutboundMessage(String id, ChatRef chat, String text, List<Button> buttons, Instant createdAt) {
        this(id, chat, text, buttons, createdAt, Origin.BOT);
    }
}
