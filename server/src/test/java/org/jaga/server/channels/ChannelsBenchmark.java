package org.jaga.server.channels;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jaga.core.redis.TestRedis;
import org.jaga.server.JagaApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

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
 * <p>{@code java -cp … org.jaga.server.channels.ChannelsBenchmark [e2eRate] [ingestRate] [seconds]}
 */
public final class ChannelsBenchmark {
    private static final String TOKEN = "1:BENCH";
    private static final String SECRET = "bench_secret";
    private static final Pattern CHAT = Pattern.compile("\"chat_id\":\"(\\d+)\"");

    private final Map<Long, Long> replyAt = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> replies = new ConcurrentHashMap<>();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4))
            .build();

    public static void main(String[] args) throws Exception {
        // the JDK server otherwise answers in two packets, and Nagle plus delayed ACKs add 40 ms
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int e2eRate = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int ingestRate = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        new ChannelsBenchmark().run(e2eRate, ingestRate, seconds);
        System.exit(0);
    }

    private void run(int e2eRate, int ingestRate, int seconds) throws Exception {
        HttpServer platform = fakeBotApi();
        String redis = TestRedis.url();
        ConfigurableApplicationContext jaga = SpringApplication.run(
                JagaApplication.class,
                "--server.port=0",
                "--jaga.redis.url=" + redis,
                "--jaga.redis.prefix=" + TestRedis.freshKeys().prefix(),
                "--jaga.telegram.bot.token=" + TOKEN,
                "--jaga.telegram.webhook.secret=" + SECRET,
                "--jaga.telegram.api.url=http://127.0.0.1:"
                        + platform.getAddress().getPort(),
                "--jaga.telegram.rate=1000",
                "--logging.level.root=WARN");
        int port = Integer.parseInt(jaga.getEnvironment().getProperty("local.server.port"));
        URI webhook = URI.create("http://127.0.0.1:" + port + "/webhooks/telegram");
        System.out.printf("cores=%d redis=%s%n", Runtime.getRuntime().availableProcessors(), redis);

        warmUp(webhook);
        Result e2e = load(webhook, e2eRate, seconds, 1_000_000_000L);
        awaitReplies(e2e.count, 1_000_000_000L, Duration.ofSeconds(60));
        long[] endToEnd = endToEnd(e2e, 1_000_000_000L);
        report("end to end (webhook in -> reply at the fake Bot API)", e2eRate, endToEnd);
        report("  acknowledgement during that run", e2eRate, e2e.ackNanos);
        printLossesAndDuplicates(e2e.count, 1_000_000_000L);

        Result ingest = load(webhook, ingestRate, seconds, 2_000_000_000L);
        report("webhook acknowledgement", ingestRate, ingest.ackNanos);
        System.out.printf("  non-200 answers: %d%n", ingest.failures.get());
        awaitReplies(ingest.count, 2_000_000_000L, Duration.ofSeconds(180));
        printLossesAndDuplicates(ingest.count, 2_000_000_000L);
        jaga.close();
        platform.stop(0);
    }

    private void warmUp(URI webhook) throws Exception {
        Result warm = load(webhook, 500, 4, 3_000_000_000L);
        awaitReplies(warm.count, 3_000_000_000L, Duration.ofSeconds(60));
    }

    private record Result(int count, long[] sentAt, long[] ackNanos, AtomicInteger failures) {}

    /** Open loop: update i is due at start + i/rate, whether or not earlier ones were answered. */
    private Result load(URI webhook, int rate, int seconds, long firstChat) throws Exception {
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
            client.sendAsync(request(webhook, firstChat + i), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        ack[index] = System.nanoTime() - due;
                        if (error != null || response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                        done.countDown();
                    });
        }
        done.await(120, TimeUnit.SECONDS);
        return new Result(count, sentAt, ack, failures);
    }

    private static HttpRequest request(URI webhook, long chat) {
        String update =
                "{\"update_id\":" + chat + ",\"message\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":"
                        + chat + ",\"type\":\"private\"},\"from\":{\"id\":" + chat
                        + ",\"is_bot\":false,\"first_name\":\"B\"},\"text\":\"hello\"}}";
        return HttpRequest.newBuilder(webhook)
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build();
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

    private HttpServer fakeBotApi() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(4));
        AtomicLong ids = new AtomicLong();
        server.createContext("/", exchange -> {
            long now = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher chat = CHAT.matcher(body);
            if (chat.find()) {
                long id = Long.parseLong(chat.group(1));
                replyAt.putIfAbsent(id, now);
                replies.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            }
            byte[] answer = ("{\"ok\":true,\"result\":{\"message_id\":" + ids.incrementAndGet()
                            + ",\"date\":1700000000,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"x\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        return server;
    }
}
