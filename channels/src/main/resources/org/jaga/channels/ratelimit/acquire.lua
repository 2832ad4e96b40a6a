-- Token buckets, all or nothing: takes one token from every bucket, or none when any is short.
-- KEYS[i] a bucket hash {t = tokens, ts = last refill (ms), p = paused until (ms)}
-- ARGV[2i-1] tokens per second, ARGV[2i] burst of KEYS[i]
-- Returns 0 when taken, else the milliseconds to wait. Time is the server's, shared by all instances.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local wait = 0
local tokens = {}
for i, key in ipairs(KEYS) do
  local rate = tonumber(ARGV[2 * i - 1])
  local burst = tonumber(ARGV[2 * i])
  local state = redis.call('HMGET', key, 't', 'ts', 'p')
  local t = tonumber(state[1]) or burst
  local ts = tonumber(state[2]) or now
  local paused = tonumber(state[3]) or 0
  t = math.min(burst, t + math.max(0, now - ts) * rate / 1000)
  tokens[i] = t
  local w = 0
  if paused > now then
    w = paused - now
  elseif t < 1 then
    w = math.ceil((1 - t) * 1000 / rate)
  end
  if w > wait then wait = w end
end
if wait > 0 then
  return wait
end
for i, key in ipairs(KEYS) do
  local rate = tonumber(ARGV[2 * i - 1])
  local burst = tonumber(ARGV[2 * i])
  redis.call('HSET', key, 't', tokens[i] - 1, 'ts', now)
  redis.call('PEXPIRE', key, math.ceil(burst * 1000 / rate) + 60000)
end
return 0
