package org.jaga.core.offer;

import org.jaga.core.dialogue.TurnContext;
import org.jaga.knowledge.check.IdentifierResult;

/** One line per recruiter identifier: what it is and what the knowledge base knows of it. */
final class RecruiterLines {
    private RecruiterLines() {}

    static String line(IdentifierResult identifier, TurnContext turn) {
        String status = identifier
                .status()
                .map(s -> turn.text("recruiter.status." + s.name()))
                .orElse(turn.text("recruiter.status.UNKNOWN"));
        StringBuilder line = new StringBuilder(identifier.value()).append(": ").append(status);
        identifier.matchedName().ifPresent(name -> line.append(" ").append(turn.text("recruiter.similarName", name)));
        if (identifier.reports() > 0) {
            line.append(" ").append(turn.text("recruiter.reports", identifier.reports()));
        }
        identifier.lookalikeOf().ifPresent(domain -> line.append(" ").append(turn.text("recruiter.lookalike", domain)));
        if (!identifier.disputes().isEmpty()) {
            line.append(" ").append(turn.text("recruiter.disputed"));
        }
        return line.toString();
    }
}
