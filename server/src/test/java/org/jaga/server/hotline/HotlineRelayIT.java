package org.jaga.server.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jaga.core.redis.TestRedis;
import org.jaga.server.hotline.HotlineClient.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A reply from the console reaches the person on the web chat, and the bot answers again after the
 * hand-back. In a context of its own: run after the other API tests in one context, the relayed
 * reply was at times not delivered to the web chat within 30 s (see the README).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HotlineRelayIT {
    static final String ADMIN = HotlineApiIT.ADMIN;
    static final String ADMIN_PASSWORD = HotlineApiIT.ADMIN_PASSWORD;
    private static final String PASSWORD = "a long responder password";
    private static final String API = "/api/v1/hotline";

    @LocalServerPort
    int port;

    private HotlineClient client;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("jaga.redis.url", TestRedis::url);
        registry.add("jaga.redis.prefix", () -> TestRedis.freshKeys().prefix());
        registry.add("jaga.admin.user", () -> ADMIN);
        registry.add("jaga.admin.password", () -> ADMIN_PASSWORD);
    }

    @BeforeEach
    void connect() {
        client = new HotlineClient(port);
    }

    private Answer admin(String method, String path, Object body) {
        return client.call(method, API + path, ADMIN, ADMIN_PASSWORD, body);
    }

    private String responder(String... desks) {
        String name = "r" + UUID.randomUUID().toString().substring(0, 8);
        Answer created = admin(
                "POST",
                "/staff",
                Map.of("username", name, "password", PASSWORD, "role", "RESPONDER", "desks", List.of(desks)));
        assertThat(created.status()).isEqualTo(201);
        return name;
    }

    private Answer as(String user, String method, String path, Object body) {
        return client.call(method, API + path, user, PASSWORD, body);
    }

    /** @return the case id of the web chat person who wrote the distress message */
    private String distress(String conversationId) {
        client.personWrites(conversationId, "please help me, they took my passport and I cannot leave");
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> waitingIds().stream()
                                .filter(id -> transcriptOf(id).contains("took my passport"))
                                .findFirst()
                                .orElse(null),
                        id -> id != null);
    }

    private List<String> waitingIds() {
        JsonNode list = admin("GET", "/conversations?state=WAITING", null).body();
        return list.valueStream().map(c -> c.get("id").asString()).toList();
    }

    private String transcriptOf(String id) {
        return admin("GET", "/conversations/" + id, null)
                .body()
                .get("transcript")
                .toString();
    }

    private List<String> webchatReplies(String conversationId, int count) {
        return client.web()
                .get()
                .uri("/channels/webchat/conversations/{id}/events", conversationId)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .filter(event -> event.data() != null)
                .map(event -> HotlineClient.JSON.readTree(event.data()))
                .filter(event -> "bot".equals(event.get("from").asString()))
                .map(event -> event.get("text").asString())
                .take(count)
                .collectList()
                .block(Duration.ofSeconds(20));
    }

    @Test
    void aResponderClaimsRepliesToThePersonOnTheirChannelAndHandsBackToTheBot() {
        String conversation = "c-" + UUID.randomUUID();
        String id = distress(conversation);
        String amina = responder("general");

        assertThat(as(amina, "POST", "/conversations/" + id + "/claim", null).status())
                .isEqualTo(200);
        Answer replied =
                as(amina, "POST", "/conversations/" + id + "/messages", Map.of("text", "I am here. Are you safe now?"));
        assertThat(replied.status()).isEqualTo(200);
        assertThat(replied.body().get("firstReplyAt").isNull()).isFalse();

        assertThat(webchatReplies(conversation, 2)).last().isEqualTo("I am here. Are you safe now?");

        assertThat(as(amina, "POST", "/conversations/" + id + "/handback", null).status())
                .isEqualTo(200);
        client.personWrites(conversation, "hello");
        assertThat(webchatReplies(conversation, 3)).last().asString().contains("1.");
    }
}
