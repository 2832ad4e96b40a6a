package org.jaga.hotline.queue;

import java.time.Instant;
import org.jaga.core.Require;

/** A private note on a case, for staff only; never sent to the person. */
public record CaseNote(String author, String text, Instant at) {
    public CaseNote {
        Require.nonBlank(author, "author");
        Require.nonBlank(text, "text");
        if (text.length() > 4000) {
            throw new IllegalArgumentException("a note must be at most 4000 characters");
        }
        Require.present(at, "at");
    }
}
