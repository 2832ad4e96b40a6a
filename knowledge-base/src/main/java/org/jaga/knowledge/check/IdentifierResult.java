package org.jaga.knowledge.check;

import java.util.List;
import java.util.Optional;
import org.jaga.knowledge.identifier.IdentifierKind;
import org.jaga.knowledge.recruiter.RecruiterStatus;

/**
 * A recruiter identifier found in an offer and what the knowledge base knows of it.
 *
 * @param value exactly as written in the offer
 * @param status empty when the knowledge base does not know the identifier
 * @param matchedName for a company matched by a similar name, the listed name it resembles
 * @param lookalikeOf the official or well-known domain this domain imitates, if it does
 */
public record IdentifierResult(
        IdentifierKind kind,
        String value,
        String normalized,
        Optional<RecruiterStatus> status,
        int reports,
        List<String> sources,
        Optional<String> matchedName,
        Optional<String> lookalikeOf,
        List<String> disputes) {
    public IdentifierResult {
        sources = List.copyOf(sources);
        disputes = List.copyOf(disputes);
    }

    /** @return true when the identifier is a known scam or its licence was revoked */
    public boolean isListedAsDangerous() {
        return status.filter(s -> s == RecruiterStatus.KNOWN_SCAM || s == RecruiterStatus.REVOKED_LICENCE)
                .isPresent();
    }
}
