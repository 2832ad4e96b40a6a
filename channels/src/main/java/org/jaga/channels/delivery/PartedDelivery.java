package org.jaga.channels.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jaga.channels.ratelimit.Rate;
import org.jaga.channels.ratelimit.RateLimiter;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.pipeline.DeliveryFailed;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Sends the parts of one outbound message in order, each within the rate limits, and records each
 * part as soon as the platform accepted it, so that a retry of the message resumes after the last
 * part sent instead of sending everything again.
 *
 * <p>Nothing is sent to a chat whose person blocked Jaga ({@link ChatBlocks}): the message fails
 * for good ({@link ChatBlocked}) without a platform call, and becomes a dead letter saying why. The
 * block is read with the parts already sent, in the same Redis call.
 *
 * <p>A short wait for a rate limit is waited here; a longer one fails the message for now. A part
 * that failed with a server error is tried again twice with exponential back-off (200 ms, 400 ms,
 * with jitter) before the message fails for now and is left to the pipeline's redelivery. When the
 * platform asks to wait ({@link Throttled}), the bucket is paused for every instance.
 */
public final class PartedDelivery {
    private static final Duration WAIT_IN_PLACE = Duration.ofMillis(1500);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final DeliveryReceipts receipts;
    private final RateLimiter limiter;

    public PartedDelivery(DeliveryReceipts receipts, RateLimiter limiter) {
        this.receipts = receipts;
        this.limiter = limiter;
    }

    /**
     * @param rates the buckets each part takes a token from
     * @param sendPart sends part i and gives the platform's id of it
     */
    public Mono<Void> deliver(
            OutboundMessage message, List<Rate> rates, int parts, IntFunction<Mono<String>> sendPart) {
        return receipts.progress(message.id(), message.chat(), parts, rates).flatMap(progress -> {
            int done = progress.partsSent();
            if (done >= parts) {
                return Mono.empty();
            }
            if (progress.blocked().isPresent()) {
                return Mono.error(
                        new ChatBlocked(message.chat(), progress.blocked().get()));
            }
            return Flux.range(done, parts - done)
                    .concatMap(part -> (part == done ? tokens(progress.tokenWait(), rates) : throttle(rates))
                            .then(Mono.defer(() -> sendPart.apply(part)).retryWhen(serverTrouble()))
                            .onErrorResume(Throttled.class, throttled -> limiter.pause(
                                            throttled.bucket(),
                                            throttled.retryAfter().orElse(Duration.ofSeconds(1)))
                                    .then(Mono.error(throttled)))
                            .flatMap(platformId -> receipts.partSent(message.id(), message.chat(), part, platformId)))
                    .then();
        });
    }

    /** The first part's tokens were asked for with the progress: taken, or a wait. */
    private Mono<Void> tokens(Optional<Duration> asked, List<Rate> rates) {
        return asked.map(wait -> waitAndRetry(wait, rates)).orElseGet(() -> throttle(rates));
    }

    private Mono<Void> throttle(List<Rate> rates) {
        return limiter.acquire(rates).flatMap(wait -> waitAndRetry(wait, rates));
    }

    private Mono<Void> waitAndRetry(Duration wait, List<Rate> rates) {
        if (wait.isZero()) {
            return Mono.empty();
        }
        if (wait.compareTo(WAIT_IN_PLACE) <= 0) {
            return Mono.delay(wait).then(Mono.defer(() -> throttle(rates)));
        }
        return Mono.error(DeliveryFailed.forNow("rate limit: waiting " + wait.toMillis() + " ms", wait));
    }

    private static Retry serverTrouble() {
        return Retry.backoff(2, FIRST_BACKOFF)
                .jitter(0.2)
                .filter(error -> error instanceof DeliveryFailed failed
                        && failed.retriable()
                        && failed.retryAfter().isEmpty())
                .onRetryExhaustedThrow((spec, signal) -> signal.failure());
    }
}
