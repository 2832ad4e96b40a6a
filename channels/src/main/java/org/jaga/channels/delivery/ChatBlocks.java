package org.jaga.channels.delivery;

import org.jaga.core.message.ChatRef;
import reactor.core.publisher.Mono;

/** Who blocked Jaga: recorded from the platforms' block events and from sends refused for it. */
public interface ChatBlocks {

    Mono<Void> blocked(ChatRef chat, String reason);

    Mono<Void> unblocked(ChatRef chat);

    Mono<Boolean> isBlocked(ChatRef chat);
}
