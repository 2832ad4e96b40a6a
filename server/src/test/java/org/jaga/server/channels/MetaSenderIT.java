package org.jaga.server.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.jaga.channels.messenger.Messenger;
import org.jaga.channels.webhook.WebhookRejections;
import org.jaga.channels.whatsapp.WhatsApp;
import org.jaga.channels.whatsapp.WhatsAppConfig;
import org.jaga.core.message.Button;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.Origin;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.pipeline.DeliveryFailed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What Jaga sends to the WhatsApp Cloud API and the Messenger Send API, checked at a fake Graph API. */
class MetaSenderIT extends LiveServer {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WA_PATH = "/v23.0/" + PHONE_NUMBER_ID + "/messages";
    private static final String FB_PATH = "/v23.0/me/messages";

    @Autowired
    WhatsApp whatsApp;

    @Autowired
    Messenger messenger;

    @Autowired
    WebhookRejections rejections;

    @BeforeEach
    void reset() {
        PLATFORM.reset();
        // another test's 429 or 613 paused the whole channel; each test starts with open buckets
        redis.connection()
                .sync()
                .del(redis.keys().key("rate:messenger:all"), redis.keys().key("rate:whatsapp:all"));
    }

    private static ChatRef chat(Channel channel) {
        return newChat(channel, "6681");
    }

    private static OutboundMessage outbound(ChatRef chat, String text, List<Button> buttons, Origin origin) {
        return new OutboundMessage("out-" + UUID.randomUUID(), chat, text, buttons, Instant.now(), origin);
    }

