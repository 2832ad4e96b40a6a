-- How far an outbound message got, and whether its chat is blocked, in one read.
-- KEYS[1] the receipt hash, KEYS[2] the chat's block key
-- Returns "<parts sent>\n<why the chat is blocked; empty when it is not>"
local parts = redis.call('HGET', KEYS[1], 'parts') or '0'
local blocked = redis.call('GET', KEYS[2]) or ''
return parts .. '\n' .. blocked
