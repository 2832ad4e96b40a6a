package org.jaga.hotline.console;

import java.util.Map;
import org.jaga.core.handover.HeldByAnother;
import org.jaga.core.handover.UnknownConversation;
import org.jaga.hotline.queue.CaseConflict;
import org.jaga.hotline.queue.CaseNotFound;
import org.jaga.hotline.queue.NotAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.CodecException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/** Turns failures into {@code {"error", "message"}} answers with the status that names them. */
final class Problems {
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    static Mono<ServerResponse> answer(Throwable failure, ServerRequest request) {
        if (failure instanceof Throttled throttled) {
            return respond(
                    HttpStatus.TOO_MANY_REQUESTS,
                    failure.getMessage(),
                    throttled.retryAfter().toSeconds(),
                    false);
        }
        HttpStatus status = statusOf(failure);
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            log.error("Hotline request {} {} failed", request.method(), request.path(), failure);
            return respond(status, "something went wrong; the request can be retried", -1, false);
        }
        String message = status == HttpStatus.BAD_REQUEST && !(failure instanceof IllegalArgumentException)
                ? "the body is not valid JSON"
                : failure.getMessage();
        // Only scripts that tried Basic get the challenge: a browser would open a password dialog.
        boolean challenge = request.headers().firstHeader("Authorization") != null;
        return respond(status, message, -1, challenge);
    }

    static HttpStatus statusOf(Throwable failure) {
        if (failure instanceof IllegalArgumentException
                || failure instanceof ServerWebInputException
                || failure instanceof CodecException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (failure instanceof Unauthenticated) {
            return HttpStatus.UNAUTHORIZED;
        }
        if (failure instanceof Forbidden || failure instanceof NotAllowed) {
            return HttpStatus.FORBIDDEN;
        }
        if (failure instanceof CaseNotFound || failure instanceof UnknownConversation) {
            return HttpStatus.NOT_FOUND;
        }
        if (failure instanceof CaseConflict || failure instanceof HeldByAnother) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static Mono<ServerResponse> respond(
            HttpStatus status, String message, long retryAfterSeconds, boolean challenge) {
        ServerResponse.BodyBuilder builder = ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON);
        if (retryAfterSeconds >= 0) {
            builder.header("Retry-After", Long.toString(retryAfterSeconds));
        }
        if (status == HttpStatus.UNAUTHORIZED && challenge) {
            builder.header("WWW-Authenticate", "Basic realm=\"jaga-hotline\", charset=\"UTF-8\"");
        }
        return builder.bodyValue(Map.of("error", status.getReasonPhrase(), "message", String.valueOf(message)));
    }
}
