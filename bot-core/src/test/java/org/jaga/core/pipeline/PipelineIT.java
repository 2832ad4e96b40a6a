package org.jaga.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Range;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.dialogue.Engines;
import org.jaga.core.event.DomainEvent;
import org.jaga.core.event.EventSubscriber;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.privacy.ForgetRequested;
import org.jaga.core.redis.ChatDataKeys;
import org.jaga.core.redis.EventCodec;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.redis.KeySpace;
import org.jaga.core.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The whole pipeline against a real Redis: inbox, workers, engine, outbox, senders, events. */
class PipelineIT {
    private static final Duration REDELIVER_AFTER = Duration.ofMillis(300);
    private final Clock clock = Clock.systemUTC();
    private final KeySpace keys = TestRedis.freshKeys();
    private final PipelineSettings settings =
            new PipelineSettings(2, 3, REDELIVER_AFTER, Duration.ofMillis(100), Duration.ofDays(1));
    private final List<Pipeline> running = new ArrayList<>();
    private JagaRedis redis;
    private RedisCommands<String, String> sync;
    private TurnProcessor turns;

    @BeforeEach
    void connect() {
        ChatDataKeys channelKeys = chat -> List.of(keys.key("channel-data:" + chat.key()));
        redis = JagaRedis.connect(TestRedis.url(), keys, settings, new EventCodec(), channelKeys);
        sync = redis.connection().sync();
        turns = new TurnProcessor(
                redis.conversations(), Engines.standard(clock), redis.inbox(), Schedulers.parallel(), clock);
    }

    @AfterEach
    void close() {
        running.forEach(Pipeline::stop);
        redis.close();
    }

    private InboundMessage text(String user, String id, String text) {
        return InboundMessage.text(new ChatRef(Channel.TELEGRAM, user), id, text, Instant.now());
    }

    private Pipeline start(RecordingSender sender, EventSubscriber... subscribers) {
        Pipeline pipeline = new Pipeline(
                "it-" + running.size(),
                settings,
                redis.inbox(),
                turns,
                redis.outbox(),
                List.of(sender),
                redis.events(),
                List.of(subscribers));
        running.add(pipeline.start());
        return pipeline;
    }

    @Test
    void redeliveryOfTheSameMessageIsDropped() {
        InboundMessage message = text("u1", "100", "hi");

        assertThat(redis.inbox().accept(message).block()).isTrue();
        assertThat(redis.inbox().accept(message).block()).isFalse();
        assertThat(sync.xlen(keys.key("inbox"))).isEqualTo(1);
    }

