package org.jaga.server.channels;

import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import java.util.ArrayList;
import java.util.List;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.pipeline.Delivery;
import org.jaga.core.pipeline.WorkQueue;
import org.jaga.core.redis.JagaRedis;

/**
 * Reads the inbox as a worker would (a consumer of the "workers" group), for tests whose server
 * runs no workers of its own.
 */
final class InboxReader implements AutoCloseable {
    private final JagaRedis redis;
    private final WorkQueue<InboundMessage> queue;

    InboxReader(JagaRedis redis) {
        this.redis = redis;
        this.queue = redis.inbox().consumer("contract-test");
    }

    /** @return how many stored messages no worker has taken yet */
    long waiting() {
        return redis.connection().sync().xlen(redis.keys().key("inbox"));
    }

    /** @return the next {@code count} messages, acknowledged; fails when fewer are waiting */
    List<InboundMessage> take(int count) {
        List<InboundMessage> taken = new ArrayList<>();
        while (taken.size() < count) {
            List<Delivery<InboundMessage>> batch = queue.poll().block();
            if (batch == null || batch.isEmpty()) {
                throw new AssertionError("expected " + count + " messages in the inbox, found " + taken.size());
            }
            for (Delivery<InboundMessage> delivery : batch) {
                taken.add(delivery.value());
                queue.ack(delivery).block();
            }
        }
        return taken;
    }

    /**
     * Forgets every idempotency key: the platforms' documentation samples reuse message ids for
     * different messages, so each sample must be judged as if it came first.
     */
    void forgetSeenIds() {
        var sync = redis.connection().sync();
        ScanIterator<String> keys = ScanIterator.scan(
                sync, ScanArgs.Builder.matches(redis.keys().key("seen:*")).limit(1000));
        List<String> found = new ArrayList<>();
        keys.forEachRemaining(found::add);
        if (!found.isEmpty()) {
            sync.del(found.toArray(String[]::new));
        }
    }

    @Override
    public void close() {
        queue.close();
    }
}
