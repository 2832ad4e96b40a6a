package org.jaga.core.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import reactor.core.publisher.Mono;

/** A Lua script from the classpath, run by its digest and loaded again when Redis forgot it. */
final class LuaScript {
    private final String source;
    private final String sha;

    private LuaScript(String source, String sha) {
        this.source = source;
        this.sha = sha;
    }

    static LuaScript load(String name, RedisReactiveCommands<String, String> commands) {
        try (InputStream in = LuaScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing script " + name);
            }
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new LuaScript(source, commands.digest(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the integer the script returns */
    Mono<Long> run(RedisReactiveCommands<String, String> commands, String[] keys, String... args) {
        return commands.<Long>evalsha(sha, ScriptOutputType.INTEGER, keys, args)
                .next()
                .onErrorResume(RedisNoScriptException.class, e -> commands.<Long>eval(
                                source, ScriptOutputType.INTEGER, keys, args)
                        .next());
    }
}
