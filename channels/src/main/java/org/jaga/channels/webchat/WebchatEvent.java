package org.jaga.channels.webchat;

import java.time.Instant;
import java.util.List;
import org.jaga.core.message.Button;

/**
 * One event on a web chat page's event stream.
 *
 * @param eventId the position in the timeline, sent as the SSE id so a page resumes where it was
 * @param type "message" for now; pages ignore types they do not know
 */
public record WebchatEvent(
        String eventId, String type, String id, String text, List<Button> buttons, Instant at) {
    public WebchatEvent {
        buttons = List.copyOf(buttons == null ? List.of() : buttons);
    }
}
