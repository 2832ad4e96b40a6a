package org.jaga.server.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jaga.core.redis.TestRedis;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The web chat as a page uses it: messages in over HTTP, replies out over server-sent events. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebchatIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("jaga.redis.url", TestRedis::url);
        registry.add("jaga.redis.prefix", () -> TestRedis.freshKeys().prefix());
    }

    private WebClient client() {
        return WebClient.create("http://127.0.0.1:" + port);
    }

    private int post(Map<String, Object> body) {
        return client().post()
                .uri("/channels/webchat/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchangeToMono(response ->
                        response.releaseBody().thenReturn(response.statusCode().value()))
                .block();
    }

    private List<JsonNode> events(String conversationId, String from, int count) {
        return client().get()
                .uri("/channels/webchat/conversations/{id}/events", conversationId)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .filter(event -> event.data() != null)
                .map(event -> JSON.readTree(event.data()))
                .filter(event -> event.get("from").asString().equals(from))
                .take(count)
                .collectList()
                .block(Duration.ofSeconds(20));
    }

    private static String newId() {
        return "c-" + UUID.randomUUID();
    }

    @Test
    void greetingIsAnsweredWithTheMenuOverServerSentEvents() {
        String conversation = newId();

        assertThat(post(Map.of("conversationId", conversation, "messageId", newId(), "text", "hello")))
                .isEqualTo(202);

        JsonNode reply = events(conversation, "bot", 1).get(0);
        assertThat(reply.get("type").asString()).isEqualTo("message");
        assertThat(reply.get("text").asString()).contains("1. Check a job offer");
        assertThat(reply.get("buttons")).hasSize(7);
    }

    @Test
    void aRetriedPostIsAnsweredOnce() {
        String conversation = newId();
        String message = newId();
        post(Map.of("conversationId", conversation, "messageId", message, "text", "hello"));
        post(Map.of("conversationId", conversation, "messageId", message, "text", "hello"));
        post(Map.of("conversationId", conversation, "messageId", newId(), "payload", "intent:CHECK_IN"));

        List<JsonNode> replies = events(conversation, "bot", 2);

        assertThat(replies.get(0).get("text").asString()).contains("1. Check a job offer");
        assertThat(replies.get(1).get("text").asString()).contains("check-ins");
    }

    @Test
    void replaysThePersonsOwnMessagesSoAReloadedPageShowsBothSides() {
        String conversation = newId();
        String message = newId();
        post(Map.of("conversationId", conversation, "messageId", message, "text", "hello"));
        post(Map.of("conversationId", conversation, "messageId", message, "text", "hello"));

        List<JsonNode> mine = events(conversation, "user", 1);

        assertThat(mine.get(0).get("messageId").asString()).isEqualTo(message);
        assertThat(mine.get(0).get("text").asString()).isEqualTo("hello");
    }

    @Test
    void answersInThaiWhenThePersonWritesThai() {
        String conversation = newId();
        post(Map.of("conversationId", conversation, "messageId", newId(), "text", "สวัสดีครับ"));

        String text = events(conversation, "bot", 1).get(0).get("text").asString();

        assertThat(text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.THAI))
                .isNotEmpty();
    }

    @Test
    void rejectsBadInputWithAJsonErrorNamingTheProblem() {
        assertThat(post(Map.of("text", "hi"))).isEqualTo(400);
        assertThat(post(Map.of("conversationId", "short", "text", "hi"))).isEqualTo(400);
        assertThat(post(Map.of("conversationId", newId(), "text", "   "))).isEqualTo(400);
        assertThat(post(Map.of("conversationId", newId(), "text", "x".repeat(4_001))))
                .isEqualTo(400);
        assertThat(post(Map.of("conversationId", newId(), "text", "hi", "payload", "intent:MENU")))
                .isEqualTo(400);

        String body = client().post()
                .uri("/channels/webchat/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{not json")
                .exchangeToMono(response -> {
                    assertThat(response.statusCode().value()).isEqualTo(400);
                    return response.bodyToMono(String.class);
                })
                .block();
        assertThat(JSON.readTree(body).get("message").asString()).contains("JSON");
    }

    @Test
    void servesHealthAndPrometheusMetrics() {
        String health = client().get()
                .uri("/actuator/health")
                .retrieve()
                .bodyToMono(String.class)
                .block();
        String metrics = client().get()
                .uri("/actuator/prometheus")
                .retrieve()
                .bodyToMono(String.class)
                .block();

        assertThat(health).contains("\"UP\"");
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }
}
