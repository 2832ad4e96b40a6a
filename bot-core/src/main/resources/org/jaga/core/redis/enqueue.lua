-- Appends an outbound message to its channel's outbox once: a second call with the same id does nothing.
-- KEYS[1] the message's queued marker, KEYS[2] the outbox stream
-- ARGV[1] seconds to remember the marker, ARGV[2] the message as JSON
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  redis.call('XADD', KEYS[2], '*', 'm', ARGV[2])
  return 1
end
return 0