    @Test
    void everyAcceptedMessageIsAnsweredExactlyOnce() {
        RecordingSender sender = new RecordingSender();
        start(sender);
        start(sender);
        for (int i = 0; i < 40; i++) {
            redis.inbox().accept(text("user" + i, "m" + i, "hello")).block();
            redis.inbox().accept(text("user" + i, "m" + i, "hello")).block();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> sender.sent.size() >= 40);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> sender.sent.size() == 40);
        assertThat(sender.sent).extracting(m -> m.chat().platformUserId()).doesNotHaveDuplicates();
        assertThat(sync.xlen(keys.key("inbox"))).isZero();
        assertThat(sync.xlen(keys.key("outbox:telegram"))).isZero();
    }

    @Test
    void entryLeftByAWorkerThatDiedIsTakenOverAndAnsweredOnce() {
        redis.inbox().accept(text("u2", "200", "hi")).block();
        WorkQueue<InboundMessage> dying = redis.inbox().consumer("dies-mid-message");
        assertThat(dying.poll().block()).hasSize(1);
        dying.close();

        RecordingSender sender = new RecordingSender();
        start(sender);

        await().atMost(Duration.ofSeconds(10)).until(() -> sender.sent.size() == 1);
        assertThat(sync.xpending(keys.key("inbox"), "workers").getCount()).isZero();
    }

    @Test
    void aTurnCommittedTwiceStoresAndSendsOnce() {
        redis.inbox().accept(text("u3", "300", "hi")).block();
        WorkQueue<InboundMessage> queue = redis.inbox().consumer("twice");
        Delivery<InboundMessage> delivery = queue.poll().block().get(0);

        turns.process(delivery).block();
        turns.process(delivery).block();

        assertThat(sync.xlen(keys.key("outbox:telegram"))).isEqualTo(1);
        assertThat(sync.xrange(keys.key("transcript:telegram:u3"), Range.create("-", "+")))
                .hasSize(2);
        queue.close();
    }

    @Test
    void concurrentMessagesOfOneConversationAreAllHandled() {
        RecordingSender sender = new RecordingSender();
        start(sender);
        start(sender);
        for (int i = 0; i < 10; i++) {
            redis.inbox().accept(text("busy", "b" + i, "hello")).block();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> sender.sent.size() == 10);
        Conversation conversation = redis.conversations()
                .find(new ChatRef(Channel.TELEGRAM, "busy"))
                .block();
        assertThat(conversation.version()).isEqualTo(10);
    }

    @Test
    void forgettingErasesTheConversationItsTranscriptAndTheChannelsData() {
        ChatRef chat = new ChatRef(Channel.TELEGRAM, "u4");
        sync.set(keys.key("channel-data:" + chat.key()), "kept by a channel");
        RecordingSender sender = new RecordingSender();
        List<DomainEvent> seen = new CopyOnWriteArrayList<>();
        start(sender, new Recorder("forget-recorder", seen));

        redis.inbox().accept(text("u4", "400", "7")).block();
        await().atMost(Duration.ofSeconds(10)).until(() -> sender.sent.size() == 1);
        redis.inbox().accept(text("u4", "401", "yes")).block();
        await().atMost(Duration.ofSeconds(10)).until(() -> sender.sent.size() == 2);

        assertThat(redis.conversations().find(chat).blockOptional()).isEmpty();
        assertThat(redis.conversations().transcript(chat).collectList().block()).isEmpty();
        assertThat(sync.exists(keys.key("channel-data:" + chat.key()))).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 1);
        assertThat(seen.get(0)).isInstanceOf(ForgetRequested.class);
    }

    @Test
    void messageThatFailsForGoodBecomesADeadLetter() {
        RecordingSender sender = new RecordingSender();
        sender.failForGood = true;
        start(sender);

        redis.inbox().accept(text("u5", "500", "hi")).block();

        await().atMost(Duration.ofSeconds(10)).until(() -> sync.xlen(keys.key("deadletters")) == 1);
        assertThat(sync.xlen(keys.key("outbox:telegram"))).isZero();
    }

    @Test
    void messageThatFailsForNowIsRetriedUntilItIsDelivered() {
        RecordingSender sender = new RecordingSender();
        sender.failuresLeft = 2;
        start(sender);

        redis.inbox().accept(text("u6", "600", "hi")).block();

        await().atMost(Duration.ofSeconds(10)).until(() -> sender.sent.size() == 1);
        assertThat(sender.attempts).isEqualTo(3);
        assertThat(sync.xlen(keys.key("deadletters"))).isZero();
    }

    @Test
    void messageEnqueuedOutsideATurnIsSentOnceHoweverOftenItIsEnqueued() {
        RecordingSender sender = new RecordingSender();
        start(sender);
        OutboundMessage held =
                new OutboundMessage("held-1", new ChatRef(Channel.TELEGRAM, "u7"), "hello", List.of(), Instant.now());

        assertThat(redis.outbox().enqueue(held).block()).isTrue();
        assertThat(redis.outbox().enqueue(held).block()).isFalse();

        await().atMost(Duration.ofSeconds(10)).until(() -> sender.sent.size() == 1);
        assertThat(sender.sent.get(0)).isEqualTo(held);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> sender.sent.size() == 1);
    }

    /** A channel sender that records what it delivered and fails on demand. */
    static final class RecordingSender implements OutboundSender {
        final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();
        final Map<String, Boolean> ids = new ConcurrentHashMap<>();
        volatile boolean failForGood;
        volatile int failuresLeft;
        volatile int attempts;

        @Override
        public Channel channel() {
            return Channel.TELEGRAM;
        }

        @Override
        public synchronized Mono<Void> send(OutboundMessage message) {
            attempts++;
            if (failForGood) {
                return Mono.error(DeliveryFailed.forGood("blocked by the user"));
            }
            if (failuresLeft > 0) {
                failuresLeft--;
                return Mono.error(DeliveryFailed.forNow("server error", null));
            }
            sent.add(message);
            return Mono.empty();
        }
    }

    private record Recorder(String name, List<DomainEvent> seen) implements EventSubscriber {
        @Override
        public Mono<Void> on(DomainEvent event) {
            seen.add(event);
            return Mono.empty();
        }
    }
}
