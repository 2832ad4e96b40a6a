-- Pauses a bucket for ARGV[1] milliseconds from the server's now (never shortens a longer pause).
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local untilMs = now + tonumber(ARGV[1])
local current = tonumber(redis.call('HGET', KEYS[1], 'p') or '0')
if untilMs > current then
  redis.call('HSET', KEYS[1], 'p', untilMs)
end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]) + 60000)
return 1
