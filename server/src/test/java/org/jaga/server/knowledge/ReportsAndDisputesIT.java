package org.jaga.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jaga.core.redis.TestRedis;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A person reports a recruiter in chat; the knowledge base shows it as reported. An owner disputes a listing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsAndDisputesIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("jaga.redis.url", TestRedis::url);
        registry.add("jaga.redis.prefix", () -> TestRedis.freshKeys().prefix());
        registry.add("jaga.admin.user", () -> "moderator");
        registry.add("jaga.admin.password", () -> MODERATOR_PASSWORD);
    }

    private static final String MODERATOR_PASSWORD = "a long moderator passphrase";

    private WebClient moderator() {
        return WebClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(h -> h.setBasicAuth("moderator", MODERATOR_PASSWORD))
                .build();
    }

    private WebClient client() {
        return WebClient.create("http://127.0.0.1:" + port);
    }

    private int post(String path, Object body) {
        return client().post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value()))
                .block();
    }

    private JsonNode recruiters(String query) {
        return JSON.readTree(client().get()
                        .uri(b -> b.path("/api/v1/recruiters")
                                .queryParam("q", query)
                                .build())
                        .retrieve()
                        .bodyToMono(String.class)
                        .block())
                .get("matches");
    }

    @Test
    void aReportMadeInChatMarksTheRecruiterAsReported() {
        String conversation = "c-" + UUID.randomUUID();
        post(
                "/channels/webchat/messages",
                Map.of("conversationId", conversation, "messageId", "m-00000001", "text", "6"));
        post(
                "/channels/webchat/messages",
                Map.of(
                        "conversationId", conversation,
                        "messageId", "m-00000002",
                        "text", "This agent took 20,000 baht from me and disappeared, his number is +66 81 234 5678"));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(recruiters("+66812345678")).anySatisfy(match -> {
                    assertThat(match.get("status").asString()).isEqualTo("REPORTED_UNVERIFIED");
                    assertThat(match.get("reports").asInt()).isEqualTo(1);
                }));
    }

    @Test
    void aModeratorConfirmsAReportAndTheRecruiterIsListedAsAKnownScam() {
        String conversation = "c-" + UUID.randomUUID();
        post(
                "/channels/webchat/messages",
                Map.of("conversationId", conversation, "messageId", "m-00000011", "text", "6"));
        post(
                "/channels/webchat/messages",
                Map.of(
                        "conversationId", conversation,
                        "messageId", "m-00000012",
                        "text", "He promised a job in Dubai and took my fee, call him at +66 89 999 1234"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> recruiters("+66899991234").toString().contains("REPORTED_UNVERIFIED"));

        JsonNode reports = JSON.readTree(moderator()
                .get()
                .uri("/api/v1/hotline/reports")
                .retrieve()
                .bodyToMono(String.class)
                .block());
        String id = reports.valueStream()
                .filter(r -> "+66899991234".equals(r.get("normalized").asString()))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        String decided = moderator()
                .post()
                .uri("/api/v1/hotline/reports/{id}/decision", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", "CONFIRMED"))
                .retrieve()
                .bodyToMono(String.class)
                .block();

        assertThat(decided).contains("CONFIRMED");
        assertThat(recruiters("+66899991234"))
                .anySatisfy(match -> assertThat(match.get("status").asString()).isEqualTo("KNOWN_SCAM"));
    }

    @Test
    void someoneWhoIsNotAModeratorCannotReadReports() {
        int status = WebClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/api/v1/hotline/reports")
                .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value()))
                .block();

        assertThat(status).isEqualTo(401);
    }

    @Test
    void theOwnerOfAListedCompanyCanDisputeItAndTheDisputeIsShown() {
        int status = post(
                "/api/v1/recruiters/disputes",
                Map.of("identifier", "Prince Holding Group Co., Ltd.", "note", "We are a different company."));

        assertThat(status).isEqualTo(202);
        assertThat(recruiters("Prince Holding Group"))
                .anySatisfy(
                        match -> assertThat(match.get("disputes").toString()).contains("different company"));
    }

    @Test
    void disputingSomethingNotListedIsNotFound() {
        assertThat(post("/api/v1/recruiters/disputes", Map.of("identifier", "+66 99 999 9999", "note", "not us")))
                .isEqualTo(404);
        assertThat(post("/api/v1/recruiters/disputes", Map.of("identifier", "x")))
                .isEqualTo(400);
    }
}
