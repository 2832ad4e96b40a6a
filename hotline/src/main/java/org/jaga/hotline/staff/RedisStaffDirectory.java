package org.jaga.hotline.staff;

import io.lettuce.core.api.reactive.RedisReactiveCommands;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Staff as one Redis hash, username → JSON; HSETNX makes adding a name twice impossible. */
final class RedisStaffDirectory implements StaffDirectory {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RedisReactiveCommands<String, String> commands;
    private final String key;

    RedisStaffDirectory(RedisReactiveCommands<String, String> commands, KeySpace keys) {
        this.commands = commands;
        this.key = keys.key("hotline:staff");
    }

    @Override
    public Mono<StaffMember> find(String username) {
        return commands.hget(key, username).map(json -> JSON.readValue(json, StaffMember.class));
    }

    @Override
    public Mono<Boolean> add(StaffMember member) {
        return commands.hsetnx(key, member.username(), JSON.writeValueAsString(member));
    }

    @Override
    public Flux<StaffMember> all() {
        return commands.hvals(key)
                .map(json -> JSON.readValue(json, StaffMember.class))
                .sort((a, b) -> a.username().compareTo(b.username()));
    }
}
