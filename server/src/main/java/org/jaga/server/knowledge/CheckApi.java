package org.jaga.server.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jaga.knowledge.check.CheckResult;
import org.jaga.knowledge.check.IdentifierResult;
import org.jaga.knowledge.check.OfferCheck;
import org.jaga.knowledge.language.Language;
import org.jaga.server.web.ApiErrors;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The public check API: {@code POST /api/v1/check}, {@code GET /api/v1/recruiters?q=} and
 * {@code POST /api/v1/screen} (JSON Lines in and out, streamed, for moderators screening many ads).
 */
final class CheckApi {
    static final int MAX_TEXT = 100_000;
    static final int MAX_QUERY = 500;

    private final OfferCheck check;
    private final RecruiterSearch recruiters;
    private final Scheduler compute;
    private final ScreenLines screen;

    CheckApi(OfferCheck check, RecruiterSearch recruiters, Scheduler compute) {
        this.check = check;
        this.recruiters = recruiters;
        this.compute = compute;
        this.screen = new ScreenLines(check);
    }

    RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST("/api/v1/check", this::check)
                .GET("/api/v1/recruiters", this::recruiters)
                .POST("/api/v1/screen", this::screen)
                .build();
    }

    private Mono<ServerResponse> check(ServerRequest request) {
        return request.bodyToMono(CheckRequest.class)
                .switchIfEmpty(Mono.error(() -> new ApiErrors.BadInput("a JSON body with \"text\" is required")))
                .map(CheckRequest::validated)
                .publishOn(compute)
                .map(valid -> CheckResponse.of(check.check(valid.text(), valid.language())))
                .flatMap(body -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body))
                .onErrorResume(ApiErrors::respond);
    }

    private Mono<ServerResponse> recruiters(ServerRequest request) {
        Optional<String> query = request.queryParam("q").map(String::strip).filter(q -> !q.isEmpty());
        if (query.isEmpty() || query.get().length() > MAX_QUERY) {
            return ApiErrors.badRequest("q must be an identifier or a name of 1 to " + MAX_QUERY + " characters");
        }
        return Mono.fromCallable(() -> recruiters.search(query.get()))
                .subscribeOn(compute)
                .flatMap(found -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("query", query.get(), "matches", found)));
    }

    private Mono<ServerResponse> screen(ServerRequest request) {
        Flux<String> lines = request.bodyToFlux(String.class);
        return ServerResponse.ok()
                .contentType(MediaType.APPLICATION_NDJSON)
                .body(screen.screen(lines, compute), String.class);
    }

    /** The body of {@code POST /api/v1/check}. */
    record CheckRequest(String text, String lang) {
        Valid validated() {
            if (text == null || text.isBlank()) {
                throw new ApiErrors.BadInput("text must not be empty");
            }
            if (text.length() > MAX_TEXT) {
                throw new ApiErrors.BadInput("text must be at most " + MAX_TEXT + " characters");
            }
            Optional<Language> language = Optional.empty();
            if (lang != null && !lang.isBlank()) {
                language = Optional.of(Language.fromTag(lang)
                        .orElseThrow(() ->
                                new ApiErrors.BadInput("lang must be one of en, id, ms, th, vi, fil, my, km, zh")));
            }
            return new Valid(text, language);
        }

        record Valid(String text, Optional<Language> language) {}
    }

    /** A flag as the public API shows it. */
    record Flag(String code, String group, String title, String evidence, String explanation) {}

    /** An identifier as the public API shows it. */
    record IdentifierView(
            String kind,
            String value,
            String normalized,
            String status,
            int reports,
            List<String> sources,
            String matchedName,
            String lookalikeOf,
            List<String> disputes) {
        static IdentifierView of(IdentifierResult identifier) {
            return new IdentifierView(
                    identifier.kind().name(),
                    identifier.value(),
                    identifier.normalized(),
                    identifier.status().map(Enum::name).orElse("UNKNOWN"),
                    identifier.reports(),
                    identifier.sources(),
                    identifier.matchedName().orElse(null),
                    identifier.lookalikeOf().orElse(null),
                    identifier.disputes());
        }
    }

    /** The answer of {@code POST /api/v1/check}, as DESIGN.md specifies it. */
    record CheckResponse(
            String verdict,
            int score,
            String language,
            List<Flag> redFlags,
            List<IdentifierView> identifiers,
            List<String> advice,
            List<String> notes) {
        static CheckResponse of(CheckResult result) {
            return new CheckResponse(
                    result.verdict().name(),
                    result.score(),
                    result.language().tag(),
                    result.redFlags().stream()
                            .map(f -> new Flag(f.code(), f.group(), f.title(), f.evidence(), f.explanation()))
                            .toList(),
                    result.identifiers().stream().map(IdentifierView::of).toList(),
                    result.advice(),
                    result.notes());
        }
    }
}
