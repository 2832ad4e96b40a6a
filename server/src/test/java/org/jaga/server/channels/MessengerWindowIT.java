package org.jaga.server.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jaga.channels.messenger.Messenger;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.Origin;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.pipeline.DeliveryFailed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Messenger's windows, measured from the person's last message as the webhook recorded it: the
 * bot within 24 hours, a responder (tagged HUMAN_AGENT) within 7 days, nothing after; what may
 * not be sent never reaches Meta and becomes a dead letter saying why.
 */
class MessengerWindowIT extends LiveServer {
    private static final String FB_PATH = "/v23.0/me/messages";

    @Autowired
    Messenger messenger;

    @BeforeEach
    void reset() {
        resetPlatformAndRate(Channel.MESSENGER);
    }

    private static ChatRef newChat() {
        return newChat(Channel.MESSENGER, "2573");
    }

    private static OutboundMessage outbound(ChatRef chat, Origin origin) {
        return new OutboundMessage("out-" + UUID.randomUUID(), chat, "hello", List.of(), Instant.now(), origin);
    }

    private static List<JsonNode> sentTo(ChatRef chat) {
        return sentTo(FB_PATH, chat);
    }

    private void lastWrote(ChatRef chat, Duration ago) {
        stores.windows().wrote(chat, Instant.now().minus(ago)).block();
    }

    @Test
    void answersAPersonWhoWroteThroughTheWebhookAsAResponse() {
        ChatRef chat = newChat();

        messengerWebhook(chat, "hi");

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !sentTo(chat)
                .isEmpty());
        assertThat(sentTo(chat).get(0).get("messaging_type").asString()).isEqualTo("RESPONSE");
        assertThat(sentTo(chat).get(0).has("tag")).isFalse();
    }

    @Test
    void sendsARespondersReplyWithinTheStandardWindowAsAResponse() {
        ChatRef chat = newChat();
        lastWrote(chat, Duration.ofHours(23));

        messenger.sender().send(outbound(chat, Origin.RESPONDER)).block();

        assertThat(sentTo(chat)).singleElement().satisfies(sent -> {
            assertThat(sent.get("messaging_type").asString()).isEqualTo("RESPONSE");
            assertThat(sent.has("tag")).isFalse();
        });
    }

    @Test
    void refusesTheBotsMessageAfter24HoursWithoutCallingMeta() {
        ChatRef chat = newChat();
        lastWrote(chat, Duration.ofHours(25));

        assertThatThrownBy(() ->
                        messenger.sender().send(outbound(chat, Origin.BOT)).block())
                .isInstanceOf(DeliveryFailed.class)
                .matches(e -> !((DeliveryFailed) e).retriable())
                .hasMessageContaining("within 24 hours");
        assertThat(sentTo(chat)).isEmpty();
    }

    @Test
    void refusesAResponderAfterSevenDaysWithoutCallingMeta() {
        ChatRef chat = newChat();
        lastWrote(chat, Duration.ofDays(7).plusHours(1));

        assertThatThrownBy(() -> messenger
                        .sender()
                        .send(outbound(chat, Origin.RESPONDER))
                        .block())
                .isInstanceOf(DeliveryFailed.class)
                .matches(e -> !((DeliveryFailed) e).retriable())
                .hasMessageContaining("7 days");
        assertThat(sentTo(chat)).isEmpty();
    }

    @Test
    void aBotMessageOutsideTheWindowBecomesADeadLetterThatSaysWhy() {
        ChatRef chat = newChat();
        lastWrote(chat, Duration.ofDays(2));

        redis.outbox().enqueue(outbound(chat, Origin.BOT)).block();

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !deadLetters(redis, chat)
                .isEmpty());
        assertThat(deadLetters(redis, chat))
                .singleElement()
                .asString()
                .startsWith("not sent:")
                .contains("2 days ago")
                .contains("within 24 hours");
        assertThat(sentTo(chat)).isEmpty();
    }

    @Test
    void treatsMetasWindowClosedErrorAsFinal() {
        ChatRef chat = newChat();
        lastWrote(chat, Duration.ofHours(1));
        PLATFORM.respondWith(request -> request.body().contains(chat.platformUserId())
                ? new FakePlatform.Response(
                        400,
                        "{\"error\":{\"message\":\"Messaging window closed\",\"type\":\"OAuthException\","
                                + "\"code\":10,\"error_subcode\":1545041,\"fbtrace_id\":\"x\"}}")
                : LiveServer.answer(request));

        assertThatThrownBy(() ->
                        messenger.sender().send(outbound(chat, Origin.BOT)).block())
                .isInstanceOf(DeliveryFailed.class)
                .matches(e -> !((DeliveryFailed) e).retriable())
                .hasMessageContaining("messaging window is closed");
        assertThat(sentTo(chat)).hasSize(1);
    }

    @Test
    void liftsABlockWhenThePersonWritesAgain() {
        ChatRef chat = newChat();
        stores.blocks()
                .blocked(chat, "Messenger 551: the person is not available")
                .block();

        messengerWebhook(chat, "hi");

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !sentTo(chat)
                .isEmpty());
        assertThat(stores.blocks().isBlocked(chat).block()).isFalse();
    }
}
