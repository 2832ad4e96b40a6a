package org.jaga.channels.whatsapp;

import java.time.Duration;
import org.jaga.channels.delivery.ChatBlocks;
import org.jaga.channels.delivery.CustomerWindow;
import org.jaga.channels.delivery.Throttled;
import org.jaga.channels.meta.GraphFailure;
import org.jaga.core.message.ChatRef;
import org.jaga.core.pipeline.DeliveryFailed;
import reactor.core.publisher.Mono;

/**
 * What a Cloud API refusal means: wait (rate limits pause the chat's or the number's bucket), try
 * again (5xx, transient codes), the window closed (131047), the person is unreachable (131026,
 * recorded as a block), or fail for good with Meta's code and title.
 */
final class WhatsAppFailures {
    private final CustomerWindow window;
    private final ChatBlocks blocks;

    WhatsAppFailures(CustomerWindow window, ChatBlocks blocks) {
        this.window = window;
        this.blocks = blocks;
    }

    /** @return always an error: the {@link DeliveryFailed} the refusal means */
    Mono<String> of(ChatRef chat, Throwable error) {
        if (!(error instanceof GraphFailure refused)) {
            return Mono.error(DeliveryFailed.forNow(
                    "WhatsApp unreachable: " + error.getClass().getSimpleName(), null));
        }
        int code = refused.code();
        if (code == 131056) {
            return Mono.error(new Throttled(
                    "WhatsApp " + refused.getMessage(), WhatsAppSender.chatBucket(chat), Duration.ofSeconds(6)));
        }
        if (refused.status() == 429 || code == 130429 || code == 131057 || code == 80007 || code == 4) {
            return Mono.error(new Throttled("WhatsApp " + refused.getMessage(), "whatsapp:all", Duration.ofSeconds(1)));
        }
        if (code == 131047) {
            // The window closed under us: the retry holds the message and sends the template.
            return window.closed(chat)
                    .then(Mono.error(DeliveryFailed.forNow("WhatsApp " + refused.getMessage(), Duration.ofSeconds(1))));
        }
        if (code == 131026) {
            return blocks.blocked(chat, "WhatsApp 131026: undeliverable (blocked, or not on WhatsApp)")
                    .then(Mono.error(DeliveryFailed.forGood("WhatsApp " + refused.getMessage())));
        }
        if (refused.status() >= 500 || code == 1 || code == 2 || code == 131000 || code == 131016) {
            return Mono.error(DeliveryFailed.forNow("WhatsApp " + refused.getMessage(), null));
        }
        return Mono.error(DeliveryFailed.forGood("WhatsApp " + refused.getMessage()));
    }
}
