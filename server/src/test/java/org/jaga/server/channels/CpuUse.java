package org.jaga.server.channels;

import io.lettuce.core.RedisClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a load run's CPU went: this JVM's threads grouped by name (Jaga's, the load generator's and
 * the JVM's own, GC and JIT included, from {@code /proc/self/task}), and the Redis server's, per
 * message. A diagnostic for the benchmarks, Linux only.
 */
final class CpuUse {
    private static final Pattern REDIS_CPU = Pattern.compile("used_cpu_(?:sys|user):([0-9.]+)");
    private static final Pattern COMMAND_CALLS = Pattern.compile("cmdstat_([a-z|]+):calls=(\\d+)");
    private static final double TICK_MICROS = 10_000; // USER_HZ is 100 on Linux
    private final String redisUrl;
    private final Map<String, Long> before;
    private final double redisBefore;
    private final long wallBefore = System.nanoTime();

    private CpuUse(String redisUrl) {
        this.redisUrl = redisUrl;
        this.redisBefore = redisSeconds();
        redis(commands -> commands.configResetstat());
        this.before = ticksByThread();
    }

    static CpuUse start(String redisUrl) {
        return new CpuUse(redisUrl);
    }

    void report(int messages) {
        Map<String, Long> after = ticksByThread();
        Map<String, Long> byGroup = new TreeMap<>();
        after.forEach((thread, ticks) -> byGroup.merge(
                thread.substring(thread.indexOf(' ') + 1).replaceAll("\\d+", "N"),
                ticks - before.getOrDefault(thread, 0L),
                Long::sum));
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        long total = byGroup.values().stream().mapToLong(Long::longValue).sum();
        double redis = (redisSeconds() - redisBefore) * 1e6 / messages;
        System.out.printf(
                "CPU during %.1f s: %.0f µs a message in this JVM, %.0f µs in redis-server; by thread:%n",
                wall, total * TICK_MICROS / messages, redis);
        System.out.println("  Redis commands a message (in scripts too):" + redisCommands(messages));
        byGroup.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %8.1f  %s%n", e.getValue() * TICK_MICROS / messages, e.getKey()));
    }

    /** @return the share of this JVM's CPU its JIT compiler threads took since the start */
    double compilerShare() {
        Map<String, Long> after = ticksByThread();
        long total = 0;
        long compiling = 0;
        for (var thread : after.entrySet()) {
            long ticks = thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
            total += ticks;
            compiling += thread.getKey().contains("CompilerThre") ? ticks : 0;
        }
        return total == 0 ? 0 : compiling / (double) total;
    }

    /** Thread id and name to user plus system ticks; a thread that ended since is not counted. */
    private static Map<String, Long> ticksByThread() {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(task.getFileName() + " " + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while we looked
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ticks;
    }

    private double redisSeconds() {
        return redis(commands -> {
            Matcher m = REDIS_CPU.matcher(commands.info("cpu"));
            double total = 0;
            while (m.find()) {
                total += Double.parseDouble(m.group(1));
            }
            return total;
        });
    }

    private String redisCommands(int messages) {
        Matcher m = COMMAND_CALLS.matcher(redis(commands -> commands.info("commandstats")));
        Map<String, Double> perMessage = new TreeMap<>();
        while (m.find()) {
            perMessage.put(m.group(1), Long.parseLong(m.group(2)) / (double) messages);
        }
        StringBuilder out = new StringBuilder();
        perMessage.entrySet().stream()
                .filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.append(String.format(" %s %.1f", e.getKey(), e.getValue())));
        return out.toString();
    }

    private <T> T redis(java.util.function.Function<io.lettuce.core.api.sync.RedisCommands<String, String>, T> call) {
        RedisClient client = RedisClient.create(redisUrl);
        try (var connection = client.connect()) {
            return call.apply(connection.sync());
        } finally {
            client.shutdown();
        }
    }
}
