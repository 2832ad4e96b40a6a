package org.jaga.server.knowledge;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jaga.core.report.RecruiterDispute;
import org.jaga.core.report.RecruiterReports;
import org.jaga.knowledge.check.IdentifierResult;
import org.jaga.knowledge.check.OfferCheck;
import org.jaga.knowledge.recruiter.RecruiterIndex;
import org.jaga.server.web.ApiErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * {@code POST /api/v1/recruiters/disputes} {@code {"identifier", "note"}}: the owner of a listed
 * identifier says the listing is wrong. The dispute is recorded and shown with the listing.
 */
final class DisputeApi {
    private static final int MAX_NOTE = 2_000;
    private final OfferCheck check;
    private final RecruiterIndex index;
    private final RecruiterReports reports;
    private final Scheduler compute;
    private final Clock clock;

    DisputeApi(OfferCheck check, RecruiterIndex index, RecruiterReports reports, Scheduler compute, Clock clock) {
        this.check = check;
        this.index = index;
        this.reports = reports;
        this.compute = compute;
        this.clock = clock;
    }

    RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST("/api/v1/recruiters/disputes", this::dispute)
                .build();
    }

    private Mono<ServerResponse> dispute(ServerRequest request) {
        return request.bodyToMono(DisputeRequest.class)
                .switchIfEmpty(Mono.error(() -> new ApiErrors.BadInput("a JSON body is required")))
                .map(DisputeRequest::validated)
                .publishOn(compute)
                .flatMap(body -> listed(body.identifier())
                        .map(found -> record(found, body.note()))
                        .orElseGet(() -> ApiErrors.status(
                                HttpStatus.NOT_FOUND, "that identifier is not listed, so there is nothing to dispute")))
                .onErrorResume(ApiErrors::respond);
    }

    private Optional<IdentifierResult> listed(String identifier) {
        return check.identifiers(identifier, Optional.empty()).stream()
                .filter(found ->
                        found.status().isPresent() && found.matchedName().isEmpty())
                .findFirst();
    }

    private Mono<ServerResponse> record(IdentifierResult found, String note) {
        RecruiterDispute dispute = new RecruiterDispute(found.kind(), found.normalized(), note, clock.instant());
        return reports.dispute(dispute)
                .then(Mono.fromRunnable(() -> index.dispute(found.kind(), found.normalized(), note)))
                .then(ServerResponse.accepted()
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of(
                                "recorded", true, "kind", found.kind().name(), "normalized", found.normalized())));
    }

    record DisputeRequest(String identifier, String note) {
        DisputeRequest validated() {
            if (identifier == null || identifier.isBlank() || identifier.length() > CheckApi.MAX_QUERY) {
                throw new ApiErrors.BadInput("identifier must name the listed phone, handle, site or company");
            }
            if (note == null || note.isBlank() || note.length() > MAX_NOTE) {
                throw new ApiErrors.BadInput(
                        "note must say why the listing is wrong, in at most " + MAX_NOTE + " characters");
            }
            return this;
        }
    }
}
