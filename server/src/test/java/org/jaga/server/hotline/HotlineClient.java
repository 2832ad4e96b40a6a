package org.jaga.server.hotline;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A script's view of the hotline API (HTTP Basic), and a person's view of the web chat. */
final class HotlineClient {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private final WebClient client;

    HotlineClient(int port) {
        this.client = WebClient.create("http://127.0.0.1:" + port);
    }

    WebClient web() {
        return client;
    }

    /** A status and the JSON body (or null). */
    record Answer(int status, JsonNode body, HttpHeaders headers) {}

    Answer call(String method, String path, String user, String password, Object body) {
        WebClient.RequestBodySpec spec = client.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path)
                .headers(h -> {
                    if (user != null) {
                        h.setBasicAuth(user, password);
                    }
                });
        WebClient.RequestHeadersSpec<?> ready = body == null
                ? spec
                : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        return ready.exchangeToMono(HotlineClient::answer).block(Duration.ofSeconds(20));
    }

    static Mono<Answer> answer(ClientResponse response) {
        return response.bodyToMono(String.class)
                .defaultIfEmpty("")
                .map(text -> new Answer(
                        response.statusCode().value(),
                        text.isBlank() ? null : JSON.readTree(text),
                        response.headers().asHttpHeaders()));
    }

    void personWrites(String conversationId, String text) {
        int status = client.post()
                .uri("/channels/webchat/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(
                        Map.of("conversationId", conversationId, "messageId", "m-" + UUID.randomUUID(), "text", text))
                .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value()))
                .block(Duration.ofSeconds(10));
        if (status != 202) {
            throw new IllegalStateException("web chat answered " + status);
        }
    }
}
