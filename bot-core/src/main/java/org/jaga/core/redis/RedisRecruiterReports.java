package org.jaga.core.redis;

import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.util.Comparator;
import org.jaga.core.report.RecruiterDispute;
import org.jaga.core.report.RecruiterReport;
import org.jaga.core.report.RecruiterReports;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reports in a Redis hash by id; disputes in a Redis stream. */
final class RedisRecruiterReports implements RecruiterReports {
    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;

    RedisRecruiterReports(RedisReactiveCommands<String, String> commands, KeySpace keys) {
        this.commands = commands;
        this.keys = keys;
    }

    @Override
    public Mono<Boolean> add(RecruiterReport report) {
        return commands.hsetnx(keys.key("reports"), report.id(), Json.write(report));
    }

    @Override
    public Flux<RecruiterReport> all() {
        return commands.hvals(keys.key("reports"))
                .map(json -> Json.read(json, RecruiterReport.class))
                .sort(Comparator.comparing(RecruiterReport::at));
    }

    @Override
    public Mono<RecruiterReport> decide(String id, RecruiterReport.Status status) {
        return commands.hget(keys.key("reports"), id)
                .map(json -> Json.read(json, RecruiterReport.class))
                .map(r -> new RecruiterReport(
                        r.id(), r.kind(), r.normalized(), r.value(), r.text(), r.language(), r.at(), status))
                .flatMap(decided -> commands.hset(keys.key("reports"), id, Json.write(decided))
                        .thenReturn(decided));
    }

    @Override
    public Mono<Void> dispute(RecruiterDispute dispute) {
        return commands.xadd(keys.key("disputes"), "d", Json.write(dispute)).then();
    }

    @Override
    public Flux<RecruiterDispute> disputes() {
        return commands.xrange(keys.key("disputes"), io.lettuce.core.Range.create("-", "+"))
                .map(entry -> Json.read(entry.getBody().get("d"), RecruiterDispute.class));
    }
}
