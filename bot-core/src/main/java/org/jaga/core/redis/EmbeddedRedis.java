package org.jaga.core.redis;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisExecProvider;

/**
 * A Redis server started as a child process from the binary that {@code embedded-redis} ships,
 * listening on loopback only, with append-only persistence in a data folder. A server left running
 * by an instance that was killed is shut down (it saves its data first) before a new one starts.
 */
public final class EmbeddedRedis implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);
    private static final String PID_FILE = "redis.pid";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final int port;

    private EmbeddedRedis(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the server on a free loopback port.
     *
     * @param dataDir where the append-only file lives; created if missing
     * @param fsyncEveryWrite true to fsync every write before answering (safest), false for once a second
     */
    public static EmbeddedRedis start(Path dataDir, boolean fsyncEveryWrite) {
        try {
            Files.createDirectories(dataDir);
            Path dir = dataDir.toAbsolutePath();
            stopLeftover(dir);
            File binary = RedisExecProvider.defaultProvider().get();
            binary.setExecutable(true);
            int port = freePort();
            List<String> command = List.of(
                    binary.getAbsolutePath(),
                    "--port",
                    Integer.toString(port),
                    "--bind",
                    "127.0.0.1",
                    "--protected-mode",
                    "yes",
                    "--dir",
                    dir.toString(),
                    "--pidfile",
                    dir.resolve(PID_FILE).toString(),
                    "--appendonly",
                    "yes",
                    "--appendfsync",
                    fsyncEveryWrite ? "always" : "everysec",
                    "--save",
                    "",
                    "--daemonize",
                    "no",
                    "--loglevel",
                    "warning",
                    "--logfile",
                    dir.resolve("redis.log").toString());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            EmbeddedRedis redis = new EmbeddedRedis(process, port);
            redis.awaitReady();
            Files.writeString(dir.resolve(PID_FILE), Long.toString(process.pid()), StandardCharsets.US_ASCII);
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Redis", e);
        }
    }

    /** @return the URL to connect to this server */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("the embedded Redis exited with code " + process.exitValue());
            }
            if (answersPing()) {
                return;
            }
            try {
                process.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting Redis", e);
            }
        }
        process.destroyForcibly();
        throw new IOException("the embedded Redis did not answer within " + START_TIMEOUT.toSeconds() + " s");
    }

    private boolean answersPing() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] reply = new byte[16];
            int read = socket.getInputStream().read(reply);
            // A server still loading its append-only file answers -LOADING.
            return read > 0 && new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void stopLeftover(Path dir) throws IOException {
        Path pidFile = dir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftover = readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(p ->
                        p.info().command().map(c -> c.contains("redis-server")).orElse(false));
        if (leftover.isPresent()) {
            log.warn(
                    "Stopping the embedded Redis (pid {}) left running by an earlier instance",
                    leftover.get().pid());
            leftover.get().destroy();
            try {
                leftover.get().onExit().get(START_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception slow) {
                leftover.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops the server; it writes its append-only file before it exits. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
