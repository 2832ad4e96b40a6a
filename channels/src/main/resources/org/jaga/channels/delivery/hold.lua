-- Holds an outbound message back until the person writes again, once per message id, unless the
-- person wrote within the window after all (then the message is to be sent now).
-- KEYS[1] the chat's held stream, KEYS[2] the message's held marker, KEYS[3] the chat's window key
-- ARGV[1] the message as JSON, ARGV[2] now (ms), ARGV[3] the window (ms), ARGV[4] ttl (s)
-- Returns 1 when it is the first message held for the person (they are to be told), 0 when it is
-- held behind others or was held before, -1 when the window is open.
local marker = redis.call('GET', KEYS[2])
if marker then
  return tonumber(string.match(marker, '^(%d+)'))
end
local last = tonumber(redis.call('GET', KEYS[3]) or '0')
if last + tonumber(ARGV[3]) > tonumber(ARGV[2]) then
  return -1
end
local first = 0
if redis.call('XLEN', KEYS[1]) == 0 then
  first = 1
end
local entry = redis.call('XADD', KEYS[1], '*', 'm', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[4])
redis.call('SET', KEYS[2], first .. ' ' .. entry, 'EX', ARGV[4])
return first
