package org.jaga.channels.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jaga.core.message.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Webhook calls that failed authentication: answered 401, counted ({@code jaga.webhook.rejected},
 * tagged by channel) and logged with the reason only — never the body, a token or a number.
 */
public final class WebhookRejections {
    private static final Logger log = LoggerFactory.getLogger(WebhookRejections.class);

    private final MeterRegistry registry;

    public WebhookRejections(MeterRegistry registry) {
        this.registry = registry;
    }

    public Mono<ServerResponse> reject(Channel channel, String reason) {
        Counter.builder("jaga.webhook.rejected")
                .description("webhook calls that failed authentication")
                .tag("channel", channel.key())
                .register(registry)
                .increment();
        log.warn("Rejected a {} webhook call: {}", channel.key(), reason);
        return WebhookReplies.error(HttpStatus.UNAUTHORIZED, "authentication failed");
    }

    /** @return how many calls of the channel were rejected since start */
    public double count(Channel channel) {
        Counter counter = registry.find("jaga.webhook.rejected")
                .tag("channel", channel.key())
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
