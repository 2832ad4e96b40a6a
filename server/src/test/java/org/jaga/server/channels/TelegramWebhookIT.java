package org.jaga.server.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jaga.channels.delivery.ChatBlocks;
import org.jaga.channels.webhook.WebhookRejections;
import org.jaga.core.message.AttachmentKind;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.InboundKind;
import org.jaga.core.message.InboundMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every Telegram sample through the real webhook, and what reached the inbox. */
class TelegramWebhookIT extends IngestServer {
    private static final String PATH = "/webhooks/telegram";

    @Autowired
    WebhookRejections rejections;

    @Autowired
    ChatBlocks blocks;

    private static ChatRef chat(String id) {
        return new ChatRef(Channel.TELEGRAM, id);
    }

    /** Samples that are Bot API responses (they have "ok"), not updates: the fake platform answers with them. */
    private static boolean isApiResponse(String json) {
        return json.contains("\"ok\"");
    }

    private static final Map<String, Expect> EXPECTED = Map.ofEntries(
            Map.entry(
                    "official_update_callback_query_inline.json",
                    Expect.message(chat("1111111"), "callback:4382bfdwdsb323b2d9", "")
                            .payload("Data from button callback")),
            Map.entry(
                    "official_update_edited_message.json",
                    Expect.message(chat("1111111"), "1111111:1365:edit:1441646600", "Edited text")
                            .kind(InboundKind.EDITED)),
            Map.entry(
                    "official_update_forwarded_message_legacy.json",
                    Expect.message(chat("1111111"), "1111111:1365", "/start")
                            .forwarded("user", "Forward Firstname Forward Lastname")),
            Map.entry(
                    "official_update_message_reply.json",
                    Expect.message(chat("1111111"), "1111111:1365", "/start").replyTo("1111111:1334")),
            Map.entry(
                    "official_update_message_text_start.json",
                    Expect.message(chat("1111111"), "1111111:1365", "/start")),
            Map.entry(
                    "telegrambot_net_message_forward_origin_user.json",
                    Expect.message(chat("1234567"), "1234567:1234", "test").forwarded("user", "First Name")),
            Map.entry(
                    "telegrambot_net_message_photo_no_caption.json",
                    Expect.message(chat("1234567"), "1234567:1234", "").with(AttachmentKind.PHOTO)),
            Map.entry(
                    "telegrambots_java_update_callback_query_with_message.json",
                    Expect.message(chat("2"), "callback:4382bfdwdsb323b2d9", "")
                            .payload("*")
                            .replyTo("2:3572")),
            Map.entry(
                    "teloxide_message_forward_origin_chat_anonymous_admin.json",
                    Expect.message(chat("-1001160242915"), "-1001160242915:1", "text")
                            .forwarded("chat", "a")),
            Map.entry(
                    "teloxide_message_location_venue.json",
                    Expect.message(chat("0"), "0:0", "").at(0.0, 0.0)),
            Map.entry(
                    "teloxide_message_photo_with_caption.json",
                    Expect.message(chat("250918540"), "250918540:198283", "").with(AttachmentKind.VIDEO)),
            Map.entry(
                    "teloxide_message_sticker_animated.json",
                    Expect.message(chat("250918540"), "250918540:199787", "").with(AttachmentKind.STICKER)),
            Map.entry(
                    "teloxide_message_text_cyrillic_emoji.json",
                    Expect.message(chat("250918540"), "250918540:199785", "Лол кек 😂")),
            Map.entry(
                    "teloxide_update_my_chat_member_kicked_user_blocked_bot.json",
                    Expect.message(chat("0"), "0:member:1644677726:kicked", "").kind(InboundKind.BLOCKED)),
            Map.entry(
                    "teloxide_update_private_text_message.json",
                    Expect.message(chat("408258968"), "408258968:154", "4")));

    /** Updates that hold nothing a person did: answered 200, nothing stored. */
    private static final java.util.Set<String> NOTHING = java.util.Set.of("teloxide_update_unknown_kind.json");

