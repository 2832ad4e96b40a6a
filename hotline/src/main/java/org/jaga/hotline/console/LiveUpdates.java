package org.jaga.hotline.console;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jaga.hotline.queue.CaseBook;
import org.jaga.hotline.queue.CaseChange;
import org.jaga.hotline.staff.StaffMember;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code GET events}: changes of the cases the member may see, as server-sent events. */
final class LiveUpdates {
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private final CaseBook book;

    LiveUpdates(CaseBook book) {
        this.book = book;
    }

    Mono<ServerResponse> follow(ServerRequest request) {
        StaffMember member = Authentication.member(request);
        Flux<ServerSentEvent<Object>> changes = book.changes()
                .filter(change -> member.sees(change.desk()) || member.sees(change.previousDesk()))
                .onBackpressureBuffer(1_000)
                .map(change -> ServerSentEvent.<Object>builder(describe(change))
                        .event(change.kind())
                        .build());
        Flux<ServerSentEvent<Object>> hello =
                Flux.just(ServerSentEvent.<Object>builder(Map.of("user", member.username()))
                        .event("ready")
                        .build());
        Flux<ServerSentEvent<Object>> heartbeat = Flux.interval(HEARTBEAT)
                .map(tick ->
                        ServerSentEvent.<Object>builder().comment("keep-alive").build());
        return ServerResponse.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .header("Cache-Control", "no-store")
                .header("X-Accel-Buffering", "no")
                .body(Flux.merge(changes, hello, heartbeat), ServerSentEvent.class);
    }

    private static Map<String, Object> describe(CaseChange change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", change.kind());
        json.put("id", change.id());
        json.put("desk", change.desk());
        json.put("state", change.state().name());
        json.put("level", change.level().name());
        return json;
    }
}
