package org.jaga.server.web;

import java.util.Map;
import org.springframework.core.codec.CodecException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/** Turns bad input into a 4xx JSON error {@code {"error", "message"}} that names the problem. */
public final class ApiErrors {
    private ApiErrors() {}

    /** @return the error response for input the API cannot take; other failures stay failures */
    public static Mono<ServerResponse> respond(Throwable error) {
        if (error instanceof BadInput bad) {
            return badRequest(bad.getMessage());
        }
        if (error instanceof DataBufferLimitException) {
            return status(HttpStatus.CONTENT_TOO_LARGE, "the body is too large (at most 256 KB)");
        }
        if (error instanceof ServerWebInputException || error instanceof CodecException) {
            return badRequest("the body is not valid JSON");
        }
        return Mono.error(error);
    }

    public static Mono<ServerResponse> badRequest(String message) {
        return status(HttpStatus.BAD_REQUEST, message);
    }

    public static Mono<ServerResponse> status(HttpStatus status, String message) {
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("error", status.getReasonPhrase(), "message", message));
    }

    /** Input an API cannot take; the message says what is wrong and is shown to the caller. */
    public static final class BadInput extends RuntimeException {
        public BadInput(String message) {
            super(message, null, false, false);
        }
    }
}
