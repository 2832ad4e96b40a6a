package org.jaga.channels.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jaga.channels.ratelimit.Rate;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import reactor.core.publisher.Mono;

/**
 * The platform side of each outbound message: which parts were sent under which platform ids, and
 * the delivery, read and failure statuses the platform reported since. Senders resume a message
 * after its last sent part, so a retried message never repeats a part.
 */
public interface DeliveryReceipts {

    /**
     * How far a message got and whether its chat is blocked ({@link ChatBlocks}), in one step that
     * also takes the rate-limit tokens for the next part when there is one to send to a chat that is
     * not blocked: the sender asks this before every message.
     *
     * @param parts how many parts the message has
     * @param rates the buckets each part takes a token from
     */
    Mono<Progress> progress(String outboundId, ChatRef chat, int parts, List<Rate> rates);

    /**
     * @param partsSent how many parts of the message were sent; 0 when none
     * @param blocked why the chat is blocked, when it is
     * @param tokenWait for the next part: zero when its tokens were taken, else how long to wait
     *     before asking again; empty when none were asked (nothing left to send, or blocked)
     */
    record Progress(int partsSent, Optional<String> blocked, Optional<Duration> tokenWait) {
        public Progress {
            blocked = blocked == null ? Optional.empty() : blocked;
            tokenWait = tokenWait == null ? Optional.empty() : tokenWait;
        }
    }

    /** Records that part {@code part} (from 0) was accepted by the platform under that id. */
    Mono<Void> partSent(String outboundId, ChatRef chat, int part, String platformMessageId);

    /**
     * Records a status the platform reported for one of its message ids.
     *
     * @return false when the id is not one of ours (or no longer remembered)
     */
    Mono<Boolean> reported(Channel channel, String platformMessageId, DeliveryStatus status, Instant at, String reason);

    /** Records that the person read everything sent to them up to that time (Messenger's watermark). */
    Mono<Void> readUpTo(ChatRef chat, Instant watermark);

    /** @return empty when nothing was sent under that id (or it expired) */
    Mono<Receipt> find(String outboundId);

    /** @return empty when the platform id is not one of ours */
    Mono<Receipt> findByPlatformId(Channel channel, String platformMessageId);
}
