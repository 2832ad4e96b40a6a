package org.jaga.server.channels;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jaga.core.redis.TestRedis;
import org.jaga.server.JagaApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Load generator for the Telegram webhook, on loopback only, bounded in count and time. Starts Jaga
 * (with workers) against a fake Bot API and a local Redis, then:
 *
 * <ol>
 *   <li>end to end: {@code e2eRate} updates/s for {@code seconds}, each from a new chat; latency
 *       from the scheduled send of the webhook to the reply's arrival at the fake Bot API;
 *   <li>ingest: {@code ingestRate} updates/s for {@code seconds}; latency from the scheduled send
 *       to the webhook's 200 (open loop, so a slow server cannot hide its queueing).
 * </ol>
 *
 * Every chat must get exactly one reply: duplicates and losses are counted.
 *
 * <p>With {@code ingest-only}, Jaga runs as {@code JAGA_ROLE=ingest} (stores and acknowledges,
 * answers nothing), warmed up and measured at {@code ingestRate}; then an answering instance on the
 * same Redis starts and must answer every stored update exactly once.
 *
 * <p>{@code java -cp … org.jaga.server.channels.ChannelsBenchmark [e2eRate] [ingestRate] [seconds]
 * [ingest-only]}
 */
public final class ChannelsBenchmark {
    private static final String TOKEN = "1:BENCH";
    private static final String SECRET = "bench_secret";
    private static final Pattern CHAT = Pattern.compile("\"chat_id\":\"(\\d+)\"");

    private final Map<Long, Long> replyAt = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> replies = new ConcurrentHashMap<>();
    // Like Telegram, which opens at most 40 connections to a webhook (max_connections), and sends
    // over them one update at a time; more concurrent updates wait for a free connection.
    private final HttpClient client = HttpClient.create(ConnectionProvider.builder("bench")
                    .maxConnections(40)
                    .pendingAcquireMaxCount(-1)
                    .pendingAcquireTimeout(Duration.ofMinutes(5))
                    .build())
            .runOn(LoopResources.create("bench-client", 1, true))
            .headers(h -> h.add("Content-Type", "application/json").add("X-Telegram-Bot-Api-Secret-Token", SECRET));

    public static void main(String[] args) throws Exception {
        int e2eRate = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int ingestRate = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        if (args.length > 3 && args[3].equals("ingest-only")) {
            new ChannelsBenchmark().runIngestOnly(ingestRate, seconds);
        } else {
            new ChannelsBenchmark().run(e2eRate, ingestRate, seconds);
        }
        System.exit(0);
    }

    private static ConfigurableApplicationContext jaga(String role, String redis, String prefix, DisposableServer api) {
        return SpringApplication.run(
                JagaApplication.class,
                "--server.port=0",
                "--jaga.role=" + role,
                "--jaga.instance.id=bench-" + role,
                "--jaga.redis.url=" + redis,
                "--jaga.redis.prefix=" + prefix,
                "--jaga.telegram.bot.token=" + TOKEN,
                "--jaga.telegram.webhook.secret=" + SECRET,
                "--jaga.telegram.api.url=http://127.0.0.1:" + api.port(),
                "--jaga.telegram.rate=1000",
                "--logging.level.root=WARN");
    }

    private static String webhook(ConfigurableApplicationContext jaga) {
        return "http://127.0.0.1:" + jaga.getEnvironment().getProperty("local.server.port") + "/webhooks/telegram";
    }

