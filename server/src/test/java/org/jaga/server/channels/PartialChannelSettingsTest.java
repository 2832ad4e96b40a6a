package org.jaga.server.channels;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jaga.core.redis.TestRedis;
import org.jaga.server.JagaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

class PartialChannelSettingsTest {

    private static String redis() {
        return "--jaga.redis.url=" + TestRedis.url();
    }

    private static void start(String... properties) {
        SpringApplication application = new SpringApplication(JagaApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.run(properties);
    }

    @Test
    void stopsStartUpNamingTheMissingWhatsAppVariable() {
        assertThatThrownBy(() -> start(
                        redis(),
                        "--jaga.whatsapp.access.token=t",
                        "--jaga.whatsapp.phone.number.id=1",
                        "--jaga.whatsapp.verify.token=v"))
                .hasStackTraceContaining("JAGA_WHATSAPP_APP_SECRET is not set");
    }

    @Test
    void stopsStartUpNamingTheMissingMessengerVariable() {
        assertThatThrownBy(() -> start(redis(), "--jaga.messenger.app.secret=s"))
                .hasStackTraceContaining("JAGA_MESSENGER_PAGE_ACCESS_TOKEN is not set");
    }

    @Test
    void stopsStartUpOnATelegramWebhookSecretTelegramWouldRefuse() {
        assertThatThrownBy(() ->
                        start(redis(), "--jaga.telegram.bot.token=1:x", "--jaga.telegram.webhook.secret=has spaces"))
                .hasStackTraceContaining("JAGA_TELEGRAM_WEBHOOK_SECRET");
    }
}
