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

/** The hotline API as a script uses it, against the whole application and a real Redis. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HotlineApiIT {
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "correct horse battery";
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
        // A name of its own, so that this person's case is told apart from other tests' cases.
        String name = "Ana" + conversationId.substring(conversationId.length() - 6);
        client.personWrites(conversationId, "please help me, they took my passport and I cannot leave. I am " + name);
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> waitingIds().stream()
                                .filter(id -> transcriptOf(id).contains(name))
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
    void aDistressMessageOpensOneWaitingCaseAtTheGeneralDeskWithItsTranscript() {
        String conversation = "c-" + UUID.randomUUID();
        String id = distress(conversation);

        JsonNode file = admin("GET", "/conversations/" + id, null).body();
        assertThat(file.get("level").asString()).isEqualTo("HIGH");
        assertThat(file.get("channel").asString()).isEqualTo("webchat");
        assertThat(file.get("language").asString()).isEqualTo("en");
        assertThat(file.get("desk").asString()).isEqualTo("general");
        assertThat(file.get("facts").get("distress").asString()).isEqualTo("true");

        client.personWrites(conversation, "please help me, they took my passport and I cannot leave");
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(waitingIds().stream().filter(w -> transcriptOf(w).contains(conversationSnippet(file))))
                .hasSize(1);
    }

    private static String conversationSnippet(JsonNode file) {
        return "took my passport";
    }

    @Test
    void aResponderOfAnotherDeskCannotSeeTheConversationAndTheAttemptIsAudited() {
        String id = distress("c-" + UUID.randomUUID());
        String budi = responder("id-embassy");

        assertThat(as(budi, "GET", "/conversations/" + id, null).status()).isEqualTo(404);
        assertThat(as(budi, "POST", "/conversations/" + id + "/claim", null).status())
                .isEqualTo(404);
        assertThat(as(budi, "GET", "/conversations?state=WAITING", null)
                        .body()
                        .valueStream()
                        .map(c -> c.get("id").asString()))
                .doesNotContain(id);

        JsonNode audit = admin("GET", "/audit?limit=50", null).body();
        assertThat(audit.valueStream()).anySatisfy(entry -> {
            assertThat(entry.get("actor").asString()).isEqualTo(budi);
            assertThat(entry.get("action").asString()).isEqualTo("ACCESS_DENIED");
            assertThat(entry.get("subject").asString()).isEqualTo(id);
        });
    }

    @Test
    void closingNeedsAnOutcomeFromTheListAndLeavesTheCaseAmongTheClosed() {
        String id = distress("c-" + UUID.randomUUID());

        Answer bad = admin("POST", "/conversations/" + id + "/close", Map.of("outcome", "FINE"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("message").asString()).contains("RESCUED_OR_SAFE");
        assertThat(waitingIds()).contains(id);

        assertThat(admin("POST", "/conversations/" + id + "/close", Map.of("outcome", "NOT_DISTRESS", "note", "a test"))
                        .status())
                .isEqualTo(200);
        assertThat(admin("GET", "/conversations?state=CLOSED", null)
                        .body()
                        .valueStream()
                        .map(c -> c.get("id").asString()))
                .contains(id);
        assertThat(admin("GET", "/audit", null).body().toString()).doesNotContain("a test");
    }

    @Test
    void notesStayPrivateAndTransferMovesTheCaseToTheOtherDesk() {
        String conversation = "c-" + UUID.randomUUID();
        String id = distress(conversation);
        String amina = responder("general");
        String siti = responder("id-embassy");

        assertThat(as(amina, "POST", "/conversations/" + id + "/notes", Map.of("text", "speaks Indonesian"))
                        .status())
                .isEqualTo(204);
        assertThat(as(amina, "POST", "/conversations/" + id + "/transfer", Map.of("desk", "id-embassy"))
                        .status())
                .isEqualTo(200);

        JsonNode file = as(siti, "GET", "/conversations/" + id, null).body();
        assertThat(file.get("desk").asString()).isEqualTo("id-embassy");
        assertThat(file.get("notes").get(0).get("text").asString()).isEqualTo("speaks Indonesian");
        assertThat(webchatReplies(conversation, 1).toString()).doesNotContain("speaks Indonesian");
        assertThat(as(amina, "GET", "/conversations/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void badInputIsAnsweredWithAJsonErrorAndChangesNothing() {
        assertThat(admin("GET", "/conversations?state=LOST", null).status()).isEqualTo(400);
        assertThat(admin("GET", "/conversations/not-an-id", null).status()).isEqualTo(404);
        assertThat(admin("POST", "/staff", Map.of("username", "x", "password", "short", "role", "RESPONDER"))
                        .body()
                        .get("error")
                        .asString())
                .isEqualTo("Bad Request");
        assertThat(admin(
                                "POST",
                                "/staff",
                                Map.of(
                                        "username",
                                        "newbie",
                                        "password",
                                        PASSWORD,
                                        "role",
                                        "RESPONDER",
                                        "desks",
                                        List.of("atlantis")))
                        .status())
                .isEqualTo(400);
        assertThat(admin("GET", "/staff", null).body().toString()).doesNotContain("newbie");
        assertThat(client.call("GET", API + "/conversations", null, null, null).status())
                .isEqualTo(401);
    }

    @Test
    void statisticsCountWaitingCasesPerDesk() {
        distress("c-" + UUID.randomUUID());

        JsonNode stats = admin("GET", "/stats", null).body();

        assertThat(stats.valueStream().filter(d -> d.get("desk").asString().equals("general")))
                .singleElement()
                .satisfies(d -> assertThat(d.get("waiting").asInt()).isPositive());
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
