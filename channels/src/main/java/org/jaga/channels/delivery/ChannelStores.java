package org.jaga.channels.delivery;

import java.time.Duration;
import java.util.List;
import org.jaga.channels.ratelimit.RateLimiter;
import org.jaga.core.message.Channel;
import org.jaga.core.redis.ChatDataKeys;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.redis.KeySpace;

/**
 * The stores every platform channel shares, on Jaga's Redis: receipts, blocks, rate limits, the
 * people's messaging windows and the messages held until a window opens.
 */
public final class ChannelStores {
    private final DeliveryReceipts receipts;
    private final ChatBlocks blocks;
    private final RateLimiter limiter;
    private final CustomerWindow windows;
    private final HeldMessages held;

    /** @param retention how long a block and a held message are kept: the conversation's retention */
    public ChannelStores(JagaRedis redis, Duration retention) {
        var commands = redis.connection().reactive();
        this.receipts = new RedisDeliveryReceipts(commands, redis.keys());
        this.blocks = new RedisChatBlocks(commands, redis.keys(), retention);
        this.limiter = RateLimiter.inRedis(commands, redis.keys());
        this.windows = new RedisCustomerWindow(commands, redis.keys());
        this.held = new RedisHeldMessages(commands, redis.keys(), retention);
    }

    /** @return the keys kept per platform chat, erased when the person asks to be forgotten */
    public static ChatDataKeys chatData(KeySpace keys) {
        return chat -> chat.channel() == Channel.WEBCHAT
                ? List.of()
                : List.of(
                        RedisHeldMessages.heldKey(keys, chat),
                        RedisCustomerWindow.key(keys, chat),
                        RedisChatBlocks.key(keys, chat));
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

    public CustomerWindow windows() {
        return windows;
    }

    public HeldMessages held() {
        return held;
    }
}
