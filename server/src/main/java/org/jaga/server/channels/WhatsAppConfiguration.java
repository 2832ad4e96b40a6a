package org.jaga.server.channels;

import java.time.Clock;
import java.util.Optional;
import org.jaga.channels.delivery.ChannelStores;
import org.jaga.channels.webhook.WebhookRejections;
import org.jaga.channels.whatsapp.WhatsApp;
import org.jaga.core.pipeline.OutboundSender;
import org.jaga.core.redis.JagaRedis;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** WhatsApp, when any of its required settings is set (then all must be). */
@Configuration(proxyBeanMethods = false)
@Conditional(AnySetCondition.WhatsApp.class)
@EnableConfigurationProperties(WhatsAppSettings.class)
public class WhatsAppConfiguration {

    @Bean
    WhatsApp whatsApp(
            WhatsAppSettings settings,
            Environment environment,
            JagaRedis redis,
            ChannelStores stores,
            WebhookRejections rejections,
            Clock clock) {
        Optional<String> template = Optional.ofNullable(environment.getProperty("jaga.whatsapp.template"))
                .filter(name -> !name.isBlank());
        String language = environment.getProperty("jaga.whatsapp.template.language", "en");
        return new WhatsApp(settings.config(template, language), redis, redis.inbox(), stores, rejections, clock);
    }

    @Bean
    RouterFunction<ServerResponse> whatsAppRoutes(WhatsApp whatsApp) {
        return whatsApp.routes();
    }

    @Bean
    OutboundSender whatsAppSender(WhatsApp whatsApp) {
        return whatsApp.sender();
    }
}
