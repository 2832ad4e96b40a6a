package org.jaga.server.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jaga.knowledge.check.IdentifierResult;
import org.jaga.knowledge.check.OfferCheck;
import org.jaga.knowledge.identifier.IdentifierKind;
import org.jaga.knowledge.recruiter.NameMatch;
import org.jaga.knowledge.recruiter.RecruiterEntry;
import org.jaga.knowledge.recruiter.RecruiterIndex;

/** Answers {@code GET /api/v1/recruiters?q=}: an identifier looked up exactly, or a name looked up fuzzily. */
final class RecruiterSearch {
    private static final int NAME_MATCHES = 10;
    private final OfferCheck check;
    private final RecruiterIndex index;

    RecruiterSearch(OfferCheck check, RecruiterIndex index) {
        this.check = check;
        this.index = index;
    }

    List<Match> search(String query) {
        List<Match> matches = new ArrayList<>();
        for (IdentifierResult identifier : check.identifiers(query, Optional.empty())) {
            if (identifier.kind() != IdentifierKind.COMPANY) {
                Optional<RecruiterEntry> entry = index.exact(identifier.kind(), identifier.normalized());
                matches.add(entry.map(e -> Match.of(e, 1.0))
                        .orElse(Match.unknown(identifier.kind(), identifier.value(), identifier.normalized())));
            }
        }
        for (NameMatch name : index.fuzzyName(query, NAME_MATCHES)) {
            matches.add(Match.of(name.entry(), name.score()));
        }
        return matches;
    }

    /** One answer: a known entry with its record, or an identifier nobody listed. */
    record Match(
            String kind,
            String value,
            String normalized,
            String status,
            int reports,
            List<String> sources,
            LocalDate firstSeen,
            LocalDate lastSeen,
            List<String> disputes,
            double score) {
        static Match of(RecruiterEntry entry, double score) {
            return new Match(
                    entry.kind().name(),
                    entry.displayName(),
                    entry.normalized(),
                    entry.status().name(),
                    entry.reports(),
                    entry.sources(),
                    entry.firstSeen(),
                    entry.lastSeen(),
                    entry.disputes(),
                    Math.round(score * 1000) / 1000.0);
        }

        static Match unknown(IdentifierKind kind, String value, String normalized) {
            return new Match(kind.name(), value, normalized, "UNKNOWN", 0, List.of(), null, null, List.of(), 1.0);
        }
    }
}