    private static List<Button> buttons(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Button("Choice number " + i + " with a long label", "p" + i))
                .toList();
    }

    /** The person writes first, opening the 24-hour window, and the bot's answer arrives. */
    private void personWrites(ChatRef chat) {
        post(chat);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> sentTo(WA_PATH, chat).size() == 1);
        PLATFORM.reset();
    }

    private void post(ChatRef chat) {
        byte[] body = WhatsAppWebhookIT.textNotification("wamid.in-" + UUID.randomUUID(), "hi")
                .replace("66812345678", chat.platformUserId())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var response = java.net.http.HttpClient.newHttpClient();
        try {
            var result = response.send(
                    java.net.http.HttpRequest.newBuilder(URI.create(base() + "/webhooks/whatsapp"))
                            .header("Content-Type", "application/json")
                            .header("X-Hub-Signature-256", IngestServer.metaSignature(WHATSAPP_SECRET, body))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(result.statusCode()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void repliesInsideTheWindowWithReplyButtonsExactlyAsTheCloudApiExpects() {
        ChatRef chat = chat(Channel.WHATSAPP);
        personWrites(chat);

        whatsApp.sender()
                .send(outbound(
                        chat,
                        "Is it safe?",
                        List.of(new Button("Yes", "intent:YES"), new Button("No", "intent:NO")),
                        Origin.BOT))
                .block();

        List<FakePlatform.Request> sent = PLATFORM.requests(r -> r.path().equals(WA_PATH));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).header("Authorization")).isEqualTo("Bearer live-wa-token");
        assertThat(JSON.readTree(sent.get(0).body()))
                .isEqualTo(
                        JSON.readTree("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\""
                                + chat.platformUserId()
                                + "\",\"type\":\"interactive\",\"interactive\":{\"type\":\"button\","
                                + "\"body\":{\"preview_url\":false,\"body\":\"Is it safe?\"},\"action\":{\"buttons\":["
                                + "{\"type\":\"reply\",\"reply\":{\"id\":\"intent:YES\",\"title\":\"Yes\"}},"
                                + "{\"type\":\"reply\",\"reply\":{\"id\":\"intent:NO\",\"title\":\"No\"}}]}}}"));
    }

    @Test
    void answersTheWebhookMessageThroughThePipelineWithAListOfTheMenu() {
        ChatRef chat = chat(Channel.WHATSAPP);

        post(chat);

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> sentTo(WA_PATH, chat).size() == 1);
        JsonNode sent = sentTo(WA_PATH, chat).get(0);
        assertThat(sent.get("type").asString()).isEqualTo("interactive");
        assertThat(sent.get("interactive").get("type").asString()).isEqualTo("list");
        JsonNode rows =
                sent.get("interactive").get("action").get("sections").get(0).get("rows");
        assertThat(rows).hasSize(7);
        rows.forEach(row -> assertThat(row.get("title").asString().length()).isLessThanOrEqualTo(24));
    }

    @Test
    void cutsButtonTitlesAndTurnsElevenButtonsIntoANumberedList() {
        ChatRef chat = chat(Channel.WHATSAPP);
        personWrites(chat);

        whatsApp.sender()
                .send(outbound(chat, "Pick one", buttons(3), Origin.BOT))
                .block();
        whatsApp.sender()
                .send(outbound(chat, "Pick one", buttons(11), Origin.BOT))
                .block();

        List<JsonNode> sent = sentTo(WA_PATH, chat);
        assertThat(sent.get(0)
                        .get("interactive")
                        .get("action")
                        .get("buttons")
                        .get(0)
                        .get("reply")
                        .get("title")
                        .asString())
                .isEqualTo("Choice number 1 wit…")
                .hasSize(20);
        assertThat(sent.get(1).get("type").asString()).isEqualTo("text");
        assertThat(sent.get(1).get("text").get("body").asString()).contains("\n11. Choice number 11 with a long label");
    }

    @Test
    void sendsTheTemplateOutsideTheWindow() {
        ChatRef chat = chat(Channel.WHATSAPP);

        whatsApp.sender()
                .send(outbound(chat, "We have news for you", List.of(), Origin.BOT))
                .block();

        assertThat(sentTo(WA_PATH, chat))
                .containsExactly(
                        JSON.readTree("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\""
                                + chat.platformUserId()
                                + "\",\"type\":\"template\",\"template\":{\"name\":\"jaga_reengage\","
                                + "\"language\":{\"code\":\"en_US\"}}}"));
    }

    @Test
    void failsForGoodOutsideTheWindowWithoutATemplate() {
        WhatsApp noTemplate = new WhatsApp(
                new WhatsAppConfig(
                        "t",
                        PHONE_NUMBER_ID,
                        "s",
                        "v",
                        URI.create(PLATFORM.url() + "/v23.0"),
                        Optional.empty(),
                        "en",
                        80),
                redis,
                redis.inbox(),
                stores,
                rejections,
                Clock.systemUTC());
        ChatRef chat = chat(Channel.WHATSAPP);

        assertThatThrownBy(() -> noTemplate
                        .sender()
                        .send(outbound(chat, "hello", List.of(), Origin.BOT))
                        .block())
                .isInstanceOf(DeliveryFailed.class)
                .matches(e -> !((DeliveryFailed) e).retriable())
                .hasMessageContaining("24-hour window")
                .hasMessageContaining("JAGA_WHATSAPP_TEMPLATE");
        assertThat(sentTo(WA_PATH, chat)).isEmpty();
    }

    @Test
    void usesTheTemplateOnTheRetryAfterWhatsAppSaysTheWindowClosed() {
        ChatRef chat = chat(Channel.WHATSAPP);
        personWrites(chat);
        PLATFORM.thenAnswer(
                new FakePlatform.Response(
                        400,
                        "{\"error\":{\"message\":\"Re-engagement message\",\"type\":\"OAuthException\",\"code\":131047,\"fbtrace_id\":\"x\"}}"));
        OutboundMessage message = outbound(chat, "hello again", List.of(), Origin.BOT);

        assertThatThrownBy(() -> whatsApp.sender().send(message).block()).isInstanceOf(DeliveryFailed.class);
        whatsApp.sender().send(message).block();

        List<JsonNode> sent = sentTo(WA_PATH, chat);
        assertThat(sent).extracting(node -> node.get("type").asString()).containsExactly("text", "template");
    }

    @Test
    void tagsAHumanRespondersMessengerReplyAsHumanAgentAfterTheStandardWindow() {
        ChatRef chat = chat(Channel.MESSENGER);
        stores.windows().wrote(chat, Instant.now().minus(Duration.ofDays(2))).block();

        messenger
                .sender()
                .send(outbound(chat, "A responder is here.", List.of(), Origin.RESPONDER))
                .block();

        List<FakePlatform.Request> sent = PLATFORM.requests(r -> r.path().equals(FB_PATH));
        assertThat(sent.get(0).header("Authorization")).isEqualTo("Bearer live-fb-token");
        assertThat(sent.get(0).query()).isNull();
        assertThat(JSON.readTree(sent.get(0).body()))
                .isEqualTo(JSON.readTree("{\"recipient\":{\"id\":\"" + chat.platformUserId() + "\"},\"messaging_type\":"
                        + "\"MESSAGE_TAG\",\"message\":{\"text\":\"A responder is here.\"},\"tag\":\"HUMAN_AGENT\"}"));
    }

    @Test
    void sendsTheBotsMessengerReplyAsAResponseWithQuickReplies() {
        ChatRef chat = chat(Channel.MESSENGER);
        stores.windows().wrote(chat, Instant.now()).block();

        messenger
                .sender()
                .send(outbound(
                        chat, "Menu", List.of(new Button("Check a job offer now", "intent:CHECK_OFFER")), Origin.BOT))
                .block();

        assertThat(sentTo(FB_PATH, chat))
                .containsExactly(
                        JSON.readTree("{\"recipient\":{\"id\":\"" + chat.platformUserId() + "\"},\"messaging_type\":"
                                + "\"RESPONSE\",\"message\":{\"text\":\"Menu\",\"quick_replies\":[{\"content_type\":\"text\","
                                + "\"title\":\"Check a job offer n…\",\"payload\":\"intent:CHECK_OFFER\"}]}}"));
    }

    @Test
    void pausesMessengerOnError613AndSendsOnceAfterwards() {
        ChatRef chat = chat(Channel.MESSENGER);
        stores.windows().wrote(chat, Instant.now()).block();
        PLATFORM.thenAnswer(
                new FakePlatform.Response(
                        400,
                        "{\"error\":{\"message\":\"Calls to this api have exceeded the rate limit.\",\"type\":\"OAuthException\",\"code\":613}}"));
        OutboundMessage message = outbound(chat, "hello", List.of(), Origin.BOT);

        assertThatThrownBy(() -> messenger.sender().send(message).block())
                .isInstanceOf(DeliveryFailed.class)
                .matches(e -> ((DeliveryFailed) e).retriable());
        assertThatThrownBy(() -> messenger.sender().send(message).block())
                .isInstanceOf(DeliveryFailed.class)
                .hasMessageContaining("rate limit");

        assertThat(sentTo(FB_PATH, chat)).hasSize(1);
    }
}
