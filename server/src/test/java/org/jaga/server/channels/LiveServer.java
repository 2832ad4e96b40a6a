package org.jaga.server.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.Range;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jaga.channels.delivery.ChannelStores;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.redis.TestRedis;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running server with workers and all three platform channels, each pointed at one fake platform
 * that answers like the real one; redelivery after one second, so retries are quick.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class LiveServer {
    static final String TELEGRAM_TOKEN = "654321:LIVE-token";
    static final String TELEGRAM_SECRET = "live_secret";
    static final String WHATSAPP_SECRET = "live-wa-secret";
    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String MESSENGER_SECRET = "live-fb-secret";
    private static final AtomicLong IDS = new AtomicLong(1000);
    static final FakePlatform PLATFORM = new FakePlatform(LiveServer::answer);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JagaRedis redis;

    @Autowired
    ChannelStores stores;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("jaga.redis.url", TestRedis::url);
        registry.add("jaga.redis.prefix", () -> TestRedis.freshKeys().prefix());
        registry.add("jaga.redelivery.seconds", () -> "1");
        registry.add("jaga.telegram.bot.token", () -> TELEGRAM_TOKEN);
        registry.add("jaga.telegram.api.url", PLATFORM::url);
        registry.add("jaga.telegram.webhook.secret", () -> TELEGRAM_SECRET);
        registry.add("jaga.whatsapp.access.token", () -> "live-wa-token");
        registry.add("jaga.whatsapp.phone.number.id", () -> PHONE_NUMBER_ID);
        registry.add("jaga.whatsapp.app.secret", () -> WHATSAPP_SECRET);
        registry.add("jaga.whatsapp.verify.token", () -> "live-wa-verify");
        registry.add("jaga.whatsapp.api.url", () -> PLATFORM.url() + "/v23.0");
        registry.add("jaga.whatsapp.template", () -> "jaga_reengage");
        registry.add("jaga.whatsapp.template.language", () -> "en_US");
        registry.add("jaga.messenger.page.access.token", () -> "live-fb-token");
        registry.add("jaga.messenger.app.secret", () -> MESSENGER_SECRET);
        registry.add("jaga.messenger.verify.token", () -> "live-fb-verify");
        registry.add("jaga.messenger.api.url", () -> PLATFORM.url() + "/v23.0");
    }

    /** What the real platforms answer to a send, with a fresh message id each time. */
    static FakePlatform.Response answer(FakePlatform.Request request) {
        long id = IDS.incrementAndGet();
        if (request.path().endsWith("/sendmessage")) {
            return new FakePlatform.Response(
                    200,
                    "{\"ok\":true,\"result\":{\"message_id\":" + id
                            + ",\"date\":1700000000,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"x\"}}");
        }
        if (request.path().endsWith("/" + PHONE_NUMBER_ID + "/messages")) {
            return new FakePlatform.Response(
                    200,
                    "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":\"x\"}],"
                            + "\"messages\":[{\"id\":\"wamid.fake" + id + "\"}]}");
        }
        // Bot API method names are case-insensitive: telegrambots writes "sendmessage" but "deleteMessages"
        String method =
                request.path().substring(request.path().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (method.equals("deletemessages")) {
            return TelegramChecks.deleteMessages(request);
        }
        if (method.equals("answercallbackquery")) {
            return TelegramChecks.answerCallbackQuery(request);
        }
        if (request.path().endsWith("/me/messages")) {
            return new FakePlatform.Response(200, "{\"recipient_id\":\"x\",\"message_id\":\"m_fake" + id + "\"}");
        }
        return new FakePlatform.Response(200, "{\"ok\":true,\"result\":true}");
    }

    /** Forgets what the fake platform saw and empties the channel's global rate-limit bucket. */
    void resetPlatformAndRate(Channel channel) {
        PLATFORM.reset();
        PLATFORM.respondWith(LiveServer::answer);
        redis.connection().sync().del(redis.keys().key("rate:" + channel.key() + ":all"));
    }

    /** @return a chat no other test uses, its id starting with {@code prefix} */
    static ChatRef newChat(Channel channel, String prefix) {
        return new ChatRef(channel, prefix + Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000L));
    }

    /** @return the bodies of the requests to {@code path} that name the chat, oldest first */
    static List<JsonNode> sentTo(String path, ChatRef chat) {
        return PLATFORM.requests(r -> r.path().equals(path) && r.body().contains(chat.platformUserId())).stream()
                .map(r -> JSON.readTree(r.body()))
                .toList();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The person sends a text on WhatsApp: a signed webhook notification, answered 200. */
    void whatsAppWebhook(ChatRef chat, String text) {
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{"
                + "\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"messages\":[{\"from\":\""
                + chat.platformUserId() + "\",\"id\":\"wamid.in-" + UUID.randomUUID() + "\",\"timestamp\":\""
                + Instant.now().getEpochSecond() + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}]}}]}]}";
        signedPost("/webhooks/whatsapp", WHATSAPP_SECRET, body);
    }

    /** The person sends a text on Messenger: a signed webhook event, answered 200. */
    void messengerWebhook(ChatRef chat, String text) {
        long now = Instant.now().toEpochMilli();
        String body = "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE\",\"time\":" + now + ",\"messaging\":[{"
                + "\"sender\":{\"id\":\"" + chat.platformUserId() + "\"},\"recipient\":{\"id\":\"PAGE\"},"
                + "\"timestamp\":" + now + ",\"message\":{\"mid\":\"m_in-" + UUID.randomUUID() + "\",\"text\":\""
                + text + "\"}}]}]}";
        signedPost("/webhooks/messenger", MESSENGER_SECRET, body);
    }

    /** Telegram delivers an update to the webhook, answered 200. */
    void telegramWebhook(String update) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base() + "/webhooks/telegram"))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private void signedPost(String path, String secret, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", IngestServer.metaSignature(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the reasons of the dead letters of messages to the chat, oldest first */
    static List<String> deadLetters(JagaRedis redis, ChatRef chat) {
        return redis.connection().sync().xrange(redis.keys().key("deadletters"), Range.create("-", "+")).stream()
                .filter(entry -> entry.getBody().getOrDefault("body", "").contains("\"" + chat.platformUserId() + "\""))
                .map(entry -> entry.getBody().get("reason"))
                .toList();
    }
}
