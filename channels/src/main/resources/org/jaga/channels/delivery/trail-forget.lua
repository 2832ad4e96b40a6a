-- Forgets ids of a chat's trail, and every id past the window.
-- KEYS[1] the chat's trail; ARGV[1] the oldest time still kept (s); ARGV[2..] platform message ids
if #ARGV > 1 then
  redis.call('ZREM', KEYS[1], unpack(ARGV, 2))
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
return 1
