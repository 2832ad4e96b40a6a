package org.jaga.core.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Range;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jaga.core.conversation.Holder;
import org.jaga.core.conversation.TranscriptEntry.Direction;
import org.jaga.core.dialogue.Engines;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.message.Origin;
import org.jaga.core.pipeline.Pipeline;
import org.jaga.core.pipeline.PipelineSettings;
import org.jaga.core.pipeline.TurnProcessor;
import org.jaga.core.redis.ChatDataKeys;
import org.jaga.core.redis.EventCodec;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.redis.KeySpace;
import org.jaga.core.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

/** A responder takes a conversation over from the bot and gives it back, against a real Redis. */
class HandoverIT {
    private final KeySpace keys = TestRedis.freshKeys();
    private final ChatRef chat = new ChatRef(Channel.TELEGRAM, "held");
    private JagaRedis redis;
    private RedisCommands<String, String> sync;
    private Pipeline workers;
    private int messages;

    @BeforeEach
    void start() {
        PipelineSettings settings =
                new PipelineSettings(1, 3, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofDays(1));
        redis = JagaRedis.connect(TestRedis.url(), keys, settings, new EventCodec(), ChatDataKeys.none());
        sync = redis.connection().sync();
        TurnProcessor turns = new TurnProcessor(
                redis.conversations(),
                Engines.standard(Clock.systemUTC()),
                redis.inbox(),
                Schedulers.parallel(),
                Clock.systemUTC());
        workers = new Pipeline(
                        "handover",
                        settings,
                        redis.inbox(),
                        turns,
                        redis.outbox(),
                        List.of(),
                        redis.events(),
                        List.of())
                .start();
    }

    @AfterEach
    void stop() {
        workers.stop();
        redis.close();
    }

    private long outboxLength() {
        return sync.xlen(keys.key("outbox:telegram"));
    }

    private void write(String text) {
        long before = sync.xlen(keys.key("transcript:" + chat.key()));
        redis.inbox()
                .accept(InboundMessage.text(chat, "h" + messages++, text, Instant.now()))
                .block();
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.xlen(keys.key("transcript:" + chat.key())) > before);
    }

    @Test
    void theBotIsSilentWhileAResponderHoldsTheConversation() {
        write("hello");
        long answered = outboxLength();

        assertThat(redis.handover().claim(chat, "amina").block().holder()).isEqualTo(Holder.HUMAN);
        write("are you a real person?");

        assertThat(outboxLength()).isEqualTo(answered);
        assertThat(sync.xrange(keys.key("events"), Range.create("-", "+")))
                .anySatisfy(event -> assertThat(event.getBody().get("e")).startsWith("MessageForResponder"));
    }

    @Test
    void aRelayedReplyIsQueuedOnceAndWrittenToTheTranscript() {
        write("hello");
        long answered = outboxLength();
        redis.handover().claim(chat, "amina").block();

        var sent = redis.handover()
                .relay(chat, "amina", "I am here with you.", "req-1")
                .block();
        redis.handover().relay(chat, "amina", "I am here with you.", "req-1").block();

        assertThat(sent.origin()).isEqualTo(Origin.RESPONDER);
        assertThat(outboxLength()).isEqualTo(answered + 1);
        assertThat(redis.conversations().transcript(chat).collectList().block())
                .filteredOn(line -> line.direction() == Direction.FROM_RESPONDER)
                .singleElement()
                .satisfies(line -> assertThat(line.text()).isEqualTo("I am here with you."));
    }

    @Test
    void anotherResponderCannotClaimOrReplyInAHeldConversation() {
        write("hello");
        redis.handover().claim(chat, "amina").block();

        assertThatThrownBy(() -> redis.handover().claim(chat, "budi").block()).isInstanceOf(HeldByAnother.class);
        assertThatThrownBy(() ->
                        redis.handover().relay(chat, "budi", "hi", "req-2").block())
                .isInstanceOf(HeldByAnother.class);
    }

    @Test
    void theBotAnswersAgainAfterTheHandBack() {
        write("hello");
        redis.handover().claim(chat, "amina").block();
        redis.handover().handBack(chat, "amina").block();
        long answered = outboxLength();

        write("hello again");

        assertThat(outboxLength()).isGreaterThan(answered);
    }

    @Test
    void claimingAConversationThatDoesNotExistFails() {
        assertThatThrownBy(() -> redis.handover()
                        .claim(new ChatRef(Channel.TELEGRAM, "nobody"), "amina")
                        .block())
                .isInstanceOf(UnknownConversation.class);
    }

    @Test
    void theSameRequestIdInTwoConversationsIsTwoMessages() {
        ChatRef other = new ChatRef(Channel.TELEGRAM, "other");
        write("hello");
        redis.inbox()
                .accept(InboundMessage.text(other, "o1", "hello", Instant.now()))
                .block();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> redis.conversations().find(other).blockOptional().isPresent());
        redis.handover().claim(chat, "amina").block();
        redis.handover().claim(other, "amina").block();

        var first = redis.handover().relay(chat, "amina", "one", "req-1").block();
        var second = redis.handover().relay(other, "amina", "two", "req-1").block();

        assertThat(first.id()).isNotEqualTo(second.id());
    }
}
