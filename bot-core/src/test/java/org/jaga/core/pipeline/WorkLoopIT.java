package org.jaga.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.redis.EventCodec;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.redis.KeySpace;
import org.jaga.core.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** A work loop on a real Redis queue: a batch is handled concurrently, each chat in its order. */
class WorkLoopIT {
    private static final int CHATS = 20;
    private static final int PER_CHAT = 4;
    private final KeySpace keys = TestRedis.freshKeys();
    private final PipelineSettings settings =
            new PipelineSettings(1, 3, Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofDays(1));
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final Map<String, AtomicInteger> inFlightPerChat = new ConcurrentHashMap<>();
    private final Map<String, List<String>> handledPerChat = new ConcurrentHashMap<>();
    private final List<String> overlaps = new CopyOnWriteArrayList<>();
    private JagaRedis redis;
    private WorkLoop<InboundMessage> loop;

    @BeforeEach
    void connect() {
        redis = JagaRedis.connect(TestRedis.url(), keys, settings, new EventCodec(), chat -> List.of());
    }

    @AfterEach
    void close() {
        if (loop != null) {
            loop.stop();
        }
        redis.close();
    }

    @Test
    void entriesOfOneBatchRunConcurrentlyButEachChatInQueueOrder() {
        List<String> expectedOrder = new ArrayList<>();
        for (int n = 0; n < PER_CHAT; n++) {
            for (int c = 0; c < CHATS; c++) {
                InboundMessage message = InboundMessage.text(
                        new ChatRef(Channel.TELEGRAM, "chat" + c), "m" + c + "-" + n, "hello", Instant.now());
                redis.inbox().accept(message).block();
            }
            expectedOrder.add("m%d-" + n);
        }
        WorkQueue<InboundMessage> queue = redis.inbox().consumer("order-test");
        loop = new WorkLoop<>(
                        "order-test",
                        queue,
                        d -> slowly(d, queue),
                        m -> m.chat().key(),
                        3,
                        Duration.ofSeconds(5))
                .start();

        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        handledPerChat.values().stream().mapToInt(List::size).sum() == CHATS * PER_CHAT);
        for (int c = 0; c < CHATS; c++) {
            int chat = c;
            assertThat(handledPerChat.get("telegram:chat" + c))
                    .containsExactlyElementsOf(expectedOrder.stream()
                            .map(pattern -> String.format(pattern, chat))
                            .toList());
        }
        assertThat(overlaps).as("two entries of one chat handled at once").isEmpty();
        assertThat(mostInFlight.get())
                .as("entries of different chats handled together")
                .isGreaterThan(1);
    }

    private Mono<Void> slowly(Delivery<InboundMessage> delivery, WorkQueue<InboundMessage> queue) {
        String chat = delivery.value().chat().key();
        return Mono.fromRunnable(() -> {
                    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    if (inFlightPerChat
                                    .computeIfAbsent(chat, k -> new AtomicInteger())
                                    .incrementAndGet()
                            > 1) {
                        overlaps.add(chat);
                    }
                })
                .then(Mono.delay(Duration.ofMillis(20)))
                .then(Mono.fromRunnable(() -> {
                    handledPerChat
                            .computeIfAbsent(chat, k -> new CopyOnWriteArrayList<>())
                            .add(delivery.value().platformMessageId());
                    inFlightPerChat.get(chat).decrementAndGet();
                    inFlight.decrementAndGet();
                }))
                .then(queue.ack(delivery));
    }
}
