package org.jaga.server.hotline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jaga.core.redis.TestRedis;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * A load script, not a timed test (neither *Test nor *IT, so the build never runs it): while 1,000
 * other web chat conversations write, one person after another writes a distress message, and we
 * measure the time from the POST to the case's event in a console's server-sent event stream.
 * Loopback only; bounded by {@link #SAMPLES} and the background rate. Run:
 * {@code ./mvnw -B verify -pl server -am -Dtest=QueueLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Djacoco.skip=true}
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueueLatencyBenchmark {
    private static final int OTHERS = 1_000;
    private static final Duration EACH_OTHER_WRITES_EVERY = Duration.ofSeconds(5);
    private static final int SAMPLES = Integer.getInteger("samples", 200);
    private static final int WARM_UP = 20;
    private static final List<String> SMALL_TALK =
            List.of("hello", "is a tourist visa ok for work in Thailand?", "1", "what can you do", "thank you");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("jaga.redis.url", TestRedis::url);
        registry.add("jaga.redis.prefix", () -> TestRedis.freshKeys().prefix());
        registry.add("jaga.admin.user", () -> HotlineApiIT.ADMIN);
        registry.add("jaga.admin.password", () -> HotlineApiIT.ADMIN_PASSWORD);
    }

    @Test
    void distressReachesTheConsoleStreamUnderLoad() throws InterruptedException {
        WebClient web = WebClient.create("http://127.0.0.1:" + port);
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        BlockingQueue<Boolean> ready = new LinkedBlockingQueue<>();
        Disposable console = web.get()
                .uri("/api/v1/hotline/events")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (HotlineApiIT.ADMIN + ":" + HotlineApiIT.ADMIN_PASSWORD).getBytes()))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .subscribe(event -> {
                    if ("ready".equals(event.event())) {
                        ready.add(true);
                    } else if ("case".equals(event.event()) && event.data().contains("\"WAITING\"")) {
                        arrivals.add(System.nanoTime());
                    }
                });
        ready.poll(30, TimeUnit.SECONDS);

        AtomicLong background = new AtomicLong();
        Duration spacing = EACH_OTHER_WRITES_EVERY.dividedBy(OTHERS);
        Disposable others = Flux.interval(spacing)
                .onBackpressureDrop()
                .flatMap(
                        tick -> post(web, "other-" + (tick % OTHERS) + "-benchmark", SMALL_TALK.get((int)
                                (tick % SMALL_TALK.size()))),
                        64)
                .subscribe(status -> background.incrementAndGet());
        Thread.sleep(5_000);

        List<Long> micros = new ArrayList<>();
        List<String> slowest = new ArrayList<>();
        for (int i = -WARM_UP; i < SAMPLES; i++) {
            long sent = System.nanoTime();
            post(web, "person-" + UUID.randomUUID(), "please help me, they took my passport and I cannot leave")
                    .block();
            Long arrived = arrivals.poll(10, TimeUnit.SECONDS);
            if (arrived == null) {
                throw new IllegalStateException("no console event within 10 s");
            }
            long took = (arrived - sent) / 1_000;
            if (i >= 0) {
                micros.add(took);
            }
            if (took > 250_000) {
                slowest.add("#" + i + ": " + took / 1000 + " ms");
            }
        }
        others.dispose();
        console.dispose();

        Collections.sort(micros);
        System.out.printf(
                "%nQueueLatencyBenchmark: %d distress messages, %d background messages from %d conversations"
                        + " (%.0f/s)%n  POST → console SSE event: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                SAMPLES,
                background.get(),
                OTHERS,
                OTHERS / (double) EACH_OTHER_WRITES_EVERY.toSeconds(),
                at(micros, 50),
                at(micros, 90),
                at(micros, 99),
                micros.get(micros.size() - 1) / 1000.0);
        System.out.println("  over 250 ms (negative: warm-up): " + slowest);
    }

    private static double at(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1000.0;
    }

    private static reactor.core.publisher.Mono<Integer> post(WebClient web, String conversation, String text) {
        return web.post()
                .uri("/channels/webchat/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("conversationId", conversation, "messageId", "m-" + UUID.randomUUID(), "text", text))
                .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value()));
    }
}
