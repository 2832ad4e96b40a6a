package org.jaga.core.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.conversation.ConversationStore;
import org.jaga.core.dialogue.DialogueEngine;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.dialogue.Said;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.message.OutboundMessage;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.retry.Retry;

/**
 * Handles one inbox entry: loads the conversation, lets the engine decide, and commits the
 * outcome atomically. When another worker changed the conversation meanwhile, it starts over with
 * the new state; when the entry was committed before, it does nothing.
 */
public final class TurnProcessor {
    private static final int CONFLICT_RETRIES = 10;

    private final ConversationStore conversations;
    private final DialogueEngine engine;
    private final Inbox inbox;
    private final Scheduler compute;
    private final Clock clock;

    public TurnProcessor(
            ConversationStore conversations, DialogueEngine engine, Inbox inbox, Scheduler compute, Clock clock) {
        this.conversations = conversations;
        this.engine = engine;
        this.inbox = inbox;
        this.compute = compute;
        this.clock = clock;
    }

    /** @return completes once the entry's outcome is stored (or was stored before) */
    public Mono<Void> process(Delivery<InboundMessage> delivery) {
        InboundMessage message = delivery.value();
        return Mono.defer(() -> conversations
                        .find(message.chat())
                        .defaultIfEmpty(Conversation.start(message.chat(), clock.instant()))
                        .publishOn(compute)
                        .flatMap(before -> {
                            Outcome outcome = engine.handle(before, message);
                            return inbox.commit(delivery, before, outcome, replies(delivery, outcome));
                        }))
                .flatMap(result ->
                        result == CommitResult.CONFLICT ? Mono.error(new ConversationChanged()) : Mono.<Void>empty())
                .retryWhen(Retry.max(CONFLICT_RETRIES).filter(ConversationChanged.class::isInstance));
    }

    /** Numbers the replies after the inbox entry, so that a retried turn produces the same ids. */
    static List<OutboundMessage> replies(Delivery<InboundMessage> delivery, Outcome outcome) {
        List<OutboundMessage> replies = new ArrayList<>();
        List<Said> said = outcome.said();
        for (int i = 0; i < said.size(); i++) {
            replies.add(new OutboundMessage(
                    delivery.id() + "-" + i,
                    delivery.value().chat(),
                    said.get(i).text(),
                    said.get(i).buttons(),
                    outcome.conversation().lastMessageAt()));
        }
        return replies;
    }

    private static final class ConversationChanged extends RuntimeException {
        ConversationChanged() {
            super("the conversation changed during the turn", null, false, false);
        }
    }
}
