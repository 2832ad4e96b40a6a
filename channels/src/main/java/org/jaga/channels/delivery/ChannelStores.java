package org.jaga.channels.delivery;

import java.time.Clock;
import java.time.Duration;
import org.jaga.channels.ratelimit.RateLimiter;
import org.jaga.core.privacy.WipeOffer;
import org.jaga.core.redis.JagaRedis;

/**
 * The stores every platform channel shares, on Jaga's Redis: receipts, blocks, rate limits, and the
 * trail of recent messages on the platforms where a person can have the bot wipe their chat.
 */
public final class ChannelStores {
    private final DeliveryReceipts receipts;
    private final ChatBlocks blocks;
    private final RateLimiter limiter;
    private final MessageTrail trail;

    public ChannelStores(JagaRedis redis, Duration retention, Clock clock) {
        var commands = redis.connection().reactive();
        RedisMessageTrail messageTrail = new RedisMessageTrail(commands, redis.keys(), WipeOffer::possibleOn, clock);
        this.trail = messageTrail;
        this.receipts = new RedisDeliveryReceipts(commands, redis.keys(), messageTrail);
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

    public MessageTrail trail() {
        return trail;
    }
}
