package org.jaga.server.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jaga.channels.delivery.ChatBlocked;
import org.jaga.channels.delivery.HeldMessages;
import org.jaga.channels.whatsapp.WhatsApp;
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

/**
 * Outside WhatsApp's 24-hour window: the message is held, the person gets only the template (in
 * their language) asking them to reply, and when they write the held messages arrive, in order and
 * once, before the answer to what they wrote.
 */
class WhatsAppWindowIT extends LiveServer {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WA_PATH = "/v23.0/" + PHONE_NUMBER_ID + "/messages";

    @Autowired
    WhatsApp whatsApp;

    @BeforeEach
    void reset() {
        resetPlatformAndRate(Channel.WHATSAPP);
    }

    private static ChatRef newChat() {
        return newChat(Channel.WHATSAPP, "6682");
    }

    private static OutboundMessage outbound(ChatRef chat, String text) {
        return new OutboundMessage("out-" + UUID.randomUUID(), chat, text, List.of(), Instant.now(), Origin.RESPONDER);
    }

    private static List<JsonNode> sentTo(ChatRef chat) {
        return sentTo(WA_PATH, chat);
    }

    private static JsonNode template(ChatRef chat, String language) {
        return JSON.readTree("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\""
                + chat.platformUserId() + "\",\"type\":\"template\",\"template\":{\"name\":\"jaga_reengage\","
                + "\"language\":{\"code\":\"" + language + "\"}}}");
    }

    /** The person writes, the bot answers; then the window is closed (as when WhatsApp says 131047). */
    private void wroteInThePastIn(ChatRef chat, String text) {
        whatsAppWebhook(chat, text);
        int[] seen = {0};
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(700))
                .until(() -> {
                    int now = sentTo(chat).size();
                    boolean settled = now > 0 && now == seen[0];
                    seen[0] = now;
                    return settled;
                });
        stores.windows().closed(chat).block();
        PLATFORM.reset();
    }

    @Test
    void holdsMessagesOutsideTheWindowAndSendsOnlyTheTemplateOnce() {
        ChatRef chat = newChat();
        OutboundMessage first = outbound(chat, "A responder has news about your case.");
        OutboundMessage second = outbound(chat, "Please tell us when it is safe to talk.");

        whatsApp.sender().send(first).block();
        whatsApp.sender().send(second).block();
        whatsApp.sender().send(first).block();

        assertThat(sentTo(chat)).containsExactly(template(chat, "en_US"));
        assertThat(PLATFORM.requests(r -> r.body().contains(chat.platformUserId()))
                        .get(0)
                        .body())
                .doesNotContain("news")
                .doesNotContain("components");
    }

    @Test
    void deliversTheHeldMessagesInOrderOnceWhenThePersonWritesBeforeAnsweringThem() {
        ChatRef chat = newChat();
        whatsApp.sender().send(outbound(chat, "First held message")).block();
        whatsApp.sender().send(outbound(chat, "Second held message")).block();
        PLATFORM.reset();

        whatsAppWebhook(chat, "hi");
        whatsAppWebhook(chat, "hello?");

        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> sentTo(chat).size() >= 4);
        Awaitility.await()
                .during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(4))
                .until(() -> sentTo(chat).size() == 4);
        List<JsonNode> sent = sentTo(chat);
        assertThat(sent.get(0).get("text").get("body").asString()).isEqualTo("First held message");
        assertThat(sent.get(1).get("text").get("body").asString()).isEqualTo("Second held message");
        assertThat(sent.subList(2, 4))
                .allSatisfy(reply -> assertThat(reply.get("type").asString()).isNotEqualTo("template"));
        assertThat(stores.held().release(chat, redis.outbox()).block()).isZero();
    }

    @Test
    void sendsTheTemplateInTheLanguageOfTheConversation() {
        ChatRef chat = newChat();
        wroteInThePastIn(chat, "สวัสดีครับ");

        whatsApp.sender().send(outbound(chat, "ข่าวจากเจ้าหน้าที่")).block();

        assertThat(sentTo(chat)).containsExactly(template(chat, "th"));
    }

    @Test
    void fallsBackToTheConfiguredTranslationWhenTheTemplateHasNoneInThePersonsLanguage() {
        ChatRef chat = newChat();
        wroteInThePastIn(chat, "สวัสดีครับ");
        PLATFORM.thenAnswer(new FakePlatform.Response(
                404,
                "{\"error\":{\"message\":\"(#132001) Template name does not exist in the translation\","
                        + "\"type\":\"OAuthException\",\"code\":132001,\"fbtrace_id\":\"x\"}}"));

        whatsApp.sender().send(outbound(chat, "ข่าวจากเจ้าหน้าที่")).block();

        assertThat(sentTo(chat)).containsExactly(template(chat, "th"), template(chat, "en_US"));
    }

    @Test
    void failsForGoodAndHoldsNothingWhenTheTemplateIsRefused() {
        ChatRef chat = newChat();
        OutboundMessage message = outbound(chat, "We have news");
        PLATFORM.thenAnswer(new FakePlatform.Response(
                400,
                "{\"error\":{\"message\":\"(#132000) Number of parameters does not match\","
                        + "\"type\":\"OAuthException\",\"code\":132000,\"fbtrace_id\":\"x\"}}"));

        assertThatThrownBy(() -> whatsApp.sender().send(message).block())
                .isInstanceOf(DeliveryFailed.class)
                .matches(e -> !((DeliveryFailed) e).retriable())
                .hasMessageContaining("outside WhatsApp's 24-hour window")
                .hasMessageContaining("jaga_reengage")
                .hasMessageContaining("132000");
        assertThat(stores.held().release(chat, redis.outbox()).block()).isZero();
    }

    @Test
    void sendsAtOnceWhenThePersonWroteBetweenTheWindowCheckAndTheHold() {
        ChatRef chat = newChat();
        OutboundMessage message = outbound(chat, "Hello");
        stores.windows().wrote(chat, Instant.now()).block();

        assertThat(stores.held()
                        .hold(message, Instant.now(), Duration.ofHours(24))
                        .block())
                .isEqualTo(HeldMessages.Hold.WINDOW_OPEN);
        assertThat(stores.held().release(chat, redis.outbox()).block()).isZero();
    }

    @Test
    void sendsNothingWhileThePersonHasBlockedUsAndAnswersOnceTheyWriteAgain() {
        ChatRef chat = newChat();
        stores.windows().wrote(chat, Instant.now()).block();
        stores.blocks()
                .blocked(chat, "WhatsApp 131026: undeliverable (blocked, or not on WhatsApp)")
                .block();

        assertThatThrownBy(() -> whatsApp.sender().send(outbound(chat, "hello")).block())
                .isInstanceOf(ChatBlocked.class)
                .hasMessageContaining("131026");
        assertThat(sentTo(chat)).isEmpty();

        whatsAppWebhook(chat, "hi");

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> sentTo(chat).size() == 1);
        assertThat(stores.blocks().isBlocked(chat).block()).isFalse();
    }
}
