-- Records a delivered message and removes its outbox entry, in one step.
-- KEYS[1] sent marker, KEYS[2] outbox stream; ARGV[1] group, ARGV[2] entry id, ARGV[3] seconds to remember
redis.call('SET', KEYS[1], '1', 'EX', ARGV[3])
redis.call('XACK', KEYS[2], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[2], ARGV[2])
return 1
