package org.jaga.channels.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jaga.core.message.ChatRef;
import reactor.core.publisher.Mono;

/**
 * When each person last wrote to Jaga: what Meta's messaging windows are measured from (WhatsApp's
 * 24-hour customer service window; Messenger's 24-hour standard window and its 7-day
 * {@code HUMAN_AGENT} tag). Remembered for {@link #REMEMBERED}.
 */
public interface CustomerWindow {
    /** How long a person's last message time is kept: longer than the longest window (7 days). */
    Duration REMEMBERED = Duration.ofDays(8);

    /**
     * Records that the person wrote at that time (a later time wins; an older redelivery changes
     * nothing), and lifts a block recorded for the chat: a person who writes can be written to.
     *
     * @return how many messages are held back for the person ({@link HeldMessages}), to release now
     */
    Mono<Long> wrote(ChatRef chat, Instant at);

    /** @return when the person last wrote, if it is remembered */
    Mono<Optional<Instant>> lastWrote(ChatRef chat);

    /** Forgets the time: the platform said the window is closed (WhatsApp's error 131047). */
    Mono<Void> closed(ChatRef chat);
}
