package org.jaga.server.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.jaga.channels.delivery.ChatBlocks;
import org.jaga.channels.delivery.DeliveryReceipts;
import org.jaga.channels.telegram.Telegram;
import org.jaga.core.message.Button;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.pipeline.DeliveryFailed;
import org.jaga.core.redis.JagaRedis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What Jaga sends to Telegram, checked request by request at a fake Bot API. */
class TelegramSenderIT extends LiveServer {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SEND = "/bot" + TELEGRAM_TOKEN + "/sendmessage";

    @Autowired
    Telegram telegram;

    @Autowired
    DeliveryReceipts receipts;

    @Autowired
    ChatBlocks blocks;

    @Autowired
    JagaRedis redis;

    @BeforeEach
    void reset() {
        PLATFORM.reset();
        PLATFORM.respondWith(LiveServer::answer);
    }

    private static String textUpdate(ChatRef chat, int updateId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
                + ",\"date\":1700000000,\"chat\":{\"id\":" + chat.platformUserId()
                + ",\"type\":\"private\"},\"from\":{\"id\":" + chat.platformUserId()
                + ",\"is_bot\":false,\"first_name\":\"A\"},\"text\":\"" + text + "\"}}";
    }

    private static String memberUpdate(ChatRef chat, int updateId, String from, String to) {
        return "{\"update_id\":" + updateId + ",\"my_chat_member\":{\"chat\":{\"id\":" + chat.platformUserId()
                + ",\"type\":\"private\"},\"from\":{\"id\":" + chat.platformUserId()
                + ",\"is_bot\":false,\"first_name\":\"A\"},\"date\":" + (1700000000 + updateId)
                + ",\"old_chat_member\":{\"status\":\"" + from + "\",\"user\":{\"id\":1,\"is_bot\":true,"
                + "\"first_name\":\"Jaga\"}},\"new_chat_member\":{\"status\":\"" + to + "\",\"user\":{\"id\":1,"
                + "\"is_bot\":true,\"first_name\":\"Jaga\"}" + ("kicked".equals(to) ? ",\"until_date\":0" : "")
                + "}}}";
    }

