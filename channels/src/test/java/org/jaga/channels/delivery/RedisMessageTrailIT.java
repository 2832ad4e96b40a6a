package org.jaga.channels.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.pipeline.PipelineSettings;
import org.jaga.core.redis.ChatDataKeys;
import org.jaga.core.redis.EventCodec;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.redis.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trail in a real Redis, as the channels' stores wire it, with the sent parts the receipts add. */
class RedisMessageTrailIT extends MessageTrailContract {
    private static JagaRedis redis;
    private ChannelStores stores;

    @BeforeAll
    static void connect() {
        redis = JagaRedis.connect(
                TestRedis.url(),
                TestRedis.freshKeys(),
                PipelineSettings.defaults(),
                new EventCodec(),
                ChatDataKeys.none());
    }

    @AfterAll
    static void close() {
        redis.close();
    }

    @Override
    MessageTrail trail() {
        stores = new ChannelStores(redis, Duration.ofDays(90), clock);
        return stores.trail();
    }

    private String key(ChatRef of) {
        return redis.keys().key("trail:" + of.key());
    }

    @Test
    void recordsEverySentPartWithItsReceipt() {
        stores.receipts().partSent("out-1", chat, 0, id(11)).block();
        stores.receipts().partSent("out-1", chat, 1, id(12)).block();
        stores.receipts().partSent("out-1", chat, 1, id(12)).block();

        assertThat(deletableNow()).containsExactly(id(11), id(12));
        assertThat(stores.receipts().find("out-1").block().platformMessageIds()).containsExactly(id(11), id(12));
    }

    @Test
    void recordsNoSentPartOfAPlatformWhoseBotsCannotDeleteMessages() {
        ChatRef whatsapp = new ChatRef(Channel.WHATSAPP, "6281234567890");

        stores.receipts().partSent("out-2", whatsapp, 0, "wamid.2").block();

        assertThat(redis.connection().sync().exists(key(whatsapp))).isZero();
        assertThat(stores.receipts().find("out-2").block().platformMessageIds()).containsExactly("wamid.2");
    }

    @Test
    void expiresWithTheWindowAfterTheLastWriteAndDropsWhatIsPastIt() {
        trail.received(chat, id(1), START.minus(Duration.ofHours(47))).block();
        clock.set(START.plus(Duration.ofHours(2)));

        stores.receipts().partSent("out-3", chat, 0, id(2)).block();

        var sync = redis.connection().sync();
        assertThat(sync.zrange(key(chat), 0, -1)).containsExactly(id(2));
        assertThat(sync.ttl(key(chat)))
                .isBetween(
                        Duration.ofHours(48).toSeconds() - 60,
                        Duration.ofHours(48).toSeconds());
    }

    @Test
    void forgettingDropsWhatIsPastTheWindowToo() {
        trail.received(chat, id(1), START.minus(Duration.ofHours(47))).block();
        trail.received(chat, id(2), START).block();
        clock.set(START.plus(Duration.ofHours(2)));

        trail.forget(chat, List.of()).block();

        assertThat(redis.connection().sync().zrange(key(chat), 0, -1)).containsExactly(id(2));
    }
}
