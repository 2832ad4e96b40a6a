package org.jaga.server.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.jaga.channels.delivery.DeliveryReceipts;
import org.jaga.channels.delivery.DeliveryStatus;
import org.jaga.core.message.AttachmentKind;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.InboundKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every Messenger sample through the real, signed webhook, and what reached the inbox and the receipts. */
class MessengerWebhookIT extends IngestServer {
    private static final String PATH = "/webhooks/messenger";

    @Autowired
    DeliveryReceipts receipts;

    private static ChatRef chat(String id) {
        return new ChatRef(Channel.MESSENGER, id);
    }

    private static final Map<String, Expect> EXPECTED = Map.ofEntries(
            Map.entry(
                    "messenger4j_webhook_attachments_image_fallback_location.json",
                    Expect.message(chat("USER_ID"), "mid.1458696618141:b4ef9d19ec21086067", "")
                            .with(AttachmentKind.PHOTO)
                            .at(52.3765533, 9.7389123)),
            Map.entry(
                    "messenger4j_webhook_postback.json",
                    Expect.message(chat("<PSID>"), "postback:<PSID>:1458692752478", "")
                            .payload("<USER_DEFINED_PAYLOAD>")),
            Map.entry(
                    "messenger4j_webhook_postback_with_referral.json",
                    Expect.message(chat("<PSID>"), "postback:<PSID>:1458692752478", "")
                            .payload("<USER_DEFINED_PAYLOAD>")),
            Map.entry(
                    "messenger4j_webhook_quick_reply.json",
                    Expect.message(chat("USER_ID"), "mid.1457764197618:41d102a3e1ae206a38", "")
                            .payload("DEVELOPER_DEFINED_PAYLOAD")),
            Map.entry(
                    "messenger4j_webhook_signed_text_message_sha1_vector.json",
                    Expect.message(chat("1256217357730577"), "mid.1475942721728:3b9e3646712f9bed52", "34wrr3wr")),
            Map.entry(
                    "messenger4j_webhook_text_message.json",
                    Expect.message(
                            chat("USER_ID"), "mid.1457764197618:41d102a3e1ae206a38", "hello, text message world!")),
            Map.entry(
                    "messenger4j_webhook_unsupported_event_type.json",
                    Expect.message(chat("USER_ID"), "event:USER_ID:1458692752478", "")
                            .kind(InboundKind.UNSUPPORTED)),
            Map.entry(
                    "official_messaging_event_attachment_image.json",
                    Expect.message(chat("<PSID>"), "mid.$cAAJdkrCd2ORnva8ErFhjGm0X_Q_c", "")
                            .with(AttachmentKind.PHOTO)),
            Map.entry(
                    "official_messaging_event_postback.json",
                    Expect.message(chat("<PSID>"), "postback:<PSID>:1458692752478", "")
                            .payload("<DEVELOPER_DEFINED_PAYLOAD>")),
            Map.entry(
                    "official_messaging_event_text.json",
                    Expect.message(chat("<PSID>"), "mid.1457764197618:41d102a3e1ae206a38", "hello, world!")));

    /** Deliveries, reads and echoes of our own messages: not people's messages. */
    private static final Set<String> NOT_FROM_PEOPLE = Set.of(
            "messenger4j_webhook_message_delivered_with_mids.json",
            "messenger4j_webhook_message_delivered_without_mids.json",
            "messenger4j_webhook_message_read.json",
            "messenger4j_webhook_text_echo.json");

    HttpResponse<String> signedPost(byte[] body) {
        return post(PATH, body, "X-Hub-Signature-256", metaSignature(MESSENGER_SECRET, body));
    }

