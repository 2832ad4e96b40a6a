package org.jaga.core.report;

import java.time.Instant;
import java.util.Optional;
import org.jaga.core.Require;
import org.jaga.knowledge.identifier.IdentifierKind;

/**
 * What one person reported about one recruiter identifier; unverified until a moderator decides.
 *
 * @param id stable for the same report, so recording it twice stores it once
 * @param kind empty when the report named no identifier Jaga could read
 * @param text what the person wrote, for moderators only
 */
public record RecruiterReport(
        String id,
        Optional<IdentifierKind> kind,
        String normalized,
        String value,
        String text,
        String language,
        Instant at,
        Status status) {

    public enum Status {
        UNVERIFIED,
        CONFIRMED,
        REJECTED
    }

    public RecruiterReport {
        Require.nonBlank(id, "id");
        kind = kind == null ? Optional.empty() : kind;
        normalized = normalized == null ? "" : normalized;
        value = value == null ? "" : value;
        text = text == null ? "" : text;
        Require.present(at, "at");
        status = status == null ? Status.UNVERIFIED : status;
    }
}
