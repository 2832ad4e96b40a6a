-- The person wrote: keeps the latest time they wrote, lifts a block recorded for the chat, and
-- counts the messages held back for them (to be released now).
-- KEYS[1] the chat's window key, KEYS[2] the chat's block key, KEYS[3] the chat's held messages
-- ARGV[1] epoch ms of the message, ARGV[2] ttl (s)
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > current then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
end
redis.call('DEL', KEYS[2])
return redis.call('XLEN', KEYS[3])
