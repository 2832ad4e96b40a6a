package org.jaga.channels.delivery;

import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import java.time.Instant;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.pipeline.Outbox;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One stream per chat ({@code held:<chat>}) of the held messages as JSON, in order, kept for the
 * conversation's retention; one marker per held message id ({@code held-id:<id>}: "first flag,
 * entry id") so that a retry neither holds twice nor forgets whether the person was told.
 */
final class RedisHeldMessages implements HeldMessages {
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;
    private final Duration remember;
    private final RedisScript hold;
    private final RedisScript drop;

    RedisHeldMessages(RedisReactiveCommands<String, String> commands, KeySpace keys, Duration remember) {
        this.commands = commands;
        this.keys = keys;
        this.remember = remember;
        this.hold = RedisScript.load(RedisHeldMessages.class, "hold.lua", commands);
        this.drop = RedisScript.load(RedisHeldMessages.class, "drop-held.lua", commands);
    }

    static String heldKey(KeySpace keys, ChatRef chat) {
        return keys.key("held:" + chat.key());
    }

    private String markerKey(OutboundMessage message) {
        return keys.key("held-id:" + message.id());
    }

    @Override
    public Mono<Hold> hold(OutboundMessage message, Instant now, Duration window) {
        String[] scriptKeys = {
            heldKey(keys, message.chat()), markerKey(message), RedisCustomerWindow.key(keys, message.chat())
        };
        return hold.run(
                        commands,
                        scriptKeys,
                        JSON.writeValueAsString(message),
                        Long.toString(now.toEpochMilli()),
                        Long.toString(window.toMillis()),
                        Long.toString(remember.toSeconds()))
                .map(result -> result < 0 ? Hold.WINDOW_OPEN : result == 1 ? Hold.FIRST : Hold.BEHIND);
    }

    @Override
    public Mono<Void> drop(OutboundMessage message) {
        return drop.run(commands, new String[] {heldKey(keys, message.chat()), markerKey(message)})
                .then();
    }

    @Override
    public Mono<Long> release(ChatRef chat, Outbox outbox) {
        String key = heldKey(keys, chat);
        return commands.xrange(key, Range.create("-", "+"))
                .concatMap(entry ->
                        outbox.enqueue(HeldMessages.released(read(entry))).then(commands.xdel(key, entry.getId())))
                .count();
    }

    private static OutboundMessage read(StreamMessage<String, String> entry) {
        return JSON.readValue(entry.getBody().get("m"), OutboundMessage.class);
    }
}
