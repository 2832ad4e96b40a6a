package org.jaga.core.report;

import java.time.Instant;
import org.jaga.core.Require;
import org.jaga.core.event.DomainEvent;
import org.jaga.core.message.ChatRef;

/** A person reported a recruiter; it stays unverified until a moderator confirms it. */
public record ReportFiled(ChatRef chat, String text, String language, Instant at) implements DomainEvent {
    public ReportFiled {
        Require.present(chat, "chat");
        Require.nonBlank(text, "text");
        Require.nonBlank(language, "language");
        Require.present(at, "at");
    }
}
