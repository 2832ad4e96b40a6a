package org.jaga.channels.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jaga.channels.ratelimit.Rate;
import org.jaga.channels.ratelimit.RateLimiter;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.pipeline.PipelineSettings;
import org.jaga.core.redis.ChatDataKeys;
import org.jaga.core.redis.EventCodec;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one step before a message is sent, in a real Redis: how far it got, whether its chat is
 * blocked, and the rate-limit tokens for its next part, taken from every bucket or from none.
 */
class DeliveryStartIT {
    private final ChatRef chat = new ChatRef(Channel.TELEGRAM, "4242");
    private final Rate perChat = new Rate("telegram:chat:4242", 1, 1);
    private final Rate overall = new Rate("telegram:all", 30, 30);
    private JagaRedis redis;
    private ChannelStores stores;

    @BeforeEach
    void connect() {
        redis = JagaRedis.connect(
                TestRedis.url(),
                TestRedis.freshKeys(),
                PipelineSettings.defaults(),
                new EventCodec(),
                ChatDataKeys.none());
        stores = new ChannelStores(redis, Duration.ofDays(90), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        redis.close();
    }

    private DeliveryReceipts.Progress start(String outboundId, int parts) {
        return stores.receipts()
                .progress(outboundId, chat, parts, List.of(perChat, overall))
                .block();
    }

    private double tokensLeft(Rate rate) {
        String tokens = redis.connection().sync().hget(RateLimiter.bucketKey(redis.keys(), rate.bucket()), "t");
        return tokens == null ? rate.burst() : Double.parseDouble(tokens);
    }

    @Test
    void aNewMessageGetsTheTokensForItsFirstPart() {
        DeliveryReceipts.Progress progress = start("out-1", 2);

        assertThat(progress.partsSent()).isZero();
        assertThat(progress.blocked()).isEmpty();
        assertThat(progress.tokenWait()).contains(Duration.ZERO);
        assertThat(tokensLeft(perChat)).isLessThan(1);
        assertThat(tokensLeft(overall)).isBetween(28.0, 29.5);
    }

    @Test
    void aChatWithoutTokensWaitsAndNoOtherBucketIsTouched() {
        start("out-1", 1);
        double overallBefore = tokensLeft(overall);

        DeliveryReceipts.Progress second = start("out-2", 1);

        assertThat(second.tokenWait())
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(tokensLeft(overall)).isGreaterThanOrEqualTo(overallBefore);
    }

    @Test
    void aBlockedChatTakesNoTokens() {
        stores.blocks()
                .blocked(chat, "Telegram 403: Forbidden: bot was blocked by the user")
                .block();

        DeliveryReceipts.Progress progress = start("out-1", 1);

        assertThat(progress.blocked()).hasValueSatisfying(why -> assertThat(why).contains("blocked"));
        assertThat(progress.tokenWait()).isEmpty();
        assertThat(tokensLeft(perChat)).isEqualTo(perChat.burst());
    }

    @Test
    void aMessageSentInFullTakesNoTokensAndResumesAfterItsLastSentPart() {
        stores.receipts().partSent("out-1", chat, 0, "4242:7").block();

        DeliveryReceipts.Progress resumed = start("out-1", 2);
        assertThat(resumed.partsSent()).isEqualTo(1);
        assertThat(resumed.tokenWait()).contains(Duration.ZERO);

        stores.receipts().partSent("out-1", chat, 1, "4242:8").block();
        double perChatBefore = tokensLeft(perChat);
        DeliveryReceipts.Progress done = start("out-1", 2);

        assertThat(done.partsSent()).isEqualTo(2);
        assertThat(done.tokenWait()).isEmpty();
        assertThat(tokensLeft(perChat)).isEqualTo(perChatBefore);
    }
}