    private static ChatRef newChat() {
        return new ChatRef(
                Channel.TELEGRAM, Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L)));
    }

    private static OutboundMessage outbound(ChatRef chat, String text, List<Button> buttons) {
        return new OutboundMessage("out-" + UUID.randomUUID(), chat, text, buttons, Instant.now());
    }

    private List<FakePlatform.Request> sends(ChatRef chat) {
        return PLATFORM.requests(request -> request.path().equals(SEND)
                && request.body().contains("\"chat_id\":\"" + chat.platformUserId() + "\""));
    }

    @Test
    void repliesToAWebhookMessageWithExactlyOneRequest() throws Exception {
        ChatRef chat = newChat();
        String update = "{\"update_id\":1,\"message\":{\"message_id\":5,\"date\":1700000000,\"chat\":{\"id\":"
                + chat.platformUserId() + ",\"type\":\"private\"},\"from\":{\"id\":" + chat.platformUserId()
                + ",\"is_bot\":false,\"first_name\":\"A\"},\"text\":\"hello\"}}";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/webhooks/telegram"))
                                .header("Content-Type", "application/json")
                                .header("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET)
                                .POST(HttpRequest.BodyPublishers.ofString(update))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> sends(chat).size() == 1);
        Awaitility.await()
                .during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(3))
                .until(() -> sends(chat).size() == 1);

        FakePlatform.Request sent = sends(chat).get(0);
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        JsonNode body = JSON.readTree(sent.body());
        assertThat(body.get("text").asString()).contains("1. Check a job offer");
        assertThat(body.has("parse_mode")).isFalse();
        JsonNode keyboard = body.get("reply_markup").get("inline_keyboard");
        assertThat(keyboard).hasSize(7);
        assertThat(keyboard.get(0).get(0).get("callback_data").asString()).startsWith("intent:");
    }

    @Test
    void sendsAMessageOnceWhenItIsSentAgainAfterACrashBeforeTheAck() {
        ChatRef chat = newChat();
        OutboundMessage message = outbound(chat, "hello", List.of(new Button("Check", "intent:CHECK_OFFER")));

        telegram.sender().send(message).block();
        telegram.sender().send(message).block();

        assertThat(sends(chat)).hasSize(1);
        assertThat(receipts.find(message.id()).block().platformMessageIds()).hasSize(1);
    }

    @Test
    void splitsLongTextAtParagraphsAndPutsTheButtonsOnTheLastPart() {
        ChatRef chat = newChat();
        String paragraph = "word ".repeat(400).strip();
        String text = paragraph + "\n\n" + paragraph + "\n\n" + paragraph;

        telegram.sender()
                .send(outbound(chat, text, List.of(new Button("Menu", "intent:MENU"))))
                .block();

        List<JsonNode> parts =
                sends(chat).stream().map(r -> JSON.readTree(r.body())).toList();
        assertThat(parts).hasSize(2);
        assertThat(parts)
                .allSatisfy(
                        part -> assertThat(part.get("text").asString().length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0).get("text").asString()).isEqualTo(paragraph + "\n\n" + paragraph);
        assertThat(parts.get(0).has("reply_markup")).isFalse();
        assertThat(parts.get(1).get("text").asString()).isEqualTo(paragraph);
        assertThat(parts.get(1)
                        .get("reply_markup")
                        .get("inline_keyboard")
                        .get(0)
                        .get(0)
                        .get("callback_data")
                        .asString())
                .isEqualTo("intent:MENU");
    }

    @Test
    void resumesAfterTheLastSentPartWhenALaterPartFails() {
        ChatRef chat = newChat();
        String paragraph = "word ".repeat(700).strip();
        OutboundMessage message = outbound(chat, paragraph + "\n\n" + paragraph, List.of());
        String error = "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}";
        PLATFORM.thenAnswer(
                LiveServer.answer(new FakePlatform.Request("POST", SEND, null, java.util.Map.of(), "", Instant.now())),
                new FakePlatform.Response(502, error),
                new FakePlatform.Response(502, error),
                new FakePlatform.Response(502, error));

        assertThatThrownBy(() -> telegram.sender().send(message).block())
                .isInstanceOf(DeliveryFailed.class)
                .matches(e -> ((DeliveryFailed) e).retriable());
        telegram.sender().send(message).block();

        List<String> texts = sends(chat).stream()
                .map(r -> JSON.readTree(r.body()).get("text").asString())
                .toList();
        assertThat(texts).hasSize(5);
        assertThat(texts.stream().filter(paragraph::equals)).hasSize(5);
        assertThat(receipts.find(message.id()).block().platformMessageIds()).hasSize(2);
    }

    @Test
    void honoursRetryAfterOn429() {
        ChatRef chat = newChat();
        OutboundMessage message = outbound(chat, "hello", List.of());
        PLATFORM.thenAnswer(
                new FakePlatform.Response(
                        429,
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}"));

        assertThatThrownBy(() -> telegram.sender().send(message).block())
                .isInstanceOf(DeliveryFailed.class)
                .matches(e -> ((DeliveryFailed) e).retryAfter().orElseThrow().equals(Duration.ofSeconds(1)));
        Instant refused = Instant.now();
        telegram.sender().send(message).block();

        List<FakePlatform.Request> sent = sends(chat);
        assertThat(sent).hasSize(2);
        assertThat(Duration.between(sent.get(0).at(), sent.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(Duration.between(refused, sent.get(1).at())).isPositive();
    }

    @Test
    void failsForGoodAndRecordsTheBlockWhenThePersonBlockedTheBot() {
        ChatRef chat = newChat();
        PLATFORM.thenAnswer(new FakePlatform.Response(
                403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}"));

        assertThatThrownBy(() -> telegram.sender()
                        .send(outbound(chat, "hello", List.of()))
                        .block())
                .isInstanceOf(DeliveryFailed.class)
                .matches(e -> !((DeliveryFailed) e).retriable())
                .hasMessageContaining("blocked");
        assertThat(blocks.isBlocked(chat).block()).isTrue();

        assertThatThrownBy(() -> telegram.sender()
                        .send(outbound(chat, "again", List.of()))
                        .block())
                .isInstanceOf(DeliveryFailed.class)
                .hasMessage("not sent: the person blocked the bot on telegram (Telegram 403: Forbidden: bot was"
                        + " blocked by the user); sending resumes when they write again");
        assertThat(sends(chat)).hasSize(1);
    }

    @Test
    void sendsNothingToAChatThatBlockedTheBotAndSaysWhyInTheDeadLetter() {
        ChatRef chat = newChat();
        telegramWebhook(memberUpdate(chat, 11, "member", "kicked"));
        assertThat(blocks.isBlocked(chat).block()).isTrue();

        redis.outbox().enqueue(outbound(chat, "A responder writes", List.of())).block();

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !LiveServer.deadLetters(redis, chat)
                .isEmpty());
        assertThat(LiveServer.deadLetters(redis, chat))
                .singleElement()
                .asString()
                .isEqualTo("not sent: the person blocked the bot on telegram (Telegram my_chat_member: kicked);"
                        + " sending resumes when they write again");
        assertThat(sends(chat)).isEmpty();
    }

    @Test
    void liftsTheBlockWhenThePersonWritesAgain() {
        ChatRef chat = newChat();
        blocks.blocked(chat, "Telegram 403: Forbidden: bot was blocked by the user")
                .block();

        telegramWebhook(textUpdate(chat, 12, "hi"));

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> sends(chat).size() == 1);
        assertThat(blocks.isBlocked(chat).block()).isFalse();
    }

    @Test
    void liftsTheBlockWhenThePersonUnblocksTheBot() {
        ChatRef chat = newChat();
        telegramWebhook(memberUpdate(chat, 13, "member", "kicked"));

        telegramWebhook(memberUpdate(chat, 14, "kicked", "member"));

        assertThat(blocks.isBlocked(chat).block()).isFalse();
    }

    @Test
    void answersOnceAfterWaitingWhenTheFirstReplyGets429ThroughThePipeline() {
        ChatRef chat = newChat();
        AtomicBoolean refused = new AtomicBoolean();
        PLATFORM.respondWith(request -> request.path().equals(SEND)
                        && request.body().contains("\"chat_id\":\"" + chat.platformUserId() + "\"")
                        && refused.compareAndSet(false, true)
                ? new FakePlatform.Response(
                        429,
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                                + "\"parameters\":{\"retry_after\":1}}")
                : LiveServer.answer(request));

        telegramWebhook(textUpdate(chat, 15, "hi"));

        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> sends(chat).size() == 2);
        Awaitility.await()
                .during(Duration.ofMillis(2500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> sends(chat).size() == 2);
        List<FakePlatform.Request> sent = sends(chat);
        assertThat(sent.get(1).body()).isEqualTo(sent.get(0).body());
        assertThat(Duration.between(sent.get(0).at(), sent.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(LiveServer.deadLetters(redis, chat)).isEmpty();
    }

    @Test
    void doesNotSendAgainWhenTheOutboxEntryComesBackAfterACrashBetweenSendAndAck() {
        ChatRef chat = newChat();
        OutboundMessage message = outbound(chat, "sent just before the crash", List.of());
        telegram.sender().send(message).block();

        redis.outbox().enqueue(message).block();

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> redis.outbox().wasSent(message.id()).block());
        assertThat(sends(chat)).hasSize(1);
        assertThat(LiveServer.deadLetters(redis, chat)).isEmpty();
    }
}
