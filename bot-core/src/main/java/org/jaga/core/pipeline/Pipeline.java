package org.jaga.core.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jaga.core.event.EventSubscriber;
import org.jaga.core.message.OutboundMessage;

/**
 * Runs this instance's share of the work: inbox workers, one dispatcher per channel sender, and one
 * loop per event subscriber. Any number of instances can run side by side on the same store.
 */
public final class Pipeline {
    private final List<WorkLoop<?>> loops = new ArrayList<>();

    /**
     * @param instance names this instance's consumers; must differ between running instances
     */
    public Pipeline(
            String instance,
            PipelineSettings settings,
            Inbox inbox,
            TurnProcessor turns,
            Outbox outbox,
            List<OutboundSender> senders,
            EventLog events,
            List<EventSubscriber> subscribers) {
        Duration every = settings.reclaimEvery();
        int attempts = settings.maxAttempts();
        for (int i = 0; i < settings.workers(); i++) {
            String name = instance + "-worker-" + i;
            loops.add(new WorkLoop<>(
                    name, inbox.consumer(name), turns::process, m -> m.chat().key(), attempts, every));
        }
        for (OutboundSender sender : senders) {
            String name = instance + "-" + sender.channel().key() + "-sender";
            WorkQueue<OutboundMessage> queue = outbox.consumer(sender.channel(), name);
            Dispatcher dispatcher = new Dispatcher(outbox, sender);
            loops.add(new WorkLoop<>(
                    name,
                    queue,
                    d -> dispatcher.dispatch(d, queue),
                    m -> m.chat().key(),
                    attempts,
                    every));
        }
        for (EventSubscriber subscriber : subscribers) {
            String name = instance + "-" + subscriber.name();
            var queue = events.consumer(subscriber.name(), name);
            loops.add(new WorkLoop<>(
                    name,
                    queue,
                    d -> subscriber.on(d.value()).then(queue.ack(d)),
                    event -> event.chat().key(),
                    attempts,
                    every));
        }
    }

    private Pipeline() {}

    /** @return a pipeline that runs nothing, for an instance that only stores what arrives */
    public static Pipeline idle() {
        return new Pipeline();
    }

    public Pipeline start() {
        loops.forEach(WorkLoop::start);
        return this;
    }

    public void stop() {
        loops.forEach(WorkLoop::stop);
    }
}
