package org.jaga.server.channels;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A running server with all three platform channels configured against one fake platform, and no
 * workers: what the webhooks store stays in the inbox for the test to read. Subclasses share it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IngestServer.NoWorkers.class)
abstract class IngestServer {
    static final String TELEGRAM_TOKEN = "123456:TEST-token";
    static final String TELEGRAM_SECRET = "webhook_Secret-1";
    static final String WHATSAPP_SECRET = "whatsapp-app-secret";
    static final String WHATSAPP_VERIFY = "wa-verify-token";
    static final String MESSENGER_SECRET = "60efff025951cddde78c8d03de52cc90";
    static final String MESSENGER_VERIFY = "fb-verify-token";
    static final FakePlatform PLATFORM =
            new FakePlatform(request -> new FakePlatform.Response(200, "{\"ok\":true,\"result\":true}"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JagaRedis redis;

    InboxReader inbox;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("jaga.redis.url", TestRedis::url);
        registry.add("jaga.redis.prefix", () -> TestRedis.freshKeys().prefix());
        registry.add("jaga.telegram.bot.token", () -> TELEGRAM_TOKEN);
        registry.add("jaga.telegram.api.url", PLATFORM::url);
        registry.add("jaga.telegram.webhook.secret", () -> TELEGRAM_SECRET);
        registry.add("jaga.whatsapp.access.token", () -> "wa-access-token");
        registry.add("jaga.whatsapp.phone.number.id", () -> "109999999999999");
        registry.add("jaga.whatsapp.app.secret", () -> WHATSAPP_SECRET);
        registry.add("jaga.whatsapp.verify.token", () -> WHATSAPP_VERIFY);
        registry.add("jaga.whatsapp.api.url", PLATFORM::url);
        registry.add("jaga.messenger.page.access.token", () -> "fb-page-token");
        registry.add("jaga.messenger.app.secret", () -> MESSENGER_SECRET);
        registry.add("jaga.messenger.verify.token", () -> MESSENGER_VERIFY);
        registry.add("jaga.messenger.api.url", PLATFORM::url);
    }

    @BeforeEach
    void openInbox() {
        inbox = new InboxReader(redis);
        inbox.take((int) inbox.waiting());
        inbox.forgetSeenIds();
        PLATFORM.reset();
    }

    @AfterEach
    void closeInbox() {
        inbox.close();
    }

    HttpResponse<String> post(String path, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .GET()
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the X-Hub-Signature-256 value Meta would send for the body */
    static String metaSignature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pipeline, built but never started: no worker takes what the webhooks store. */
    @TestConfiguration(proxyBeanMethods = false)
    static class NoWorkers {
        @Bean
        static BeanFactoryPostProcessor pipelineNotStarted() {
            return factory -> factory.getBeanDefinition("pipeline").setInitMethodName(null);
        }
    }
}
