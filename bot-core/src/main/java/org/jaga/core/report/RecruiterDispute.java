package org.jaga.core.report;

import java.time.Instant;
import org.jaga.core.Require;
import org.jaga.knowledge.identifier.IdentifierKind;

/** The owner of a listed identifier says the listing is wrong; shown with the listing until reviewed. */
public record RecruiterDispute(IdentifierKind kind, String normalized, String note, Instant at) {
    public RecruiterDispute {
        Require.present(kind, "kind");
        Require.nonBlank(normalized, "normalized");
        Require.nonBlank(note, "note");
        Require.present(at, "at");
    }
}
