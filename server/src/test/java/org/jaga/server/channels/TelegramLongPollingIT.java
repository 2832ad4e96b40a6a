package org.jaga.server.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.jaga.channels.telegram.Telegram;
import org.jaga.core.redis.TestRedis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local trial: only a bot token is set, so Jaga polls a fake Bot API for updates and answers
 * through it. Checks the offsets that confirm each batch, and that an update served again (to the
 * same poller, or to a restarted one) is answered once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramLongPollingIT {
    private static final String TOKEN = "777001:POLL-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BlockingQueue<String> BATCHES = new LinkedBlockingQueue<>();
    private static final FakePlatform BOT_API = new FakePlatform(TelegramLongPollingIT::answer);

    @Autowired
    Telegram telegram;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("jaga.redis.url", TestRedis::url);
        registry.add("jaga.redis.prefix", () -> TestRedis.freshKeys().prefix());
        registry.add("jaga.redelivery.seconds", () -> "1");
        registry.add("jaga.telegram.bot.token", () -> TOKEN);
        registry.add("jaga.telegram.api.url", BOT_API::url);
    }

    /** getUpdates waits a little for a batch, as Telegram's long poll does, and answers the batch or nothing. */
    private static FakePlatform.Response answer(FakePlatform.Request request) {
        if (request.path().endsWith("/getupdates")) {
            String batch;
            try {
                batch = BATCHES.poll(300, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch = null;
            }
            return new FakePlatform.Response(200, "{\"ok\":true,\"result\":[" + (batch == null ? "" : batch) + "]}");
        }
        return LiveServer.answer(request);
    }

    private static String update(int updateId, long chatId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
                + ",\"date\":1700000000,\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"from\":{\"id\":"
                + chatId + ",\"is_bot\":false,\"first_name\":\"A\",\"language_code\":\"en\"},\"text\":\"" + text
                + "\"}}";
    }

    private static void serve(String... updates) {
        BATCHES.add(String.join(",", updates));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(BATCHES::isEmpty);
    }

    private static List<FakePlatform.Request> polls() {
        return BOT_API.requests(request -> request.path().equals("/bot" + TOKEN + "/getupdates"));
    }

    private static List<FakePlatform.Request> repliesTo(long chatId) {
        return BOT_API.requests(request -> request.path().equals("/bot" + TOKEN + "/sendmessage")
                && request.body().contains("\"chat_id\":\"" + chatId + "\""));
    }

    private static int offsetOf(FakePlatform.Request poll) {
        return JSON.readTree(poll.body()).path("offset").asInt();
    }

    @Test
    void receivesUpdatesAnswersThemConfirmsThemAndAnswersARedeliveredUpdateOnce() throws Exception {
        long first = 9_100_001L;
        long second = 9_100_002L;
        List<FakePlatform.Request> before = BOT_API.requests();
        assertThat(before).isNotEmpty();
        assertThat(before.get(0).path()).isEqualTo("/bot" + TOKEN + "/deleteWebhook");
        JsonNode poll = JSON.readTree(polls().get(0).body());
        assertThat(poll.path("timeout").asInt()).isEqualTo(50);
        assertThat(poll.path("allowed_updates").valueStream().map(JsonNode::asString))
                .containsExactly("message", "edited_message", "callback_query", "my_chat_member", "message_reaction");

        serve(update(41, first, "hi"));
        int served = polls().size();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> repliesTo(first).size() == 1);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> polls().size() > served);
        assertThat(offsetOf(polls().get(served))).isEqualTo(42);

        serve(update(41, first, "hi"), update(42, second, "hello"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> repliesTo(second).size() == 1);
        int afterSecond = polls().size();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> polls().size() > afterSecond);
        assertThat(offsetOf(polls().get(polls().size() - 1))).isEqualTo(43);

        telegram.close();
        telegram.start();
        serve(update(41, first, "hi"), update(42, second, "hello"));
        Awaitility.await()
                .during(Duration.ofMillis(2500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> repliesTo(first).size() == 1 && repliesTo(second).size() == 1);
    }
}
