package org.jaga.channels.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jaga.core.message.ChatRef;
import reactor.core.publisher.Mono;

/**
 * The recent messages of each chat, both ways, on the platforms whose bots may delete them from the
 * person's phone (Telegram: both sides of a private chat, for 48 hours): only the platform id of
 * each message and when it was sent, nothing of its content, for {@link #WINDOW}. Each part a
 * {@link PartedDelivery} sends is recorded with its receipt, in the same write.
 */
public interface MessageTrail {
    /** How long after sending a message a bot may still delete it. */
    Duration WINDOW = Duration.ofHours(48);

    /** Records a message the person sent, or one of ours they acted on; a known id keeps its first time. */
    Mono<Void> received(ChatRef chat, String platformMessageId, Instant sentAt);

    /** @return the ids of the chat's messages sent less than {@link #WINDOW} ago and not after {@code until}, oldest first */
    Mono<List<String>> deletable(ChatRef chat, Instant until);

    /** Forgets these ids of the chat (deleted, or beyond deleting), and every id older than {@link #WINDOW}. */
    Mono<Void> forget(ChatRef chat, List<String> platformMessageIds);
}
