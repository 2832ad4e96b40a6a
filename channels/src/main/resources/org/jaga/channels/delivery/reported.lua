-- Records a status the platform reported, unless the message already has a status of a higher rank
-- (statuses arrive out of order: "read" may come before "delivered").
-- KEYS[1] the platform id's reverse key; ARGV[1] status, ARGV[2] rank, ARGV[3] at (ms), ARGV[4] reason
local receipt = redis.call('GET', KEYS[1])
if not receipt then
  return -1
end
local rank = tonumber(redis.call('HGET', receipt, 'rank') or '0')
if rank >= tonumber(ARGV[2]) then
  return 0
end
redis.call('HSET', receipt, 'status', ARGV[1], 'rank', ARGV[2], 'at', ARGV[3])
if ARGV[4] ~= '' then
  redis.call('HSET', receipt, 'reason', ARGV[4])
end
return 1
