package org.jaga.core.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Feeds the entries of one queue consumer to a handler for as long as it runs: new entries as they
 * come, and at intervals the entries other consumers left behind. The entries of a batch are handled
 * concurrently, except that entries with the same order key (the same chat) are handled one after
 * the other, in queue order. A handler that fails leaves its entry pending, to be tried again; an
 * entry tried too often becomes a dead letter. The handler acknowledges (or commits) what it handled.
 */
public final class WorkLoop<T> {
    private static final Logger log = LoggerFactory.getLogger(WorkLoop.class);

    private final String name;
    private final WorkQueue<T> queue;
    private final Function<Delivery<T>, Mono<Void>> handler;
    private final Function<T, Object> orderKey;
    private final int maxAttempts;
    private final Duration reclaimEvery;
    private Disposable running;

    public WorkLoop(
            String name,
            WorkQueue<T> queue,
            Function<Delivery<T>, Mono<Void>> handler,
            Function<T, Object> orderKey,
            int maxAttempts,
            Duration reclaimEvery) {
        this.name = name;
        this.queue = queue;
        this.handler = handler;
        this.orderKey = orderKey;
        this.maxAttempts = maxAttempts;
        this.reclaimEvery = reclaimEvery;
    }

    /** Starts the loop; it keeps going through errors of the store until {@link #stop()}. */
    public synchronized WorkLoop<T> start() {
        Flux<List<Delivery<T>>> fresh = Flux.defer(queue::poll).repeat();
        Flux<List<Delivery<T>>> left =
                Flux.interval(reclaimEvery, reclaimEvery).onBackpressureDrop().concatMap(tick -> queue.reclaim(), 1);
        running = Flux.merge(fresh, left)
                .filter(batch -> !batch.isEmpty())
                .concatMap(this::handleBatch, 1)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100))
                        .maxBackoff(Duration.ofSeconds(5))
                        .doBeforeRetry(signal -> log.warn(
                                "{}: store unavailable, retrying: {}",
                                name,
                                signal.failure().toString())))
                .subscribe();
        return this;
    }

    private Mono<Void> handleBatch(List<Delivery<T>> batch) {
        Map<Object, List<Delivery<T>>> byKey = new LinkedHashMap<>();
        batch.forEach(d -> byKey.computeIfAbsent(orderKey.apply(d.value()), k -> new ArrayList<>())
                .add(d));
        return Flux.fromIterable(byKey.values())
                .flatMap(inOrder -> Flux.fromIterable(inOrder).concatMap(this::handle, 1), byKey.size())
                .then();
    }

    private Mono<Void> handle(Delivery<T> delivery) {
        if (delivery.attempts() > maxAttempts) {
            log.error("{}: entry {} failed {} times; moved to dead letters", name, delivery.id(), maxAttempts);
            return queue.deadLetter(delivery, "failed " + maxAttempts + " times");
        }
        return Mono.defer(() -> handler.apply(delivery)).onErrorResume(error -> {
            log.warn(
                    "{}: entry {} failed (attempt {}), left for retry: {}",
                    name,
                    delivery.id(),
                    delivery.attempts(),
                    error.getClass().getSimpleName());
            return Mono.empty();
        });
    }

    /** Stops taking entries; an entry being handled stays pending and is handled again later. */
    public synchronized void stop() {
        if (running != null) {
            running.dispose();
        }
        queue.close();
    }
}
