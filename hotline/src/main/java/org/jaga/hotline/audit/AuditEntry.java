package org.jaga.hotline.audit;

import java.time.Instant;
import org.jaga.core.Require;

/**
 * Who saw or did what, when. Never the words of a message or note: only that one was written.
 *
 * @param actor a staff username, or "-" for someone not signed in
 * @param subject what it was done to: a case id, a username, or "-"
 * @param detail a short code-like detail (an outcome, a desk id, "denied"); never free text
 */
public record AuditEntry(Instant at, String actor, Action action, String subject, String detail) {
    public AuditEntry {
        Require.present(at, "at");
        Require.nonBlank(actor, "actor");
        Require.present(action, "action");
        subject = subject == null || subject.isBlank() ? "-" : subject;
        detail = detail == null ? "" : detail;
    }

    /** What was done. */
    public enum Action {
        LOGIN,
        LOGIN_FAILED,
        LOGIN_THROTTLED,
        LOGOUT,
        STAFF_CREATED,
        VIEW_CONVERSATION,
        ACCESS_DENIED,
        CLAIM,
        REPLY,
        NOTE,
        TRANSFER,
        HAND_BACK,
        CLOSE,
        REPORT_DECIDED
    }
}
