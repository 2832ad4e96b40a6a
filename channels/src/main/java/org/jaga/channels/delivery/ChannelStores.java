package org.jaga.channels.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jaga.channels.ratelimit.RateLimiter;
import org.jaga.core.message.Channel;
import org.jaga.core.privacy.WipeOffer;
import org.jaga.core.redis.ChatDataKeys;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.redis.KeySpace;

/**
 * The stores every platform channel shares, on Jaga's Redis: receipts, blocks, rate limits, the
 * people's messaging windows, the messages held until a window opens, and the trail of recent
 * messages on the platforms where a person can have the bot wipe their chat.
 */
public final class ChannelStores {
    private final DeliveryReceipts receipts;
    private final ChatBlocks blocks;
    private final RateLimiter limiter;
    private final CustomerWindow windows;
    private final HeldMessages held;
    private final MessageTrail trail;

    /** @param retention how long a block and a held message are kept: the conversation's retention */
    public ChannelStores(JagaRedis redis, Duration retention, Clock clock) {
        var commands = redis.connection().reactive();
        RedisMessageTrail messageTrail = new RedisMessageTrail(commands, redis.keys(), WipeOffer::possibleOn, clock);
        this.trail = messageTrail;
        this.receipts = new RedisDeliveryReceipts(commands, redis.keys(), messageTrail);
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

    public MessageTrail trail() {
        return trail;
    }
}
