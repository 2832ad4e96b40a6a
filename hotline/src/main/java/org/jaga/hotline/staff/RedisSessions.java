package org.jaga.hotline.staff;

import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Mono;

/** Sessions as Redis hashes named by the SHA-256 of their token, so a copy of Redis opens no session. */
final class RedisSessions implements Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;
    private final Clock clock;

    RedisSessions(RedisReactiveCommands<String, String> commands, KeySpace keys, Clock clock) {
        this.commands = commands;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Mono<Session> open(String username) {
        Session session = new Session(randomToken(), username, randomToken(), clock.instant());
        String key = key(session.token());
        Map<String, String> fields = Map.of(
                "u", username, "csrf", session.csrf(), "at", session.createdAt().toString());
        return commands.hset(key, fields)
                .then(commands.expire(key, IDLE.toSeconds()))
                .thenReturn(session);
    }

    @Override
    public Mono<Session> find(String token) {
        if (token == null || token.length() != 43) {
            return Mono.empty();
        }
        String key = key(token);
        return commands.hgetall(key)
                .collectMap(kv -> kv.getKey(), kv -> kv.getValue())
                .filter(fields -> fields.containsKey("u"))
                .map(fields -> new Session(token, fields.get("u"), fields.get("csrf"), Instant.parse(fields.get("at"))))
                .filter(session -> session.createdAt().plus(LONGEST).isAfter(clock.instant()))
                .flatMap(session -> commands.expire(key, IDLE.toSeconds()).thenReturn(session));
    }

    @Override
    public Mono<Void> close(String token) {
        return token == null ? Mono.empty() : commands.del(key(token)).then();
    }

    private String key(String token) {
        return keys.key("hotline:session:" + sha256(token));
    }

    /** @return 256 random bits, URL-safe base64 (43 characters) */
    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
