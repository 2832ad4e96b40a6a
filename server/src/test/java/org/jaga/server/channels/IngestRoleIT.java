package org.jaga.server.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.StreamMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.redis.TestRedis;
import org.jaga.server.JagaApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one Redis, as deployed for a burst of webhooks: one with {@code JAGA_ROLE=ingest}
 * that only stores and acknowledges what arrives, and one that answers it.
 */
class IngestRoleIT {
    private static final String TOKEN = "777:INGEST-token";
    private static final String SECRET = "ingest_secret";
    private static final long CHAT = 4_242_001L;

    private final FakePlatform platform = new FakePlatform(LiveServer::answer);
    private final String prefix = TestRedis.freshKeys().prefix();
    private ConfigurableApplicationContext ingest;
    private ConfigurableApplicationContext answering;

    @AfterEach
    void stop() {
        if (answering != null) {
            answering.close();
        }
        if (ingest != null) {
            ingest.close();
        }
        platform.close();
    }

    @Test
    void anIngestInstanceStoresAndAcknowledgesAndAnotherInstanceAnswersOnce() throws Exception {
        ingest = start("ingest");
        JagaRedis redis = ingest.getBean(JagaRedis.class);

        HttpResponse<String> ack = postUpdate(port(ingest), "hello");

        assertThat(ack.statusCode()).isEqualTo(200);
        List<StreamMessage<String, String>> stored =
                redis.connection().sync().xrange(redis.keys().key("inbox"), io.lettuce.core.Range.create("-", "+"));
        assertThat(stored).hasSize(1);
        // Nothing in the ingest instance reads the inbox: no consumer group has been made on it.
        assertThat(redis.connection().sync().xinfoGroups(redis.keys().key("inbox")))
                .isEmpty();
        assertThat(platform.requests()).isEmpty();

        answering = start("all");

        List<FakePlatform.Request> replies = platform.awaitRequests(
                r -> r.path().endsWith("/sendmessage") && r.body().contains(String.valueOf(CHAT)),
                1,
                Duration.ofSeconds(20));
        assertThat(replies).hasSize(1);
        // Once the turn and the send are both acknowledged, nothing can be retried: count then.
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> nothingPending(redis, "inbox", "workers")
                        && nothingPending(redis, "outbox:telegram", "senders"));
        assertThat(platform.requests(r -> r.path().endsWith("/sendmessage"))).hasSize(1);
    }

    private static boolean nothingPending(JagaRedis redis, String stream, String group) {
        try {
            return redis.connection()
                            .sync()
                            .xpending(redis.keys().key(stream), group)
                            .getCount()
                    == 0;
        } catch (RedisCommandExecutionException noGroupYet) {
            return false;
        }
    }

    private ConfigurableApplicationContext start(String role) {
        return SpringApplication.run(
                JagaApplication.class,
                "--server.port=0",
                "--jaga.role=" + role,
                "--jaga.instance.id=" + role,
                "--jaga.redis.url=" + TestRedis.url(),
                "--jaga.redis.prefix=" + prefix,
                "--jaga.telegram.bot.token=" + TOKEN,
                "--jaga.telegram.webhook.secret=" + SECRET,
                "--jaga.telegram.api.url=" + platform.url());
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static HttpResponse<String> postUpdate(int port, String text) throws Exception {
        String update = "{\"update_id\":91001,\"message\":{\"message_id\":5,\"date\":1700000000,\"chat\":{\"id\":"
                + CHAT + ",\"type\":\"private\"},\"from\":{\"id\":" + CHAT
                + ",\"is_bot\":false,\"first_name\":\"A\"},\"text\":\"" + text + "\"}}";
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/telegram"))
                                .header("Content-Type", "application/json")
                                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                                .POST(HttpRequest.BodyPublishers.ofString(update))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
