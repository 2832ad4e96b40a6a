package org.jaga.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service as an operator runs it, killed with SIGKILL while messages are in flight and
 * started again on the same data: every message that got a 2xx is answered exactly once.
 */
class CrashRecoveryIT {
    private static final Pattern REDIS_PORT = Pattern.compile("Started the embedded Redis on port (\\d+)");
    private static final int MESSAGES = 300;
    private static final int KILL_AFTER_ACCEPTED = 80;

    @TempDir
    Path work;

    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stopEverything() {
        processes.forEach(Process::destroy);
    }

    @Test
    void everyAcceptedMessageIsAnsweredExactlyOnceAfterAKill() throws Exception {
        int port = freePort();
        Process first = start(port, work.resolve("first.log"));
        awaitHealthy(port);

        Set<String> accepted = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        Semaphore concurrency = new Semaphore(24);
        for (int i = 0; i < MESSAGES; i++) {
            if (accepted.size() >= KILL_AFTER_ACCEPTED && first.isAlive()) {
                first.destroyForcibly();
            }
            String conversation = "crash-conv-" + i;
            concurrency.acquire();
            inFlight.add(post(port, conversation).whenComplete((status, error) -> {
                concurrency.release();
                if (error == null && status / 100 == 2) {
                    accepted.add(conversation);
                }
            }));
        }
        first.destroyForcibly();
        first.waitFor();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .handle((r, e) -> null)
                .join();
        assertThat(accepted).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACCEPTED);

        Path secondLog = work.resolve("second.log");
        start(port, secondLog);
        awaitHealthy(port);

        try (RedisClient client = RedisClient.create("redis://127.0.0.1:" + redisPort(secondLog));
                StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> accepted.stream().allMatch(c -> botReplies(redis, c) >= 1));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> redis.xlen("jaga:inbox") == 0 && redis.xlen("jaga:outbox:webchat") == 0);
            Map<Long, Long> repliesPerConversation = new java.util.TreeMap<>();
            for (String conversation : accepted) {
                repliesPerConversation.merge(botReplies(redis, conversation), 1L, Long::sum);
            }
            assertThat(repliesPerConversation).containsOnlyKeys(1L);
        }
    }

    private static long botReplies(RedisCommands<String, String> redis, String conversation) {
        return redis.xrange("jaga:webchat:" + conversation, Range.create("-", "+")).stream()
                .filter(entry -> entry.getBody().get("e").contains("\"from\":\"bot\""))
                .count();
    }

    private CompletableFuture<Integer> post(int port, String conversation) {
        String body = "{\"conversationId\":\"" + conversation + "\",\"messageId\":\"" + conversation
                + "-m1\",\"text\":\"hello\"}";
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/channels/webchat/messages"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    private Process start(int port, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        Path.of("target", "jaga.jar").toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("JAGA_"));
        env.put("JAGA_PORT", Integer.toString(port));
        env.put("JAGA_DATA_DIR", work.resolve("data").toString());
        env.put("JAGA_REDELIVERY_SECONDS", "2");
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private void awaitHealthy(int port) {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> http.send(health, HttpResponse.BodyHandlers.ofString())
                        .body()
                        .contains("\"UP\""));
    }

    private static int redisPort(Path log) throws IOException {
        Matcher matcher = REDIS_PORT.matcher(Files.readString(log));
        assertThat(matcher.find()).as("the log names the embedded Redis port").isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
