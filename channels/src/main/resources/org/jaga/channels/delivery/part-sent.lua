-- Records one sent part of an outbound message, once; and, on platforms that let a bot delete its
-- messages, the part in the chat's trail.
-- KEYS[1] the receipt hash, KEYS[2] the platform id's reverse key, KEYS[3] (optional) the chat's trail
-- ARGV[1] part index (from 0), ARGV[2] platform id, ARGV[3] chat key, ARGV[4] now (ms), ARGV[5] ttl (s)
-- ARGV[6] now (s) and ARGV[7] the trail's window (s), with KEYS[3]
local parts = tonumber(redis.call('HGET', KEYS[1], 'parts') or '0')
if parts > tonumber(ARGV[1]) then
  return 0
end
local ids = redis.call('HGET', KEYS[1], 'ids')
if ids then ids = ids .. '\n' .. ARGV[2] else ids = ARGV[2] end
redis.call('HSET', KEYS[1], 'parts', tonumber(ARGV[1]) + 1, 'ids', ids, 'chat', ARGV[3], 'at', ARGV[4])
if not redis.call('HGET', KEYS[1], 'rank') then
  redis.call('HSET', KEYS[1], 'status', 'SENT', 'rank', 1, 'first', ARGV[4])
end
redis.call('EXPIRE', KEYS[1], ARGV[5])
redis.call('SET', KEYS[2], KEYS[1], 'EX', ARGV[5])
if KEYS[3] then
  redis.call('ZADD', KEYS[3], ARGV[6], ARGV[2])
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. (tonumber(ARGV[6]) - tonumber(ARGV[7])))
  redis.call('EXPIRE', KEYS[3], ARGV[7])
end
return 1
