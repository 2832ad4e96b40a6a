package org.jaga.server.hotline;

import org.jaga.core.report.RecruiterReport;
import org.jaga.knowledge.recruiter.RecruiterIndex;
import org.jaga.knowledge.recruiter.RecruiterStatus;

/** A moderator's decision on a report, applied to this instance's knowledge base. */
final class ConfirmedReports {
    private ConfirmedReports() {}

    /** A confirmed report lists its recruiter as a known scam, unless a stronger status is listed. */
    static void apply(RecruiterReport decided, RecruiterIndex index) {
        if (decided.status() != RecruiterReport.Status.CONFIRMED
                || decided.kind().isEmpty()) {
            return;
        }
        index.exact(decided.kind().get(), decided.normalized())
                .filter(entry -> entry.status() == RecruiterStatus.REPORTED_UNVERIFIED)
                .ifPresent(entry -> index.upsert(entry.withStatus(RecruiterStatus.KNOWN_SCAM)));
    }
}
