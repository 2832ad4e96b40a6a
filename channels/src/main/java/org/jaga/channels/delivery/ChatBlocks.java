package org.jaga.channels.delivery;

import org.jaga.core.message.ChatRef;
import reactor.core.publisher.Mono;

/**
 * Who blocked Jaga: recorded from the platforms' block events and from sends refused for it; lifted
 * when the person writes again. Nothing is sent to a blocked chat ({@link PartedDelivery}).
 */
public interface ChatBlocks {

    /** @param reason what the platform said, for the dead letters of what is not sent meanwhile */
    Mono<Void> blocked(ChatRef chat, String reason);

    Mono<Void> unblocked(ChatRef chat);

    Mono<Boolean> isBlocked(ChatRef chat);
}
