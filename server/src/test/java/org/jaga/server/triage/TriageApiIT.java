package org.jaga.server.triage;

import static org.assertj.core.api.Assertions.assertThat;

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

/** {@code POST /api/v1/triage} as an outside tool uses it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TriageApiIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COVERT = "is the blue umbrella still for sale";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("jaga.redis.url", TestRedis::url);
        registry.add("jaga.redis.prefix", () -> TestRedis.freshKeys().prefix());
        registry.add("jaga.covert.phrases", () -> "URGENT:" + COVERT);
    }

    private Reply post(Object body) {
        return WebClient.create("http://127.0.0.1:" + port)
                .post()
                .uri("/api/v1/triage")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchangeToMono(r -> r.bodyToMono(String.class)
                        .map(b -> new Reply(r.statusCode().value(), b)))
                .block();
    }

    @Test
    void aPleaFromSomeoneHeldIsUrgentWithItsEvidence() {
        String text = "please help us, they took our passports and beat us when we do not reach the quota";
        Reply reply = post(Map.of("text", text));

        JsonNode triage = JSON.readTree(reply.body());
        assertThat(triage.get("distress").asBoolean()).isTrue();
        assertThat(triage.get("level").asString()).isEqualTo("URGENT");
        assertThat(triage.get("signals")).isNotEmpty().allSatisfy(s -> assertThat(text)
                .contains(s.get("evidence").asString()));
        assertThat(triage.get("language").asString()).isEqualTo("en");
    }

    @Test
    void whatNoCueNamesComesWithTheSentenceTheModelWeighedMost() {
        String text = "nobody in my building has gone home since spring, they make us sit at the computers"
                + " until we drop. i dont know who else to tell";
        JsonNode triage = JSON.readTree(post(Map.of("text", text, "lang", "en")).body());

        assertThat(triage.get("distress").asBoolean()).isTrue();
        assertThat(triage.get("level").asString()).isEqualTo("HIGH");
        assertThat(triage.get("signals")).anySatisfy(s -> {
            assertThat(s.get("code").asString()).isEqualTo("LIKELY_DISTRESS");
            assertThat(text).startsWith(s.get("evidence").asString());
        });
    }

    @Test
    void aFigureOfSpeechIsNotDistress() {
        JsonNode triage = JSON.readTree(
                post(Map.of("text", "this commute is killing me lol")).body());

        assertThat(triage.get("distress").asBoolean()).isFalse();
        assertThat(triage.get("level").asString()).isEqualTo("NONE");
    }

    @Test
    void aCovertPhraseIsRecognisedAndNeverEchoed() {
        Reply reply = post(Map.of("text", "Hello, " + COVERT + "?"));

        JsonNode triage = JSON.readTree(reply.body());
        assertThat(triage.get("covert").asBoolean()).isTrue();
        assertThat(triage.get("level").asString()).isEqualTo("URGENT");
        assertThat(reply.body()).doesNotContain("umbrella");
    }

    @Test
    void badInputIsAClientError() {
        assertThat(post(Map.of("text", "")).status()).isEqualTo(400);
        assertThat(post(Map.of("text", "help", "lang", "xx")).status()).isEqualTo(400);
    }

    private record Reply(int status, String body) {}
}
