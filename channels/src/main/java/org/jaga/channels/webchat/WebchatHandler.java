package org.jaga.channels.webchat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jaga.core.message.Button;
import org.jaga.core.pipeline.Inbox;
import org.springframework.core.codec.CodecException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The web chat's HTTP side: messages in, the conversation's events out as server-sent events. */
final class WebchatHandler {
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Inbox inbox;
    private final WebchatTimeline timeline;
    private final Clock clock;

    WebchatHandler(Inbox inbox, WebchatTimeline timeline, Clock clock) {
        this.inbox = inbox;
        this.timeline = timeline;
        this.clock = clock;
    }

    Mono<ServerResponse> post(ServerRequest request) {
        return request.bodyToMono(WebchatPost.class)
                .switchIfEmpty(Mono.error(() -> new InvalidRequest("a JSON body is required")))
                .map(post -> post.toInbound(clock.instant()))
                .flatMap(message -> timeline.appendFromPerson(message)
                        .then(inbox.accept(message))
                        .flatMap(stored -> ServerResponse.accepted()
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of(
                                        "accepted",
                                        true,
                                        "duplicate",
                                        !stored,
                                        "messageId",
                                        message.platformMessageId()))))
                .onErrorResume(InvalidRequest.class, e -> badRequest(e.getMessage()))
                .onErrorResume(
                        DataBufferLimitException.class,
                        e -> error(HttpStatus.CONTENT_TOO_LARGE, "the body is too large"))
                .onErrorResume(ServerWebInputException.class, e -> badRequest("the body is not valid JSON"))
                .onErrorResume(CodecException.class, e -> badRequest("the body is not valid JSON"));
    }

    Mono<ServerResponse> events(ServerRequest request) {
        String conversationId = request.pathVariable("conversationId");
        if (!WebchatPost.isConversationId(conversationId)) {
            return badRequest("conversationId must be 8 to 128 letters, digits, '-' or '_'");
        }
        String lastEventId = request.headers().firstHeader("Last-Event-ID");
        Flux<ServerSentEvent<Object>> events = timeline.follow(conversationId, lastEventId)
                .map(event -> ServerSentEvent.<Object>builder(new EventData(
                                event.type(),
                                event.from(),
                                event.id(),
                                event.messageId(),
                                event.text(),
                                event.buttons(),
                                event.at().toString()))
                        .id(event.eventId())
                        .build());
        Flux<ServerSentEvent<Object>> heartbeat = Flux.interval(HEARTBEAT)
                .map(tick ->
                        ServerSentEvent.<Object>builder().comment("keep-alive").build());
        return ServerResponse.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .header("Cache-Control", "no-store")
                .header("X-Accel-Buffering", "no")
                .body(Flux.merge(events, heartbeat), ServerSentEvent.class);
    }

    private static Mono<ServerResponse> badRequest(String message) {
        return error(HttpStatus.BAD_REQUEST, message);
    }

    private static Mono<ServerResponse> error(HttpStatus status, String message) {
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("error", status.getReasonPhrase(), "message", message));
    }

    /** What a page receives in each event's data. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventData(
            String type, String from, String id, String messageId, String text, List<Button> buttons, String at) {}
}
