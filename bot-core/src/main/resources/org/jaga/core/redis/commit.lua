-- Commits one turn atomically: conversation, transcript, events, erasure, replies, inbox ack.
-- KEYS[1] conversation hash, KEYS[2] inbox stream, KEYS[3] done marker of the inbox entry,
-- KEYS[4] transcript stream, KEYS[5] event stream, KEYS[6 .. 5+nErase] keys to erase,
-- then one outbox stream key per reply.
-- ARGV[1] expected version, ARGV[2] conversation JSON, ARGV[3] inbox group, ARGV[4] inbox entry id,
-- ARGV[5] retention seconds, ARGV[6] nErase, ARGV[7] nTranscript, ARGV[8] nEvents, ARGV[9] nReplies,
-- then nTranscript JSON lines, nEvents "type\\njson" entries, nReplies JSON messages.
-- Returns 1 committed, 0 conflict (nothing written), -1 already committed before.
if redis.call('EXISTS', KEYS[3]) == 1 then
  redis.call('XACK', KEYS[2], ARGV[3], ARGV[4])
  redis.call('XDEL', KEYS[2], ARGV[4])
  return -1
end
local current = redis.call('HGET', KEYS[1], 'v') or '0'
if current ~= ARGV[1] then
  return 0
end
local retention = tonumber(ARGV[5])
local nErase, nTranscript = tonumber(ARGV[6]), tonumber(ARGV[7])
local nEvents, nReplies = tonumber(ARGV[8]), tonumber(ARGV[9])
local arg = 10
if nErase > 0 then
  for i = 1, nErase do
    redis.call('DEL', KEYS[5 + i])
  end
  redis.call('DEL', KEYS[1], KEYS[4])
else
  redis.call('HSET', KEYS[1], 'v', tonumber(ARGV[1]) + 1, 'json', ARGV[2])
  redis.call('EXPIRE', KEYS[1], retention)
  for i = 1, nTranscript do
    redis.call('XADD', KEYS[4], 'MAXLEN', '~', '2000', '*', 'e', ARGV[arg])
    arg = arg + 1
  end
  if nTranscript > 0 then
    redis.call('EXPIRE', KEYS[4], retention)
  end
end
arg = 10 + nTranscript
for i = 1, nEvents do
  redis.call('XADD', KEYS[5], 'MAXLEN', '~', '100000', '*', 'e', ARGV[arg])
  arg = arg + 1
end
for i = 1, nReplies do
  redis.call('XADD', KEYS[5 + nErase + i], '*', 'm', ARGV[arg])
  arg = arg + 1
end
redis.call('SET', KEYS[3], '1', 'EX', 86400)
redis.call('XACK', KEYS[2], ARGV[3], ARGV[4])
redis.call('XDEL', KEYS[2], ARGV[4])
return 1
