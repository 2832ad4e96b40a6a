package org.jaga.server.triage;

import java.util.List;
import java.util.Optional;
import org.jaga.core.triage.DistressDetector;
import org.jaga.core.triage.Triage;
import org.jaga.knowledge.language.Language;
import org.jaga.server.web.ApiErrors;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * {@code POST /api/v1/triage} {@code {"text", "lang"?}} → {@code {"distress", "level", "covert",
 * "signals": [{"code", "evidence"}], "language"}}. Covert phrases are never echoed: their evidence
 * reads "[covert phrase]".
 */
final class TriageApi {
    private static final int MAX_TEXT = 100_000;
    private final DistressDetector detector;
    private final Scheduler compute;

    TriageApi(DistressDetector detector, Scheduler compute) {
        this.detector = detector;
        this.compute = compute;
    }

    RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route().POST("/api/v1/triage", this::triage).build();
    }

    private Mono<ServerResponse> triage(ServerRequest request) {
        return request.bodyToMono(TriageRequest.class)
                .switchIfEmpty(Mono.error(() -> new ApiErrors.BadInput("a JSON body with \"text\" is required")))
                .map(TriageRequest::language)
                .publishOn(compute)
                .map(valid -> TriageResponse.of(detector.assess(valid.text(), valid.language())))
                .flatMap(body -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body))
                .onErrorResume(ApiErrors::respond);
    }

    record TriageRequest(String text, String lang) {
        Valid language() {
            if (text == null || text.isBlank()) {
                throw new ApiErrors.BadInput("text must not be empty");
            }
            if (text.length() > MAX_TEXT) {
                throw new ApiErrors.BadInput("text must be at most " + MAX_TEXT + " characters");
            }
            if (lang == null || lang.isBlank()) {
                return new Valid(text, Optional.empty());
            }
            return new Valid(
                    text,
                    Optional.of(Language.fromTag(lang)
                            .orElseThrow(() -> new ApiErrors.BadInput(
                                    "lang must be one of en, id, ms, th, vi, fil, my, km, zh"))));
        }

        record Valid(String text, Optional<Language> language) {}
    }

    record SignalView(String code, String evidence) {}

    record TriageResponse(boolean distress, String level, boolean covert, List<SignalView> signals, String language) {
        static TriageResponse of(Triage triage) {
            return new TriageResponse(
                    triage.distress(),
                    triage.level().name(),
                    triage.covert(),
                    triage.signals().stream()
                            .map(s -> new SignalView(s.code(), s.evidence()))
                            .toList(),
                    triage.language().map(Language::tag).orElse(null));
        }
    }
}
