package org.jaga.server.knowledge;

import java.time.Duration;
import java.time.ZoneOffset;
import org.jaga.core.report.RecruiterReport;
import org.jaga.core.report.RecruiterReports;
import org.jaga.knowledge.recruiter.RecruiterIndex;
import org.jaga.knowledge.recruiter.RecruiterStatus;

/** Puts the reports and disputes kept in Redis into the in-memory knowledge base at start-up. */
final class KnownReports {
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

    private KnownReports() {}

    static void load(RecruiterReports reports, RecruiterIndex index) {
        reports.all()
                .filter(report -> report.kind().isPresent() && report.status() != RecruiterReport.Status.REJECTED)
                .doOnNext(report -> {
                    var entry = index.report(
                            report.kind().get(),
                            report.normalized(),
                            report.value(),
                            "user report",
                            report.at().atZone(ZoneOffset.UTC).toLocalDate());
                    if (report.status() == RecruiterReport.Status.CONFIRMED
                            && entry.status() == RecruiterStatus.REPORTED_UNVERIFIED) {
                        index.upsert(entry.withStatus(RecruiterStatus.KNOWN_SCAM));
                    }
                })
                .then(reports.disputes()
                        .doOnNext(dispute -> index.dispute(dispute.kind(), dispute.normalized(), dispute.note()))
                        .then())
                .block(LOAD_TIMEOUT);
    }
}
