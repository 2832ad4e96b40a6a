package org.jaga.hotline.queue;

/** The Lua scripts that change cases atomically. */
final class CaseScripts {
    /** KEYS: open index, event marker, case, waiting set. ARGV: id, json, score, channel, change, marker ttl. */
    static final String OPEN =
            """
            local existing = redis.call('GET', KEYS[1])
            if existing then
              redis.call('SET', KEYS[2], '1', 'EX', ARGV[6])
              return '=' .. existing
            end
            if redis.call('EXISTS', KEYS[2]) == 1 then return '-' end
            redis.call('SET', KEYS[2], '1', 'EX', ARGV[6])
            redis.call('SET', KEYS[1], ARGV[1])
            redis.call('HSET', KEYS[3], 'v', '1', 'j', ARGV[2])
            redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
            redis.call('PUBLISH', ARGV[4], ARGV[5])
            return '+' .. ARGV[1]
            """;

    /**
     * KEYS: case, waiting, with-human, closed, open index, first replies of the desk. ARGV: expected
     * version, json, id, state, score, channel, change, seconds to first reply or "", replies kept.
     */
    static final String CHANGE =
            """
            local v = redis.call('HGET', KEYS[1], 'v')
            if not v then return -1 end
            if v ~= ARGV[1] then return 0 end
            redis.call('HSET', KEYS[1], 'v', tostring(tonumber(v) + 1), 'j', ARGV[2])
            redis.call('ZREM', KEYS[2], ARGV[3])
            redis.call('ZREM', KEYS[3], ARGV[3])
            redis.call('ZREM', KEYS[4], ARGV[3])
            if ARGV[4] == 'WAITING' then
              redis.call('ZADD', KEYS[2], ARGV[5], ARGV[3])
            elseif ARGV[4] == 'WITH_HUMAN' then
              redis.call('ZADD', KEYS[3], ARGV[5], ARGV[3])
            else
              redis.call('ZADD', KEYS[4], ARGV[5], ARGV[3])
              if redis.call('GET', KEYS[5]) == ARGV[3] then redis.call('DEL', KEYS[5]) end
            end
            if ARGV[8] ~= '' then
              redis.call('LPUSH', KEYS[6], ARGV[8])
              redis.call('LTRIM', KEYS[6], 0, tonumber(ARGV[9]) - 1)
            end
            redis.call('PUBLISH', ARGV[6], ARGV[7])
            return 1
            """;

    private CaseScripts() {}
}
