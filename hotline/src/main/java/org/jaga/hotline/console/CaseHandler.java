package org.jaga.hotline.console;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jaga.hotline.queue.CaseNotFound;
import org.jaga.hotline.queue.CaseOutcome;
import org.jaga.hotline.queue.CaseState;
import org.jaga.hotline.queue.Casework;
import org.jaga.hotline.queue.HotlineCase;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** {@code /api/v1/hotline/conversations/…}: the queue and what responders do with a conversation. */
final class CaseHandler {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");
    private final Casework casework;
    private final CaseJson json;
    private final Clock clock;

    CaseHandler(Casework casework, CaseJson json, Clock clock) {
        this.casework = casework;
        this.json = json;
        this.clock = clock;
    }

    Mono<ServerResponse> list(ServerRequest request) {
        CaseState state = request.queryParam("state")
                .map(s -> parse(CaseState.class, s, "state"))
                .orElse(CaseState.WAITING);
        int limit = request.queryParam("limit").map(CaseHandler::limit).orElse(200);
        return casework.list(Authentication.member(request), state, limit)
                .map(c -> json.summary(c, clock.instant()))
                .collectList()
                .flatMap(CaseHandler::ok);
    }

    Mono<ServerResponse> view(ServerRequest request) {
        return casework.view(Authentication.member(request), id(request))
                .flatMap(file -> ok(json.file(file, clock.instant())));
    }

    Mono<ServerResponse> claim(ServerRequest request) {
        return answer(casework.claim(Authentication.member(request), id(request)));
    }

    Mono<ServerResponse> reply(ServerRequest request) {
        String id = id(request);
        return Bodies.of(request).flatMap(body -> {
            String requestId = Bodies.optional(body, "requestId")
                    .or(() -> Optional.ofNullable(request.headers().firstHeader("Idempotency-Key")))
                    .orElseGet(() -> UUID.randomUUID().toString());
            if (!REQUEST_ID.matcher(requestId).matches()) {
                throw new IllegalArgumentException("requestId must be 8 to 100 letters, digits or '_.:-'");
            }
            return answer(casework.reply(
                    Authentication.member(request), id, Bodies.required(body, "text"), id + ":" + requestId));
        });
    }

    Mono<ServerResponse> note(ServerRequest request) {
        String id = id(request);
        return Bodies.of(request)
                .flatMap(body -> casework.note(Authentication.member(request), id, Bodies.required(body, "text")))
                .then(ServerResponse.noContent().build());
    }

    Mono<ServerResponse> handBack(ServerRequest request) {
        return answer(casework.handBack(Authentication.member(request), id(request)));
    }

    Mono<ServerResponse> close(ServerRequest request) {
        String id = id(request);
        return Bodies.of(request)
                .flatMap(body -> answer(casework.close(
                        Authentication.member(request),
                        id,
                        parse(CaseOutcome.class, Bodies.required(body, "outcome"), "outcome"),
                        Bodies.optional(body, "note").orElse(null))));
    }

    Mono<ServerResponse> transfer(ServerRequest request) {
        String id = id(request);
        return Bodies.of(request).flatMap(body -> {
            Optional<String> desk = Bodies.optional(body, "desk");
            Optional<String> responder = Bodies.optional(body, "responder");
            if (desk.isPresent() == responder.isPresent()) {
                throw new IllegalArgumentException("give either desk or responder");
            }
            return answer(
                    desk.isPresent()
                            ? casework.transferToDesk(Authentication.member(request), id, desk.get())
                            : casework.transferToResponder(
                                    Authentication.member(request), id, Logins.username(responder.get())));
        });
    }

    private Mono<ServerResponse> answer(Mono<HotlineCase> done) {
        return done.flatMap(c -> ok(json.summary(c, clock.instant())));
    }

    private static Mono<ServerResponse> ok(Object body) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    }

    private static String id(ServerRequest request) {
        String id = request.pathVariable("id");
        if (!ID.matcher(id).matches()) {
            throw new CaseNotFound();
        }
        return id;
    }

    private static int limit(String value) {
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= 1000) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new IllegalArgumentException("limit must be a number from 1 to 1000");
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(
                    name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
