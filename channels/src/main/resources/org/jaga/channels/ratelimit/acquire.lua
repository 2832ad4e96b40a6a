-- KEYS the buckets; ARGV[2i-1], ARGV[2i] tokens per second and burst of KEYS[i] (see buckets.lua)
return take_tokens(KEYS, 1, ARGV, 1)