    private void runIngestOnly(int ingestRate, int seconds) throws Exception {
        DisposableServer platform = fakeBotApi();
        String redis = TestRedis.url();
        String prefix = TestRedis.freshKeys().prefix();
        ConfigurableApplicationContext ingest = jaga("ingest", redis, prefix, platform);
        String webhook = webhook(ingest);
        System.out.printf(
                "cores=%d redis=%s role=ingest%n", Runtime.getRuntime().availableProcessors(), redis);
        for (int round = 0; round < 12; round++) {
            CpuUse cpu = CpuUse.start(redis);
            Result warm = load(webhook, ingestRate, 5, 1_500_000_000L + round * 100_000L);
            double compiling = cpu.compilerShare();
            System.out.printf(
                    "warm-up round %d: the JIT took %.0f%% of the CPU, %d not acknowledged%n",
                    round + 1, compiling * 100, warm.failures.get());
            if (compiling < 0.05) {
                break;
            }
        }
        // The warm-up's updates are no part of the measurement: nobody is to answer them.
        var commands = ingest.getBean(org.jaga.core.redis.JagaRedis.class);
        commands.connection().sync().xtrim(commands.keys().key("inbox"), 0);
        System.out.println("== measured run starts");
        CpuUse cpu = CpuUse.start(redis);
        Result run = load(webhook, ingestRate, seconds, 2_000_000_000L);
        System.out.println("while ingesting (nothing answered on this machine meanwhile):");
        cpu.report(run.count);
        report("webhook acknowledgement", ingestRate, run.ackNanos);
        System.out.printf("  non-200 answers: %d%n", run.failures.get());
        ConfigurableApplicationContext answering = jaga("all", redis, prefix, platform);
        awaitReplies(run.count, 2_000_000_000L, Duration.ofSeconds(600));
        printLossesAndDuplicates(run.count, 2_000_000_000L);
        answering.close();
        ingest.close();
        platform.disposeNow();
    }

    private void run(int e2eRate, int ingestRate, int seconds) throws Exception {
        DisposableServer platform = fakeBotApi();
        String redis = TestRedis.url();
        ConfigurableApplicationContext jaga =
                jaga("all", redis, TestRedis.freshKeys().prefix(), platform);
        String webhook = webhook(jaga);
        System.out.printf("cores=%d redis=%s%n", Runtime.getRuntime().availableProcessors(), redis);

        warmUp(webhook, Math.min(e2eRate, 1000), redis);
        System.out.println("== measured run starts");
        CpuUse cpu = CpuUse.start(redis);
        Result e2e = load(webhook, e2eRate, seconds, 1_000_000_000L);
        awaitReplies(e2e.count, 1_000_000_000L, Duration.ofSeconds(60));
        cpu.report(e2e.count);
        long[] endToEnd = endToEnd(e2e, 1_000_000_000L);
        report("end to end (webhook in -> reply at the fake Bot API)", e2eRate, endToEnd);
        report("  acknowledgement during that run", e2eRate, e2e.ackNanos);
        printLossesAndDuplicates(e2e.count, 1_000_000_000L);

        CpuUse ingestCpu = CpuUse.start(redis);
        Result ingest = load(webhook, ingestRate, seconds, 2_000_000_000L);
        System.out.println("while ingesting (acknowledgements only, answering comes after):");
        ingestCpu.report(ingest.count);
        report("webhook acknowledgement", ingestRate, ingest.ackNanos);
        System.out.printf("  non-200 answers: %d%n", ingest.failures.get());
        awaitReplies(ingest.count, 2_000_000_000L, Duration.ofSeconds(180));
        printLossesAndDuplicates(ingest.count, 2_000_000_000L);
        jaga.close();
        platform.disposeNow();
    }

    /**
     * At the measured rate until the JIT is done with the hot paths (its compiler threads take less
     * than 5% of the JVM's CPU in a round): a server in service has been running for a while.
     */
    private void warmUp(String webhook, int rate, String redis) throws Exception {
        for (int round = 0; round < 12; round++) {
            long firstChat = 1_500_000_000L + round * 100_000L; // update_id is a 32-bit integer
            CpuUse cpu = CpuUse.start(redis);
            Result warm = load(webhook, rate, 5, firstChat);
            if (warm.failures.get() > 0) {
                throw new IllegalStateException(warm.failures.get() + " warm-up updates were not acknowledged");
            }
            awaitReplies(warm.count, firstChat, Duration.ofSeconds(60));
            double compiling = cpu.compilerShare();
            System.out.printf("warm-up round %d: the JIT took %.0f%% of the CPU%n", round + 1, compiling * 100);
            if (compiling < 0.05) {
                return;
            }
        }
    }

