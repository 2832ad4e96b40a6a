package org.jaga.channels.webchat;

import java.time.Instant;
import java.util.List;
import org.jaga.core.message.Button;

/**
 * One event on a web chat page's event stream.
 *
 * @param eventId the position in the timeline, sent as the SSE id so a page resumes where it was
 * @param type "message" for now; pages ignore types they do not know
 * @param from "bot" or "user": a page shows the person's own messages when it replays
 * @param messageId for the person's messages, the id the page chose when it sent it
 */
public record WebchatEvent(
        String eventId,
        String type,
        String from,
        String id,
        String messageId,
        String text,
        List<Button> buttons,
        Instant at) {
    static final String FROM_BOT = "bot";
    static final String FROM_USER = "user";

    public WebchatEvent {
        buttons = List.copyOf(buttons == null ? List.of() : buttons);
    }
}
