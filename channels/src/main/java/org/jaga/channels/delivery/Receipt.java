package org.jaga.channels.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jaga.core.Require;
import org.jaga.core.message.ChatRef;

/**
 * What is known about one outbound message on its platform.
 *
 * @param outboundId our message id, stable across retries
 * @param platformMessageIds the platform's id of every part sent so far, in order
 * @param reason why the platform reported a failure; empty otherwise
 */
public record Receipt(
        String outboundId,
        ChatRef chat,
        List<String> platformMessageIds,
        DeliveryStatus status,
        Instant updatedAt,
        Optional<String> reason) {
    public Receipt {
        Require.nonBlank(outboundId, "outboundId");
        Require.present(chat, "chat");
        platformMessageIds = List.copyOf(platformMessageIds);
        Require.present(status, "status");
        Require.present(updatedAt, "updatedAt");
        reason = reason == null ? Optional.empty() : reason;
    }
}
