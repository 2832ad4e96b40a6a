package org.jaga.channels.delivery;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import reactor.core.publisher.Mono;

/** A Lua script of the channels beside the class that runs it, run by digest and reloaded when Redis forgot it. */
public final class RedisScript {
    private final String source;
    private final String sha;

    private RedisScript(String source, String sha) {
        this.source = source;
        this.sha = sha;
    }

    /** @param name the resource name relative to {@code owner}'s package */
    public static RedisScript load(Class<?> owner, String name, RedisReactiveCommands<String, String> commands) {
        return load(commands, read(owner, name));
    }

    /**
     * @param library Lua functions the script calls, prepended to it (Redis scripts cannot load
     *     one another), e.g. {@code /org/jaga/channels/ratelimit/buckets.lua}
     */
    public static RedisScript load(
            Class<?> owner, String library, String name, RedisReactiveCommands<String, String> commands) {
        return load(commands, read(owner, library) + "\n" + read(owner, name));
    }

    private static RedisScript load(RedisReactiveCommands<String, String> commands, String source) {
        return new RedisScript(source, commands.digest(source));
    }

    private static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the integer the script returns */
    public Mono<Long> run(RedisReactiveCommands<String, String> commands, String[] keys, String... args) {
        return commands.<Long>evalsha(sha, ScriptOutputType.INTEGER, keys, args)
                .next()
                .onErrorResume(RedisNoScriptException.class, e -> commands.<Long>eval(
                                source, ScriptOutputType.INTEGER, keys, args)
                        .next());
    }

    /** @return the string the script returns */
    public Mono<String> runForText(RedisReactiveCommands<String, String> commands, String[] keys, String... args) {
        return commands.<String>evalsha(sha, ScriptOutputType.VALUE, keys, args)
                .next()
                .onErrorResume(RedisNoScriptException.class, e -> commands.<String>eval(
                                source, ScriptOutputType.VALUE, keys, args)
                        .next());
    }
}
