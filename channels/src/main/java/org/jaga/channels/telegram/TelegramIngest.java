package org.jaga.channels.telegram;

import org.jaga.channels.delivery.ChatBlocks;
import org.jaga.core.message.InboundKind;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.pipeline.Inbox;
import org.telegram.telegrambots.meta.api.objects.Update;
import reactor.core.publisher.Mono;

/**
 * What happens to every update, by webhook or long polling alike: mapped, blocks recorded (and
 * lifted by anything else the person does: they can be written to again), its message put in the
 * chat's trail (for a later wipe), stored in the inbox; a button tap is then answered so the
 * person's app stops its spinner.
 */
final class TelegramIngest {
    private final TelegramUpdates updates = new TelegramUpdates();
    private final Inbox inbox;
    private final ChatBlocks blocks;
    private final TelegramTrail trail;
    private final TelegramCallbacks callbacks;

    TelegramIngest(Inbox inbox, ChatBlocks blocks, TelegramTrail trail, TelegramCallbacks callbacks) {
        this.inbox = inbox;
        this.blocks = blocks;
        this.trail = trail;
        this.callbacks = callbacks;
    }

    /** @return completes once the update is stored (or known to be nothing to store) */
    Mono<Void> ingest(Update update) {
        return Mono.justOrEmpty(updates.map(update))
                // issued together on the shared connection (pipelined), so neither costs a round trip
                .flatMap(message -> Mono.when(trail.remember(update), recordBlock(message), inbox.accept(message)))
                .doOnSuccess(stored -> {
                    if (update.getCallbackQuery() != null) {
                        callbacks.answer(update.getCallbackQuery());
                    }
                })
                .then();
    }

    private Mono<Void> recordBlock(InboundMessage message) {
        if (message.kind() == InboundKind.BLOCKED) {
            return blocks.blocked(message.chat(), "Telegram my_chat_member: kicked");
        }
        return blocks.unblocked(message.chat());
    }
}
