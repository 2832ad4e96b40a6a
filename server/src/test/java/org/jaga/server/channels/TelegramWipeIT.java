package org.jaga.server.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.jaga.core.conversation.TranscriptEntry;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person in distress on Telegram has the bot wipe the chat from their phone: everything through
 * the real webhook and pipeline, every Bot API call checked at the fake platform.
 */
class TelegramWipeIT extends LiveServer {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOT = "/bot" + TELEGRAM_TOKEN;
    private static final String PLEA = "please help me, I am locked in and they took my passport";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final AtomicInteger UPDATES = new AtomicInteger(5_000);

    private ChatRef chat;
    private long chatId;

    @BeforeEach
    void newChat() {
        PLATFORM.reset();
        chatId = 100_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 800_000_000L);
        chat = new ChatRef(Channel.TELEGRAM, Long.toString(chatId));
    }

    @AfterEach
    void answerAsUsual() {
        PLATFORM.respondWith(LiveServer::answer);
    }

    @Test
    void wipesBothSidesOfTheChatWhenThePersonTapsTheOffer() {
        write(5, PLEA);
        JsonNode ack = sent(1).get(0);
        List<String> offers = callbackData(ack);
        assertThat(offers).containsExactly("answer:YES", "answer:NO", "wipe:CHAT:en");
        assertThat(labels(ack)).last().isEqualTo("Clear this chat");
        int ackId = delivered(1).get(0);
        seedTooOldToDelete(3);

        tap(ackId, "wipe:CHAT:en");

        assertThat(deleted(1).get(0)).containsExactlyInAnyOrder(5, ackId);
        FakePlatform.Request answer =
                PLATFORM.awaitRequests(path("/answercallbackquery"), 1, WAIT).get(0);
        JsonNode notice = JSON.readTree(answer.body());
        assertThat(notice.get("callback_query_id").asString()).isEqualTo(callbackId(ackId));
        assertThat(notice.get("text").asString()).isEqualTo("Clearing this chat…");
        assertThat(notice.has("show_alert")).isFalse();
        assertNothingMoreIsSent(1);
        assertTelegramTookEveryRequest();
        assertThat(stores.trail().deletable(chat, Instant.now()).block()).isEmpty();
        assertThat(transcript()).contains(PLEA, replyText(ack), "wipe:CHAT:en");
    }

    @Test
    void keepsWhatCameAfterAWipeForTheNextOneAndWipesOnATypedCommand() {
        write(5, PLEA);
        int ackId = delivered(1).get(0);
        tap(ackId, "wipe:CHAT:en");
        deleted(1);

        write(7, "yes");
        JsonNode question = sent(2).get(1);
        assertThat(callbackData(question)).containsExactly("answer:SKIP", "wipe:CHAT:en");
        int questionId = delivered(2).get(1);
        assertThat(stores.trail().deletable(chat, Instant.now()).block())
                .containsExactlyInAnyOrder(chat.platformUserId() + ":7", chat.platformUserId() + ":" + questionId);

        write(8, "/wipe");

        assertThat(deleted(2).get(1)).containsExactlyInAnyOrder(7, questionId, 8);
        assertNothingMoreIsSent(2);
        assertTelegramTookEveryRequest();
    }

    @Test
    void triesAWipeAgainWhenTelegramFailsAtFirst() {
        AtomicBoolean failed = new AtomicBoolean();
        PLATFORM.respondWith(failFirstDelete(
                failed,
                new FakePlatform.Response(502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}")));
        write(5, PLEA);
        int ackId = delivered(1).get(0);

        tap(ackId, "wipe:CHAT:en");

        List<List<Integer>> attempts = deleted(2);
        assertThat(attempts.get(0)).containsExactlyInAnyOrder(5, ackId);
        assertThat(attempts.get(1)).containsExactlyInAnyOrder(5, ackId);
        Awaitility.await()
                .atMost(WAIT)
                .until(() ->
                        stores.trail().deletable(chat, Instant.now()).block().isEmpty());
    }

    @Test
    void takesMessagesTelegramCannotFindAsDeleted() {
        AtomicBoolean failed = new AtomicBoolean();
        PLATFORM.respondWith(failFirstDelete(failed, TelegramChecks.badRequest("message to delete not found")));
        write(5, PLEA);
        int ackId = delivered(1).get(0);

        tap(ackId, "wipe:CHAT:en");

        deleted(1);
        Awaitility.await()
                .atMost(WAIT)
                .until(() ->
                        stores.trail().deletable(chat, Instant.now()).block().isEmpty());
        Awaitility.await()
                .during(Duration.ofMillis(2500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> PLATFORM.requests(deletesOf(chat)).size() == 1);
    }

    /** Answers the first deletion with {@code refusal}, and everything else as Telegram would. */
    private static Function<FakePlatform.Request, FakePlatform.Response> failFirstDelete(
            AtomicBoolean failed, FakePlatform.Response refusal) {
        return request -> path("/deletemessages").test(request) && failed.compareAndSet(false, true)
                ? refusal
                : LiveServer.answer(request);
    }

    private void write(int messageId, String text) {
        post("{\"update_id\":" + nextUpdate() + ",\"message\":{\"message_id\":" + messageId + ",\"date\":"
                + Instant.now().getEpochSecond() + ",\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},"
                + "\"from\":" + person() + ",\"text\":\"" + text + "\"}}");
    }

    private void tap(int messageId, String data) {
        post("{\"update_id\":" + nextUpdate() + ",\"callback_query\":{\"id\":\"" + callbackId(messageId)
                + "\",\"from\":" + person() + ",\"chat_instance\":\"-7\",\"data\":\"" + data + "\","
                + "\"message\":{\"message_id\":" + messageId + ",\"date\":"
                + Instant.now().getEpochSecond()
                + ",\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"text\":\"...\"}}}");
    }

    private String callbackId(int messageId) {
        return chatId + "-" + messageId;
    }

    private String person() {
        return "{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"A\",\"language_code\":\"en\"}";
    }

    private static int nextUpdate() {
        return UPDATES.incrementAndGet();
    }

    private void post(String update) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base() + "/webhooks/telegram"))
                                    .header("Content-Type", "application/json")
                                    .header("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET)
                                    .POST(HttpRequest.BodyPublishers.ofString(update))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message of the chat older than Telegram lets a bot delete, put straight into its trail. */
    private void seedTooOldToDelete(int messageId) {
        redis.connection()
                .sync()
                .zadd(
                        redis.keys().key("trail:" + chat.key()),
                        Instant.now().minus(Duration.ofHours(49)).getEpochSecond(),
                        chat.platformUserId() + ":" + messageId);
    }

    /** Bot API method names are case-insensitive; telegrambots sends "/sendmessage" but "/deleteMessages". */
    private static Predicate<FakePlatform.Request> path(String method) {
        return request -> request.path().equalsIgnoreCase(BOT + method);
    }

    private Predicate<FakePlatform.Request> sendsTo(ChatRef to) {
        return path("/sendmessage")
                .and(request -> request.body().contains("\"chat_id\":\"" + to.platformUserId() + "\""));
    }

    private Predicate<FakePlatform.Request> deletesOf(ChatRef of) {
        return path("/deletemessages")
                .and(request -> request.body().contains("\"chat_id\":\"" + of.platformUserId() + "\""));
    }

    /** @return the first {@code count} messages sent to the chat, once they were */
    private List<JsonNode> sent(int count) {
        return PLATFORM.awaitRequests(sendsTo(chat), count, WAIT).stream()
                .map(request -> JSON.readTree(request.body()))
                .toList();
    }

    /**
     * @return the message ids the fake Bot API gave the first {@code count} messages sent to the chat,
     *     once Jaga recorded them (as it does before the person's phone can show them)
     */
    private List<Integer> delivered(int count) {
        List<Integer> ids = new ArrayList<>();
        for (FakePlatform.Request request : PLATFORM.awaitRequests(sendsTo(chat), count, WAIT)) {
            JsonNode answer = JSON.readTree(PLATFORM.answerTo(request).body());
            ids.add(answer.get("result").get("message_id").asInt());
        }
        String last = chat.platformUserId() + ":" + ids.get(count - 1);
        Awaitility.await()
                .atMost(WAIT)
                .until(() ->
                        stores.trail().deletable(chat, Instant.now()).block().contains(last));
        return ids.subList(0, count);
    }

    /** @return the message ids of the first {@code count} deletions in the chat, once they came */
    private List<List<Integer>> deleted(int count) {
        return PLATFORM.awaitRequests(deletesOf(chat), count, WAIT).stream()
                .map(request -> {
                    List<Integer> ids = new ArrayList<>();
                    JSON.readTree(request.body()).get("message_ids").forEach(id -> ids.add(id.asInt()));
                    return ids;
                })
                .toList();
    }

    /** The fake platform checks each request as the Bot API does and answers 400 to what it would refuse. */
    private void assertTelegramTookEveryRequest() {
        assertThat(PLATFORM.requests(request -> request.body().contains(Long.toString(chatId))))
                .isNotEmpty()
                .allSatisfy(request -> assertThat(PLATFORM.answerTo(request).status())
                        .as(request.path() + " " + request.body())
                        .isEqualTo(200));
    }

    private void assertNothingMoreIsSent(int count) {
        Awaitility.await()
                .during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(4))
                .until(() -> PLATFORM.requests(sendsTo(chat)).size() == count);
    }

    private static List<String> callbackData(JsonNode message) {
        List<String> data = new ArrayList<>();
        message.get("reply_markup")
                .get("inline_keyboard")
                .forEach(row -> data.add(row.get(0).get("callback_data").asString()));
        return data;
    }

    private static List<String> labels(JsonNode message) {
        List<String> labels = new ArrayList<>();
        message.get("reply_markup")
                .get("inline_keyboard")
                .forEach(row -> labels.add(row.get(0).get("text").asString()));
        return labels;
    }

    private static String replyText(JsonNode message) {
        return message.get("text").asString();
    }

    private List<String> transcript() {
        return redis.conversations()
                .transcript(chat)
                .map(TranscriptEntry::text)
                .collectList()
                .block();
    }
}
