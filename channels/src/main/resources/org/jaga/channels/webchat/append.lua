-- Appends a bot message to a web chat timeline once, and wakes up the pages following it.
-- KEYS[1] sent marker of the message id, KEYS[2] the timeline stream
-- ARGV[1] event JSON, ARGV[2] retention seconds, ARGV[3] Pub/Sub channel, ARGV[4] conversation id
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then
  return 0
end
redis.call('XADD', KEYS[2], 'MAXLEN', '~', '1000', '*', 'e', ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[2])
redis.call('PUBLISH', ARGV[3], ARGV[4])
return 1
