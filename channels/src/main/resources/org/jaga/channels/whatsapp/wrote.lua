-- Keeps the latest time a person wrote. KEYS[1] the chat's key; ARGV[1] epoch ms, ARGV[2] ttl (s)
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > current then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
  return 1
end
return 0
