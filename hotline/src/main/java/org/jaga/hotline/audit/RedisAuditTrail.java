package org.jaga.hotline.audit;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Instant;
import java.util.Map;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The audit log as a Redis stream: entries are only ever added. */
final class RedisAuditTrail implements AuditTrail {
    private final RedisReactiveCommands<String, String> commands;
    private final String key;

    RedisAuditTrail(RedisReactiveCommands<String, String> commands, KeySpace keys) {
        this.commands = commands;
        this.key = keys.key("hotline:audit");
    }

    @Override
    public Mono<Void> record(AuditEntry entry) {
        return commands.xadd(
                        key,
                        Map.of(
                                "at", entry.at().toString(),
                                "actor", entry.actor(),
                                "action", entry.action().name(),
                                "subject", entry.subject(),
                                "detail", entry.detail()))
                .then();
    }

    @Override
    public Flux<AuditEntry> latest(int limit) {
        return commands.xrevrange(key, Range.create("-", "+"), Limit.from(Math.max(1, Math.min(limit, 1000))))
                .map(RedisAuditTrail::entry);
    }

    private static AuditEntry entry(StreamMessage<String, String> message) {
        Map<String, String> body = message.getBody();
        return new AuditEntry(
                Instant.parse(body.get("at")),
                body.get("actor"),
                AuditEntry.Action.valueOf(body.get("action")),
                body.get("subject"),
                body.get("detail"));
    }
}
