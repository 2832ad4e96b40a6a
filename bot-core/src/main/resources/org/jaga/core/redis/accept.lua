-- Stores an inbound message once: a redelivery with the same idempotency key is dropped.
-- KEYS[1] the idempotency key, KEYS[2] the inbox stream
-- ARGV[1] seconds to remember the key, ARGV[2] the message as JSON
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  redis.call('XADD', KEYS[2], '*', 'm', ARGV[2])
  return 1
end
return 0