    /** A bare messaging event (from the documentation) is posted inside the page envelope. */
    private static byte[] inEnvelope(String event) {
        return ("{\"object\":\"page\",\"entry\":[{\"id\":\"<PAGE_ID>\",\"time\":1458692752478,\"messaging\":[" + event
                        + "]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void mapsEverySampleEventIntoTheInbox() {
        int checked = 0;
        for (Path file : Samples.json("messenger")) {
            String name = file.getFileName().toString();
            String json = Samples.text("messenger", name);
            byte[] body;
            if (json.contains("\"object\"")) {
                body = Samples.bytes("messenger", name);
            } else if (json.contains("\"sender\"")) {
                body = inEnvelope(json);
            } else {
                continue; // a Send API request or response: the sender tests use those
            }
            inbox.forgetSeenIds();

            assertThat(signedPost(body).statusCode()).as(name).isEqualTo(200);

            if (NOT_FROM_PEOPLE.contains(name)) {
                assertThat(inbox.waiting()).as(name + " stores nothing").isZero();
            } else {
                assertThat(EXPECTED).as("an expectation for " + name).containsKey(name);
                EXPECTED.get(name).check(name, inbox.take(1).get(0));
                assertThat(inbox.waiting()).as(name + " stores one message").isZero();
            }
            checked++;
        }
        assertThat(checked).isEqualTo(EXPECTED.size() + NOT_FROM_PEOPLE.size());
    }

    @Test
    void signsLikeMessenger4jsTestVector() {
        byte[] body = Samples.bytes("messenger", "messenger4j_webhook_signed_text_message_sha1_vector.json");

        assertThat(metaSignature(MESSENGER_SECRET, body))
                .isEqualTo("sha256=2c28be6e4b8c62b732b3487f445dbec6624868db6844b347567ebc86d7da3ad4");
        assertThat(post(
                                PATH,
                                body,
                                "X-Hub-Signature-256",
                                "sha256=2c28be6e4b8c62b732b3487f445dbec6624868db6844b347567ebc86d7da3ad4")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void rejectsAForgedSignatureAndStoresNothing() {
        byte[] body = Samples.bytes("messenger", "messenger4j_webhook_text_message.json");

        assertThat(post(PATH, body, "X-Hub-Signature-256", metaSignature("forged", body))
                        .statusCode())
                .isEqualTo(401);
        assertThat(post(PATH, body, "X-Hub-Signature", "sha1=3daa41999293ff66c3eb313e04bcf77861bb0276")
                        .statusCode())
                .isEqualTo(401);

        assertThat(inbox.waiting()).isZero();
    }

    @Test
    void answersTheVerificationHandshake() {
        HttpResponse<String> ok =
                get(PATH + "?hub.mode=subscribe&hub.verify_token=" + MESSENGER_VERIFY + "&hub.challenge=42");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("42");
        assertThat(get(PATH + "?hub.mode=subscribe&hub.verify_token=x&hub.challenge=42")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void answersMalformedJsonWith400() {
        byte[] body = "{\"object\":\"page\",".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = signedPost(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\"");
    }

    @Test
    void recordsDeliveriesAndReadsOfOurMessages() {
        ChatRef person = chat("USER_ID");
        receipts.partSent("out-fb-1", person, 0, "mid.1458668856218:ed81099e15d3f4f233")
                .block();
        receipts.partSent("out-fb-2", chat("OTHER"), 0, "mid.other").block();

        signedPost(Samples.bytes("messenger", "messenger4j_webhook_message_delivered_with_mids.json"));
        assertThat(receipts.find("out-fb-1").block().status()).isEqualTo(DeliveryStatus.DELIVERED);

        signedPost(inEnvelope("{\"sender\":{\"id\":\"OTHER\"},\"recipient\":{\"id\":\"PAGE_ID\"},\"timestamp\":1,"
                + "\"read\":{\"watermark\":" + (System.currentTimeMillis() + 60_000) + "}}"));
        assertThat(receipts.find("out-fb-2").block().status()).isEqualTo(DeliveryStatus.READ);
    }

    @Test
    void storesEveryEventOfABatchInOrder() {
        String events =
                "{\"sender\":{\"id\":\"A\"},\"recipient\":{\"id\":\"P\"},\"timestamp\":1,\"message\":{\"mid\":\"m.1\",\"text\":\"one\"}},"
                        + "{\"sender\":{\"id\":\"B\"},\"recipient\":{\"id\":\"P\"},\"timestamp\":2,\"message\":{\"mid\":\"m.2\",\"text\":\"two\"}}";
        String body = "{\"object\":\"page\",\"entry\":[{\"id\":\"P\",\"time\":1,\"messaging\":[" + events
                + "]},{\"id\":\"P\",\"time\":2,\"messaging\":[{\"sender\":{\"id\":\"C\"},\"recipient\":{\"id\":\"P\"},"
                + "\"timestamp\":3,\"message\":{\"mid\":\"m.3\",\"text\":\"สาม\"}}]}]}";

        assertThat(signedPost(body.getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);

        assertThat(inbox.take(3)).extracting(message -> message.text()).containsExactly("one", "two", "สาม");
    }
}