    private HttpResponse<String> postUpdate(byte[] body) {
        return post(PATH, body, "X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET);
    }

    /** Samples that are a bare Message (from SDK test suites) are posted inside an Update, as Telegram sends them. */
    private static byte[] asUpdate(String json) {
        String update = json.contains("\"update_id\"") ? json : "{\"update_id\": 1, \"message\": " + json + "}";
        return update.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void mapsEverySampleUpdateIntoTheInbox() {
        int checked = 0;
        for (Path file : Samples.json("telegram")) {
            String name = file.getFileName().toString();
            String json = Samples.text("telegram", name);
            if (isApiResponse(json)) {
                continue;
            }
            assertThat(EXPECTED.containsKey(name) || NOTHING.contains(name))
                    .as("an expectation for " + name)
                    .isTrue();
            inbox.forgetSeenIds();

            HttpResponse<String> response = postUpdate(asUpdate(json));

            assertThat(response.statusCode()).as(name).isEqualTo(200);
            Expect expected = EXPECTED.get(name);
            if (expected == null) {
                assertThat(inbox.waiting()).as(name + " stores nothing").isZero();
            } else {
                expected.check(name, inbox.take(1).get(0));
                assertThat(inbox.waiting()).as(name + " stores one message").isZero();
            }
            checked++;
        }
        assertThat(checked).isEqualTo(EXPECTED.size() + NOTHING.size());
    }

    @Test
    void answersEveryButtonTap() {
        postUpdate(Samples.bytes("telegram", "official_update_callback_query_inline.json"));

        var answers = PLATFORM.awaitRequests(
                request -> request.path().endsWith("/answercallbackquery"), 1, Duration.ofSeconds(5));

        assertThat(answers.get(0).path()).isEqualTo("/bot" + TELEGRAM_TOKEN + "/answercallbackquery");
        assertThat(answers.get(0).body()).contains("\"callback_query_id\":\"4382bfdwdsb323b2d9\"");
    }

    @Test
    void recordsThatThePersonBlockedTheBot() {
        postUpdate(Samples.bytes("telegram", "teloxide_update_my_chat_member_kicked_user_blocked_bot.json"));

        assertThat(blocks.isBlocked(chat("0")).block()).isTrue();
    }

    @Test
    void rejectsAWrongOrMissingSecretTokenAndStoresNothing() {
        byte[] body = Samples.bytes("telegram", "official_update_message_text_start.json");
        double before = rejections.count(Channel.TELEGRAM);

        assertThat(post(PATH, body, "X-Telegram-Bot-Api-Secret-Token", "wrong").statusCode())
                .isEqualTo(401);
        assertThat(post(PATH, body).statusCode()).isEqualTo(401);

        assertThat(inbox.waiting()).isZero();
        assertThat(rejections.count(Channel.TELEGRAM)).isEqualTo(before + 2);
    }

    @Test
    void answersMalformedJsonWith400AndAJsonError() {
        HttpResponse<String> response =
                postUpdate("{\"update_id\": 1, \"message\": {".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\"").contains("\"message\"");
        assertThat(inbox.waiting()).isZero();
    }

    @Test
    void storesARedeliveredUpdateOnce() {
        byte[] body = Samples.bytes("telegram", "teloxide_update_private_text_message.json");

        assertThat(postUpdate(body).statusCode()).isEqualTo(200);
        assertThat(postUpdate(body).statusCode()).isEqualTo(200);

        List<InboundMessage> stored = inbox.take(1);
        assertThat(stored.get(0).text()).isEqualTo("4");
        assertThat(inbox.waiting()).isZero();
    }

    @Test
    void keepsThaiAndEmojiTextIntact() {
        String text = "งานที่ไทย เงินเดือนดี 💰";
        String update = "{\"update_id\":77,\"message\":{\"message_id\":9,\"date\":1700000000,"
                + "\"chat\":{\"id\":42,\"type\":\"private\"},\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"A\","
                + "\"language_code\":\"th\"},\"text\":\"" + text + "\"}}";

        postUpdate(update.getBytes(StandardCharsets.UTF_8));

        InboundMessage stored = inbox.take(1).get(0);
        assertThat(stored.text()).isEqualTo(text);
        assertThat(stored.languageHint()).contains("th");
    }
}
