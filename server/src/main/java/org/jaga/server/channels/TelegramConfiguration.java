package org.jaga.server.channels;

import java.time.Clock;
import org.jaga.channels.delivery.ChannelStores;
import org.jaga.channels.telegram.Telegram;
import org.jaga.channels.webhook.WebhookRejections;
import org.jaga.core.event.EventSubscriber;
import org.jaga.core.pipeline.OutboundSender;
import org.jaga.core.redis.JagaRedis;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Telegram, when {@code JAGA_TELEGRAM_BOT_TOKEN} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "jaga.telegram.bot", name = "token")
@EnableConfigurationProperties(TelegramSettings.class)
public class TelegramConfiguration {

    @Bean(initMethod = "start", destroyMethod = "close")
    Telegram telegram(
            TelegramSettings settings,
            JagaRedis redis,
            ChannelStores stores,
            WebhookRejections rejections,
            Clock clock) {
        return new Telegram(settings.config(), redis.inbox(), stores, rejections, clock);
    }

    @Bean
    RouterFunction<ServerResponse> telegramRoutes(Telegram telegram) {
        return telegram.routes();
    }

    @Bean
    OutboundSender telegramSender(Telegram telegram) {
        return telegram.sender();
    }

    /** Deletes a chat from the person's phone when they ask (the distress replies offer it). */
    @Bean
    EventSubscriber telegramWipe(Telegram telegram) {
        return telegram.wipe();
    }
}
