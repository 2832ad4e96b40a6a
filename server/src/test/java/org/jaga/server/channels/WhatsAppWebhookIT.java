package org.jaga.server.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jaga.channels.delivery.DeliveryReceipts;
import org.jaga.channels.delivery.DeliveryStatus;
import org.jaga.channels.webhook.WebhookRejections;
import org.jaga.core.message.AttachmentKind;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.InboundKind;
import org.jaga.core.message.InboundMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every WhatsApp sample through the real, signed webhook, and what reached the inbox and the receipts. */
class WhatsAppWebhookIT extends IngestServer {
    private static final String PATH = "/webhooks/whatsapp";
    private static final String MALFORMED = "bindambc_webhook_status_read_MALFORMED.json";
    private static final String BINDA = "wamid.nBgN6TUyN2k5NzAzM5kzNhUCABI8FDNFQjAxQkE5REI4NEUzQ5Y5QTNgAA==";

    @Autowired
    DeliveryReceipts receipts;

    @Autowired
    WebhookRejections rejections;

    private static ChatRef chat(String id) {
        return new ChatRef(Channel.WHATSAPP, id);
    }

    private static final Map<String, Expect> EXPECTED = Map.ofEntries(
            Map.entry(
                    "bindambc_webhook_image_message.json",
                    Expect.message(
                                    chat("1111111111111"),
                                    "wamid.HBgODE0NDQwANNTTBGRjkUyNzkzNhUCABIYFDNF5NzAzMDkQjBEQ3NjdBA==",
                                    "")
                            .with(AttachmentKind.PHOTO)),
            Map.entry(
                    "bindambc_webhook_location_message.json",
                    Expect.message(
                                    chat("1111111111111"),
                                    "wamid.HBgNNVENjUTzk5NzAzMUyNDkzIYFDNBMERNhUCABBMkYzNjhFQzzNEUwAA==",
                                    "")
                            .at(-10.93941311633, -10.606395436721)),
            Map.entry(
                    "bindambc_webhook_reaction_emoji.json",
                    Expect.message(chat("1111111111111"), "reaction:" + BINDA, "👍")
                            .kind(InboundKind.REACTION)
                            .replyTo(BINDA)),
            Map.entry(
                    "bindambc_webhook_sticker_message.json",
                    Expect.message(chat("1111111111111"), BINDA, "").with(AttachmentKind.STICKER)),
            Map.entry(
                    "bindambc_webhook_template_quick_reply_button_with_context.json",
                    Expect.message(chat("1111111111111"), BINDA, "")
                            .payload("SIM")
                            .replyTo(BINDA)),
            Map.entry(
                    "bindambc_webhook_text_message.json", Expect.message(chat("1111111111111"), BINDA, "hi everyone!")),
            Map.entry(
                    "bindambc_webhook_unsupported_message_131051.json",
                    Expect.message(chat("1111111111111"), BINDA, "").kind(InboundKind.UNSUPPORTED)),
            Map.entry(
                    "official_webhook_interactive_button_reply_with_context.json",
                    Expect.message(
                                    chat("16505551234"),
                                    "wamid.HBgLMTY0NjcwNDM1OTUVAgASGBQzQThBREYwNzc2RDc2QjA1QTIwMgA=",
                                    "")
                            .payload("change-button")
                            .replyTo("wamid.HBgLMTY0NjcwNDM1OTUVAgARGBJBM0Y4RUU0RUNFQkFDMjYzQUMA")),
            Map.entry(
                    "official_webhook_text_message.json",
                    Expect.message(
                            chat("16505551234"),
                            "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
                            "Does it come in another color?")));

    /** Statuses of our own messages: not people's messages, so nothing reaches the inbox. */
    private static final Set<String> STATUSES = Set.of(
            "bindambc_webhook_status_delivered.json",
            "bindambc_webhook_status_failed_131047_reengagement.json",
            "bindambc_webhook_status_failed_131053_media_upload.json",
            "bindambc_webhook_status_sent.json",
            "official_webhook_status_failed_131049.json",
            "official_webhook_status_sent_with_pricing.json",
            "official_webhook_status_v24_minimal.json");

    HttpResponse<String> signedPost(byte[] body) {
        return post(PATH, body, "X-Hub-Signature-256", metaSignature(WHATSAPP_SECRET, body));
    }

