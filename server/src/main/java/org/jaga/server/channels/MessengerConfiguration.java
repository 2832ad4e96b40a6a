package org.jaga.server.channels;

import java.time.Clock;
import org.jaga.channels.delivery.ChannelStores;
import org.jaga.channels.messenger.Messenger;
import org.jaga.channels.webhook.WebhookRejections;
import org.jaga.core.pipeline.OutboundSender;
import org.jaga.core.redis.JagaRedis;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Messenger, when any of its required settings is set (then all must be). */
@Configuration(proxyBeanMethods = false)
@Conditional(AnySetCondition.Messenger.class)
@EnableConfigurationProperties(MessengerSettings.class)
public class MessengerConfiguration {

    @Bean
    Messenger messenger(
            MessengerSettings settings,
            JagaRedis redis,
            ChannelStores stores,
            WebhookRejections rejections,
            Clock clock) {
        return new Messenger(settings.config(), redis.inbox(), stores, rejections, clock);
    }

    @Bean
    RouterFunction<ServerResponse> messengerRoutes(Messenger messenger) {
        return messenger.routes();
    }

    @Bean
    OutboundSender messengerSender(Messenger messenger) {
        return messenger.sender();
    }
}
