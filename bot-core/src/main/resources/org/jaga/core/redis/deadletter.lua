-- Moves an entry that cannot be handled to the dead letters, in one step.
-- KEYS[1] source stream, KEYS[2] dead-letter stream; ARGV[1] group, ARGV[2] entry id,
-- ARGV[3] body, ARGV[4] reason, ARGV[5] delete the entry ("1" for queues read by one group)
redis.call('XADD', KEYS[2], 'MAXLEN', '~', '100000', '*', 'stream', KEYS[1], 'id', ARGV[2], 'body', ARGV[3], 'reason', ARGV[4])
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
if ARGV[5] == '1' then
  redis.call('XDEL', KEYS[1], ARGV[2])
end
return 1
