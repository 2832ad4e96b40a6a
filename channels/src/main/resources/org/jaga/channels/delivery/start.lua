-- Before sending a message: how far it got, whether its chat is blocked and, when there is a part
-- left to send to a chat that is not blocked, a token for it from every bucket, in one step.
-- KEYS[1] the receipt hash, KEYS[2] the chat's block key, KEYS[3..] the buckets (see buckets.lua)
-- ARGV[1] the message's number of parts, ARGV[2..] tokens per second and burst of each bucket
-- Returns "<parts sent>\n<ms to wait for a token: 0 when taken, -1 when none was asked>\n<why the
-- chat is blocked; empty when it is not>"
local parts = tonumber(redis.call('HGET', KEYS[1], 'parts') or '0')
local blocked = redis.call('GET', KEYS[2]) or ''
local wait = -1
if parts < tonumber(ARGV[1]) and blocked == '' and #KEYS > 2 then
  wait = take_tokens(KEYS, 3, ARGV, 2)
end
return parts .. '\n' .. wait .. '\n' .. blocked
