-- Token buckets, all or nothing: takes one token from every bucket, or none when any is short.
-- Prepended to the scripts that take tokens (acquire.lua, delivery/start.lua).
-- keys[i] for i >= first: a bucket hash {t = tokens, ts = last refill (ms), p = paused until (ms)};
-- args[a], args[a + 1]: tokens per second and burst of the bucket, a = from + 2 * (i - first).
-- Returns 0 when taken, else the milliseconds to wait. Time is the server's, shared by all instances.
local function take_tokens(keys, first, args, from)
  local time = redis.call('TIME')
  local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
  local wait = 0
  local tokens = {}
  for i = first, #keys do
    local a = from + 2 * (i - first)
    local rate = tonumber(args[a])
    local burst = tonumber(args[a + 1])
    local state = redis.call('HMGET', keys[i], 't', 'ts', 'p')
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
  for i = first, #keys do
    local a = from + 2 * (i - first)
    local rate = tonumber(args[a])
    local burst = tonumber(args[a + 1])
    redis.call('HSET', keys[i], 't', tokens[i] - 1, 'ts', now)
    redis.call('PEXPIRE', keys[i], math.ceil(burst * 1000 / rate) + 60000)
  end
  return 0
end
