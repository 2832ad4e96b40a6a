-- Changes a conversation outside a turn (claim, hand back, a responder's reply), once per request.
-- KEYS[1] conversation hash, KEYS[2] transcript stream, KEYS[3] request marker, KEYS[4] outbox stream
-- ARGV[1] expected version, ARGV[2] conversation JSON, ARGV[3] retention seconds,
-- ARGV[4] transcript line JSON or '', ARGV[5] outbound message JSON or ''
-- Returns 1 done, 0 conflict (nothing written), -1 this request was done before.
if redis.call('EXISTS', KEYS[3]) == 1 then
  return -1
end
local current = redis.call('HGET', KEYS[1], 'v')
if current ~= ARGV[1] then
  return 0
end
redis.call('HSET', KEYS[1], 'v', tonumber(ARGV[1]) + 1, 'json', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
if ARGV[4] ~= '' then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', '2000', '*', 'e', ARGV[4])
  redis.call('EXPIRE', KEYS[2], ARGV[3])
end
if ARGV[5] ~= '' then
  redis.call('XADD', KEYS[4], '*', 'm', ARGV[5])
end
redis.call('SET', KEYS[3], '1', 'EX', 86400)
return 1