    private record Result(int count, long[] sentAt, long[] ackNanos, AtomicInteger failures) {}

    /** Open loop: update i is due at start + i/rate, whether or not earlier ones were answered. */
    private Result load(String webhook, int rate, int seconds, long firstChat) throws Exception {
        int count = rate * seconds;
        long[] sentAt = new long[count];
        long[] ack = new long[count];
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + (long) i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            sentAt[i] = due;
            client.post()
                    .uri(webhook)
                    .send(ByteBufFlux.fromString(Mono.just(update(firstChat + i))))
                    .responseSingle((response, body) ->
                            body.then(Mono.just(response.status().code())))
                    .subscribe(
                            status -> {
                                ack[index] = System.nanoTime() - due;
                                if (status != 200) {
                                    failures.incrementAndGet();
                                }
                                done.countDown();
                            },
                            error -> {
                                ack[index] = System.nanoTime() - due;
                                failures.incrementAndGet();
                                done.countDown();
                            });
        }
        done.await(120, TimeUnit.SECONDS);
        return new Result(count, sentAt, ack, failures);
    }

    private static String update(long chat) {
        return "{\"update_id\":" + chat + ",\"message\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":"
                + chat + ",\"type\":\"private\"},\"from\":{\"id\":" + chat
                + ",\"is_bot\":false,\"first_name\":\"B\"},\"text\":\"hello\"}}";
    }

    private void awaitReplies(int count, long firstChat, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline && repliedChats(count, firstChat) < count) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private long repliedChats(int count, long firstChat) {
        long replied = 0;
        for (long chat = firstChat; chat < firstChat + count; chat++) {
            replied += replies.containsKey(chat) ? 1 : 0;
        }
        return replied;
    }

    private long[] endToEnd(Result run, long firstChat) {
        return java.util.stream.IntStream.range(0, run.count)
                .filter(i -> replyAt.containsKey(firstChat + i))
                .mapToLong(i -> replyAt.get(firstChat + i) - run.sentAt[i])
                .toArray();
    }

    private void printLossesAndDuplicates(int count, long firstChat) {
        long lost = count - repliedChats(count, firstChat);
        long duplicates = 0;
        for (long chat = firstChat; chat < firstChat + count; chat++) {
            AtomicInteger n = replies.get(chat);
            duplicates += n != null && n.get() > 1 ? n.get() - 1 : 0;
        }
        System.out.printf("  messages %d, replies missing %d, duplicate replies %d%n", count, lost, duplicates);
    }

    private static void report(String what, int rate, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%s at %d/s: n=%d p50=%.1f ms p99=%.1f ms p99.9=%.1f ms max=%.1f ms%n",
                what,
                rate,
                sorted.length,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                percentile(sorted, 0.999),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    private DisposableServer fakeBotApi() {
        AtomicLong ids = new AtomicLong();
        return HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .runOn(LoopResources.create("bench-platform", 1, true))
                .handle((request, response) -> request.receive()
                        .aggregate()
                        .asString()
                        .flatMap(body -> {
                            long now = System.nanoTime();
                            Matcher chat = CHAT.matcher(body);
                            if (chat.find()) {
                                long id = Long.parseLong(chat.group(1));
                                replyAt.putIfAbsent(id, now);
                                replies.computeIfAbsent(id, k -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                            String answer = "{\"ok\":true,\"result\":{\"message_id\":" + ids.incrementAndGet()
                                    + ",\"date\":1700000000,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"x\"}}";
                            return response.header("Content-Type", "application/json")
                                    .sendString(Mono.just(answer))
                                    .then();
                        }))
                .bindNow();
    }
}
