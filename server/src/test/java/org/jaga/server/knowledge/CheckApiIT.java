package org.jaga.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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

/** The public check API over HTTP, as a moderator's script or the web uses it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckApiIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCAM = "URGENT! Customer service staff needed in Sihanoukville, Cambodia. "
            + "Salary 1500 USD/month, no experience needed, free flight and accommodation, tourist visa provided. "
            + "Contact Telegram @goodjob88";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("jaga.redis.url", TestRedis::url);
        registry.add("jaga.redis.prefix", () -> TestRedis.freshKeys().prefix());
    }

    private Response post(String path, String contentType, String body) {
        return WebClient.create("http://127.0.0.1:" + port)
                .post()
                .uri(path)
                .contentType(MediaType.parseMediaType(contentType))
                .bodyValue(body)
                .exchangeToMono(r -> r.bodyToMono(String.class)
                        .defaultIfEmpty("")
                        .map(b -> new Response(r.statusCode().value(), b)))
                .block();
    }

    private JsonNode check(Map<String, String> body) {
        Response response = post("/api/v1/check", "application/json", JSON.writeValueAsString(body));
        assertThat(response.status()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void aScamOfferIsHighRiskWithEveryFlagQuotedFromTheText() {
        JsonNode result = check(Map.of("text", SCAM));

        assertThat(result.get("verdict").asString()).isEqualTo("HIGH_RISK");
        assertThat(result.get("score").asInt()).isBetween(60, 100);
        assertThat(result.get("language").asString()).isEqualTo("en");
        assertThat(result.get("redFlags")).isNotEmpty().allSatisfy(flag -> {
            assertThat(SCAM).contains(flag.get("evidence").asString());
            assertThat(flag.get("explanation").asString()).isNotBlank();
        });
        assertThat(result.get("identifiers")).anySatisfy(identifier -> {
            assertThat(identifier.get("kind").asString()).isEqualTo("TELEGRAM");
            assertThat(identifier.get("status").asString()).isEqualTo("UNKNOWN");
        });
        assertThat(result.get("advice")).isNotEmpty();
    }

    @Test
    void explanationsComeInTheRequestedLanguage() {
        JsonNode result = check(Map.of("text", SCAM, "lang", "vi"));

        assertThat(result.get("language").asString()).isEqualTo("vi");
        String explanation = result.get("redFlags").get(0).get("explanation").asString();
        assertThat(explanation).containsPattern("[ăâđêôơư]");
    }

    @Test
    void anOrdinaryJobAdHasNoKnownRisk() {
        JsonNode result = check(Map.of(
                "text",
                "Line cook wanted at our restaurant in Chiang Mai. At least two years of experience in a hotel "
                        + "kitchen, Thai work permit required. Salary 18,000 baht a month plus social security. "
                        + "Apply in person at 12 Nimman Road with your CV."));

        assertThat(result.get("verdict").asString()).isEqualTo("NO_KNOWN_RISK");
    }

    @Test
    void aKnownScamCompanyIsFoundByName() {
        String body = WebClient.create("http://127.0.0.1:" + port)
                .get()
                .uri(b -> b.path("/api/v1/recruiters")
                        .queryParam("q", "prince holding grp")
                        .build())
                .retrieve()
                .bodyToMono(String.class)
                .block();

        JsonNode matches = JSON.readTree(body).get("matches");
        assertThat(matches)
                .anySatisfy(m -> assertThat(m.get("status").asString()).isEqualTo("KNOWN_SCAM"));
    }

    @Test
    void screeningStreamsOneAnswerPerLineAndReportsBadLines() {
        String lines = JSON.writeValueAsString(Map.of("id", "a", "text", SCAM)) + "\n"
                + "not json\n"
                + JSON.writeValueAsString(Map.of("id", "c", "text", "Accountant, 5 years experience, Jakarta")) + "\n";

        Response response = post("/api/v1/screen", "application/x-ndjson", lines);

        List<JsonNode> out = response.body().lines().map(JSON::readTree).toList();
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("verdict").asString()).isEqualTo("HIGH_RISK");
        assertThat(out.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(out.get(1).get("error").asString()).isNotBlank();
        assertThat(out.get(2).get("id").asString()).isEqualTo("c");
    }

    @Test
    void badInputGetsAClearClientError() {
        assertThat(post("/api/v1/check", "application/json", "{\"text\":\"\"}").status())
                .isEqualTo(400);
        assertThat(post("/api/v1/check", "application/json", "{\"text\":\"hi\",\"lang\":\"fr\"}")
                        .body())
                .contains("lang");
        assertThat(post("/api/v1/check", "application/json", "\u0000\u0001garbage")
                        .status())
                .isEqualTo(400);
        assertThat(post("/api/v1/check", "application/json", "{\"text\":\"" + "a".repeat(1_100_000) + "\"}")
                        .status())
                .isEqualTo(413);
    }

    @Test
    void emojiOnlyTextHasNoKnownRiskAndSaysWhatWasNotUnderstood() {
        JsonNode result = check(Map.of("text", "🙂🙂🙂"));

        assertThat(result.get("verdict").asString()).isEqualTo("NO_KNOWN_RISK");
        assertThat(result.get("notes")).isNotEmpty();
    }

    private record Response(int status, String body) {}
}
