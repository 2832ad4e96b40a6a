-- Takes a held message out of its chat's held stream.
-- KEYS[1] the chat's held stream, KEYS[2] the message's held marker ("first entry-id")
local marker = redis.call('GET', KEYS[2])
if not marker then
  return 0
end
local entry = string.match(marker, ' (.+)$')
if entry then
  redis.call('XDEL', KEYS[1], entry)
end
redis.call('DEL', KEYS[2])
return 1
