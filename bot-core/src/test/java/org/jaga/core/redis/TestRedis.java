package org.jaga.core.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.UUID;

/**
 * The real Redis that tests use: the server named by {@code JAGA_TEST_REDIS_URL} when set (CI
 * starts Debian's redis-server), otherwise one embedded server per test JVM. Each test takes fresh
 * keys, so tests never see each other's data.
 */
public final class TestRedis {
    private static String url;

    private TestRedis() {}

    public static synchronized String url() {
        if (url == null) {
            String external = System.getenv("JAGA_TEST_REDIS_URL");
            url = external != null && !external.isBlank() ? external : startEmbedded();
        }
        return url;
    }

    /** @return a key prefix no other test uses */
    public static KeySpace freshKeys() {
        return new KeySpace("test-" + UUID.randomUUID() + ":");
    }

    private static String startEmbedded() {
        try {
            EmbeddedRedis redis = EmbeddedRedis.start(Files.createTempDirectory("jaga-test-redis"), false);
            Runtime.getRuntime().addShutdownHook(new Thread(redis::close));
            return redis.url();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
