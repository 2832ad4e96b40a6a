-- Records one message of a chat's trail, keeping the first time an id was seen; drops what is past the window.
-- KEYS[1] the chat's trail (a sorted set scored in epoch seconds)
-- ARGV[1] platform message id, ARGV[2] sent at (s), ARGV[3] now (s), ARGV[4] window (s)
redis.call('ZADD', KEYS[1], 'NX', ARGV[2], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. (tonumber(ARGV[3]) - tonumber(ARGV[4])))
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1
