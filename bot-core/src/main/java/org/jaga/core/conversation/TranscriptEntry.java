package org.jaga.core.conversation;

import java.time.Instant;
import org.jaga.core.Require;

/** One line of a conversation's transcript. */
public record TranscriptEntry(Direction direction, String text, Instant at) {
    public enum Direction {
        FROM_PERSON,
        FROM_BOT,
        FROM_RESPONDER
    }

    public TranscriptEntry {
        Require.present(direction, "direction");
        text = text == null ? "" : text;
        Require.present(at, "at");
    }
}
