package org.jaga.knowledge.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the langchain4j phraser against a fake OpenAI-compatible server on loopback. */
class LangChainAnswerPhraserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CANNED =
            "ไม่ได้ครับ วีซ่าท่องเที่ยวใช้ทำงานไม่ได้ ต้องมีวีซ่า Non-Immigrant B และใบอนุญาตทำงาน";
    private static final AdvisoryMatch TOURIST_VISA = new AdvisoryMatch(
            "tourist-visa-work",
            Language.THAI,
            "ใช้วีซ่าท่องเที่ยวทำงานในไทยได้ไหม",
            "ไม่ได้ วีซ่าท่องเที่ยวไม่อนุญาตให้ทำงาน การทำงานในไทยต้องมีวีซ่า Non-Immigrant (ปกติประเภท B) และใบอนุญาตทำงาน",
            List.of("https://www.doe.go.th"),
            1.0);

    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private volatile int status = 200;
    private volatile boolean stall;

    @BeforeEach
    void startFakeServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::complete);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopFakeServer() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void rephrasesOnlyTheRetrievedAdvisoriesAndSaysAnAssistantDidIt() {
        Optional<String> reply =
                phraser(Duration.ofSeconds(5)).phrase("tourist visa ทำงานได้ไหม", Language.THAI, List.of(TOURIST_VISA));

        assertThat(reply).hasValueSatisfying(text -> {
            assertThat(text).startsWith(CANNED);
            assertThat(text).contains("ผู้ช่วยอัตโนมัติ");
        });
        assertThat(requests).hasSize(1);
        JsonNode request = requests.get(0);
        assertThat(request.path("model").asString()).isEqualTo("fake-model");
        String system = request.path("messages").get(0).path("content").asString();
        String user = request.path("messages").get(1).path("content").asString();
        assertThat(system).contains("ONLY", "Do not add any fact", "Thai");
        assertThat(user).contains(TOURIST_VISA.answer(), "https://www.doe.go.th", "tourist visa ทำงานได้ไหม");
    }

    @Test
    void givesNothingWhenTheServerFails() {
        status = 500;

        assertThat(phraser(Duration.ofSeconds(5)).phrase("visa?", Language.THAI, List.of(TOURIST_VISA)))
                .isEmpty();
        assertThat(requests).hasSize(1);
    }

    @Test
    void givesNothingWhenTheServerIsTooSlow() {
        stall = true;

        assertThat(phraser(Duration.ofMillis(300)).phrase("visa?", Language.THAI, List.of(TOURIST_VISA)))
                .isEmpty();
    }

    @Test
    void givesNothingWhenTheServerIsUnreachable() {
        int port = server.getAddress().getPort();
        server.stop(0);
        AdvisorySettings settings = new AdvisorySettings(
                LlmProvider.OPENAI, "http://127.0.0.1:" + port + "/v1", "fake-model", "", Duration.ofSeconds(2));

        assertThat(new LangChainAnswerPhraser(settings).phrase("visa?", Language.THAI, List.of(TOURIST_VISA)))
                .isEmpty();
    }

    @Test
    void asksNothingWithoutAdvisories() {
        assertThat(phraser(Duration.ofSeconds(5)).phrase("visa?", Language.THAI, List.of()))
                .isEmpty();
        assertThat(requests).isEmpty();
    }

    private AnswerPhraser phraser(Duration timeout) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        return AnswerPhraser.from(new AdvisorySettings(LlmProvider.OPENAI, url, "fake-model", "test-key", timeout));
    }

    private void complete(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(JSON.readTree(exchange.getRequestBody()));
            if (stall) {
                release.await(10, TimeUnit.SECONDS);
            }
            byte[] body = (status == 200 ? completion() : "{\"error\":{\"message\":\"boom\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String completion() {
        return JSON.createObjectNode()
                .put("id", "chatcmpl-1")
                .put("object", "chat.completion")
                .put("created", 1)
                .put("model", "fake-model")
                .set(
                        "choices",
                        JSON.createArrayNode()
                                .add(JSON.createObjectNode()
                                        .put("index", 0)
                                        .put("finish_reason", "stop")
                                        .set(
                                                "message",
                                                JSON.createObjectNode()
                                                        .put("role", "assistant")
                                                        .put("content", CANNED))))
                .toString();
    }
}
