package org.jaga.server.channels;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.jaga.channels.delivery.ChannelStores;
import org.jaga.channels.delivery.ChatBlocks;
import org.jaga.channels.delivery.DeliveryReceipts;
import org.jaga.channels.webhook.WebhookRejections;
import org.jaga.core.redis.JagaRedis;
import org.jaga.server.settings.JagaSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the platform channels share: receipts, blocks, rate limits, the count of rejected webhooks. */
@Configuration(proxyBeanMethods = false)
public class ChannelsConfiguration {

    @Bean
    ChannelStores channelStores(JagaRedis redis, JagaSettings settings, Clock clock) {
        return new ChannelStores(redis, Duration.ofDays(settings.retention().days()), clock);
    }

    /** The read port for the staff console: what happened to each outbound message. */
    @Bean
    DeliveryReceipts deliveryReceipts(ChannelStores stores) {
        return stores.receipts();
    }

    @Bean
    ChatBlocks chatBlocks(ChannelStores stores) {
        return stores.blocks();
    }

    @Bean
    WebhookRejections webhookRejections(MeterRegistry registry) {
        return new WebhookRejections(registry);
    }
}
