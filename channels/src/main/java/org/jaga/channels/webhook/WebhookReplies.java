package org.jaga.channels.webhook;

import java.util.List;
import java.util.Map;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.pipeline.Inbox;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What every platform webhook shares: the raw body, storing before acknowledging, the answers. */
public final class WebhookReplies {
    /** Meta sends up to 3 MB; a little more leaves room for escaping. */
    public static final int MAX_BODY = 4 * 1024 * 1024;

    private WebhookReplies() {}

    /** @return the body's exact bytes (signatures are over them); empty array when there is none */
    public static Mono<byte[]> rawBody(ServerRequest request) {
        return DataBufferUtils.join(request.bodyToFlux(DataBuffer.class), MAX_BODY)
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0]);
    }

    /**
     * Stores every message in the inbox, in order, then answers 200: the platform retries anything
     * not acknowledged, and the inbox drops what it has already seen.
     */
    public static Mono<ServerResponse> storeThenAcknowledge(Inbox inbox, List<InboundMessage> messages) {
        return Flux.fromIterable(messages).flatMapSequential(inbox::accept, 64).then(ok());
    }

    private static final String OK = "{\"ok\":true}";

    public static Mono<ServerResponse> ok() {
        // a constant, written as it is: every webhook call ends here
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(OK);
    }

    public static Mono<ServerResponse> error(HttpStatus status, String message) {
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("error", status.getReasonPhrase(), "message", message));
    }
}
