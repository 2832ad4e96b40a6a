package org.jaga.hotline.console;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jaga.core.report.RecruiterReport;
import org.jaga.core.report.RecruiterReports;
import org.jaga.hotline.audit.AuditEntry;
import org.jaga.hotline.audit.AuditEntry.Action;
import org.jaga.hotline.audit.AuditTrail;
import org.jaga.hotline.staff.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code reports} and {@code reports/{id}/decision}: admins and supervisors read what people
 * reported about recruiters and confirm or reject each report. A confirmed report lists the
 * recruiter as a known scam in the knowledge base.
 */
final class ModerationHandler {
    private final RecruiterReports reports;
    private final Consumer<RecruiterReport> onDecision;
    private final AuditTrail audit;
    private final Clock clock;

    ModerationHandler(RecruiterReports reports, Consumer<RecruiterReport> onDecision, AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.onDecision = onDecision;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<ServerResponse> list(ServerRequest request) {
        moderator(request);
        return reports.all().map(ModerationHandler::describe).collectList().flatMap(all -> ServerResponse.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(all));
    }

    Mono<ServerResponse> decide(ServerRequest request) {
        StaffMember moderator = moderator(request);
        String id = request.pathVariable("id");
        return Bodies.of(request).flatMap(body -> {
            RecruiterReport.Status status = status(Bodies.required(body, "status"));
            return reports.decide(id, status)
                    .flatMap(decided -> audit.record(new AuditEntry(
                                    clock.instant(), moderator.username(), Action.REPORT_DECIDED, id, status.name()))
                            .then(Mono.fromRunnable(() -> onDecision.accept(decided)))
                            .then(ServerResponse.ok()
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .bodyValue(describe(decided))))
                    .switchIfEmpty(ServerResponse.status(HttpStatus.NOT_FOUND)
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("error", "Not Found", "message", "no such report")));
        });
    }

    private static StaffMember moderator(ServerRequest request) {
        StaffMember member = Authentication.member(request);
        if (!member.role().seesEveryDesk()) {
            throw new Forbidden("only admins and supervisors moderate reports");
        }
        return member;
    }

    private static RecruiterReport.Status status(String value) {
        if (!value.equals("CONFIRMED") && !value.equals("REJECTED")) {
            throw new IllegalArgumentException("status must be CONFIRMED or REJECTED");
        }
        return RecruiterReport.Status.valueOf(value);
    }

    private static Map<String, Object> describe(RecruiterReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", report.id());
        json.put("kind", report.kind().map(Enum::name).orElse(null));
        json.put("value", report.value());
        json.put("normalized", report.normalized());
        json.put("text", report.text());
        json.put("language", report.language());
        json.put("at", report.at().toString());
        json.put("status", report.status().name());
        return json;
    }
}