    @Test
    void mapsEverySampleNotificationIntoTheInbox() {
        int checked = 0;
        for (Path file : Samples.json("whatsapp")) {
            String name = file.getFileName().toString();
            byte[] body = Samples.bytes("whatsapp", name);
            String json = new String(body, StandardCharsets.UTF_8);
            if (!json.contains("\"object\"")) {
                continue; // a send request or an API response: the sender tests use those
            }
            inbox.forgetSeenIds();

            HttpResponse<String> response = signedPost(body);

            if (name.equals(MALFORMED)) {
                assertThat(response.statusCode()).as(name).isEqualTo(400);
                assertThat(response.body()).contains("\"error\"").contains("\"message\"");
                assertThat(inbox.waiting()).isZero();
            } else if (STATUSES.contains(name)) {
                assertThat(response.statusCode()).as(name).isEqualTo(200);
                assertThat(inbox.waiting()).as(name + " stores nothing").isZero();
            } else {
                assertThat(response.statusCode()).as(name).isEqualTo(200);
                assertThat(EXPECTED).as("an expectation for " + name).containsKey(name);
                EXPECTED.get(name).check(name, inbox.take(1).get(0));
                assertThat(inbox.waiting()).as(name + " stores one message").isZero();
            }
            checked++;
        }
        assertThat(checked).isEqualTo(EXPECTED.size() + STATUSES.size() + 1);
    }

    @Test
    void answersTheVerificationHandshake() {
        HttpResponse<String> ok =
                get(PATH + "?hub.mode=subscribe&hub.verify_token=" + WHATSAPP_VERIFY + "&hub.challenge=1158201444");
        HttpResponse<String> wrong = get(PATH + "?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(wrong.statusCode()).isEqualTo(403);
    }

    @Test
    void rejectsAForgedSignatureAndStoresNothing() {
        byte[] body = Samples.bytes("whatsapp", "official_webhook_text_message.json");
        double before = rejections.count(Channel.WHATSAPP);

        assertThat(post(PATH, body, "X-Hub-Signature-256", metaSignature("another-secret", body))
                        .statusCode())
                .isEqualTo(401);
        assertThat(post(PATH, body).statusCode()).isEqualTo(401);

        assertThat(inbox.waiting()).isZero();
        assertThat(rejections.count(Channel.WHATSAPP)).isEqualTo(before + 2);
    }

    @Test
    void verifiesThaiAndEmojiWhetherEscapedOrRaw() {
        String escaped = textNotification("wamid.thai-1", "\\u0e07\\u0e32\\u0e19 \\ud83d\\udcb0");
        String raw = textNotification("wamid.thai-2", "งาน 💰");

        assertThat(signedPost(escaped.getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);
        assertThat(signedPost(raw.getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);

        assertThat(inbox.take(2)).extracting(InboundMessage::text).containsExactly("งาน 💰", "งาน 💰");
    }

    @Test
    void storesARedeliveredMessageOnce() {
        byte[] body = Samples.bytes("whatsapp", "official_webhook_text_message.json");

        signedPost(body);
        signedPost(body);

        assertThat(inbox.take(1)).hasSize(1);
        assertThat(inbox.waiting()).isZero();
    }

    @Test
    void takesOneThousandStatusesInOnePostAndKeepsTheHighestStatus() {
        ChatRef person = chat("16505550000");
        for (int i = 0; i < 3; i++) {
            receipts.partSent("out-wa-" + i, person, 0, "wamid.batch-" + i).block();
        }
        StringJoiner statuses = new StringJoiner(",");
        for (int i = 0; i < 1000; i++) {
            // "read" arrives before "delivered" for the first message: out of order, as WhatsApp allows
            String status = i == 0 ? "read" : i == 1 ? "delivered" : "sent";
            statuses.add(status("wamid.batch-" + (i % 3 == 0 && i > 2 ? 0 : i), status));
        }
        statuses.add(status("wamid.batch-0", "delivered"));
        byte[] body = ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":"
                        + "\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"statuses\":[" + statuses
                        + "]}}]}]}")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = signedPost(body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(inbox.waiting()).isZero();
        assertThat(receipts.find("out-wa-0").block().status()).isEqualTo(DeliveryStatus.READ);
        assertThat(receipts.find("out-wa-1").block().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(receipts.find("out-wa-2").block().status()).isEqualTo(DeliveryStatus.SENT);
    }

    private static String status(String id, String status) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"timestamp\":\""
                + Instant.now().getEpochSecond() + "\",\"recipient_id\":\"16505550000\"}";
    }

    static String textNotification(String id, String jsonText) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"messages\":[{\"from\":\"66812345678\",\"id\":\"" + id
                + "\",\"timestamp\":\"" + Instant.now().getEpochSecond() + "\",\"type\":\"text\",\"text\":{\"body\":\""
                + jsonText + "\"}}]}}]}]}";
    }
}
