package org.jaga.hotline.console;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jaga.hotline.audit.AuditEntry;
import org.jaga.hotline.audit.AuditTrail;
import org.jaga.hotline.stats.DeskStatistics;
import org.jaga.hotline.stats.QueueStatistics;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** {@code audit} (admins and supervisors) and {@code stats} (everyone, for the desks they see). */
final class OversightHandler {
    private final AuditTrail audit;
    private final QueueStatistics statistics;

    OversightHandler(AuditTrail audit, QueueStatistics statistics) {
        this.audit = audit;
        this.statistics = statistics;
    }

    Mono<ServerResponse> audit(ServerRequest request) {
        if (!Authentication.member(request).role().seesEveryDesk()) {
            return Mono.error(new Forbidden("only admins and supervisors can read the audit log"));
        }
        int limit = request.queryParam("limit").map(OversightHandler::limit).orElse(200);
        return audit.latest(limit).map(OversightHandler::describe).collectList().flatMap(OversightHandler::ok);
    }

    Mono<ServerResponse> stats(ServerRequest request) {
        return statistics
                .seenBy(Authentication.member(request))
                .map(all -> all.stream().map(OversightHandler::describe).toList())
                .flatMap(OversightHandler::ok);
    }

    private static Map<String, Object> describe(AuditEntry entry) {
        return Map.of(
                "at", entry.at().toString(),
                "actor", entry.actor(),
                "action", entry.action().name(),
                "subject", entry.subject(),
                "detail", entry.detail());
    }

    private static Map<String, Object> describe(DeskStatistics desk) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("desk", desk.desk());
        json.put("name", desk.name());
        json.put("waiting", desk.waiting());
        json.put("withHuman", desk.withHuman());
        json.put("replies", desk.replies());
        json.put("firstReplyMedianSeconds", desk.medianSeconds().orElse(null));
        json.put("firstReplyP90Seconds", desk.p90Seconds().orElse(null));
        return json;
    }

    private static int limit(String value) {
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(value)));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("limit must be a number from 1 to 1000");
        }
    }

    private static Mono<ServerResponse> ok(Object body) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    }
}
