package org.jaga.channels.delivery;

import java.time.Duration;
import org.jaga.channels.ratelimit.RateLimiter;
import org.jaga.core.redis.JagaRedis;

/** The stores every platform channel shares, on Jaga's Redis: receipts, blocks and rate limits. */
public final class ChannelStores {
    private final DeliveryReceipts receipts;
    private final ChatBlocks blocks;
    private final RateLimiter limiter;

    public ChannelStores(JagaRedis redis, Duration retention) {
        var commands = redis.connection().reactive();
        this.receipts = new RedisDeliveryReceipts(commands, redis.keys());
        this.blocks = new RedisChatBlocks(commands, redis.keys(), retention);
        this.limiter = RateLimiter.inRedis(commands, redis.keys());
    }

    public DeliveryReceipts receipts() {
        return receipts;
    }

    public ChatBlocks blocks() {
        return blocks;
    }

    public RateLimiter limiter() {
        return limiter;
    }
}
