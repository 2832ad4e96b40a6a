package org.jaga.core.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.conversation.TranscriptEntry;
import org.jaga.core.conversation.TranscriptEntry.Direction;
import org.jaga.core.dialogue.Outcome;
import org.jaga.core.event.DomainEvent;
import org.jaga.core.message.InboundMessage;
import org.jaga.core.message.OutboundMessage;
import org.jaga.core.pipeline.CommitResult;
import org.jaga.core.pipeline.Delivery;
import org.jaga.core.pipeline.Inbox;
import org.jaga.core.pipeline.WorkQueue;
import reactor.core.publisher.Mono;

/** The inbox as a Redis stream read by the consumer group "workers". */
final class RedisInbox implements Inbox {
    static final String GROUP = "workers";
    private static final Duration REMEMBER_REDELIVERIES = Duration.ofDays(8);

    private final RedisClient client;
    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;
    private final Scripts scripts;
    private final EventCodec events;
    private final ChatDataKeys chatData;
    private final Duration reclaimAfter;
    private final Duration retention;

    RedisInbox(
            RedisClient client,
            RedisReactiveCommands<String, String> commands,
            KeySpace keys,
            Scripts scripts,
            EventCodec events,
            ChatDataKeys chatData,
            Duration reclaimAfter,
            Duration retention) {
        this.client = client;
        this.commands = commands;
        this.keys = keys;
        this.scripts = scripts;
        this.events = events;
        this.chatData = chatData;
        this.reclaimAfter = reclaimAfter;
        this.retention = retention;
    }

    @Override
    public Mono<Boolean> accept(InboundMessage message) {
        String[] scriptKeys = {keys.seen(message.idempotencyKey()), keys.inbox()};
        return scripts.accept()
                .run(commands, scriptKeys, Long.toString(REMEMBER_REDELIVERIES.toSeconds()), Json.write(message))
                .map(stored -> stored == 1L);
    }

    @Override
    public WorkQueue<InboundMessage> consumer(String name) {
        var spec = new RedisWorkQueue.Spec<>(
                keys.inbox(), GROUP, "m", keys.deadLetters(), json -> Json.read(json, InboundMessage.class), true);
        return new RedisWorkQueue<>(client, commands, scripts.deadLetter(), spec, name, reclaimAfter);
    }

    @Override
    public Mono<CommitResult> commit(
            Delivery<InboundMessage> delivery, Conversation before, Outcome outcome, List<OutboundMessage> replies) {
        Conversation after = outcome.conversation();
        List<String> erase = outcome.forget() ? chatData.keysOf(after.chat()) : List.of();
        List<String> keyList = new ArrayList<>(List.of(
                keys.conversation(after.chat()),
                keys.inbox(),
                keys.done(delivery.id()),
                keys.transcript(after.chat()),
                keys.events()));
        keyList.addAll(erase);
        replies.forEach(reply -> keyList.add(keys.outbox(reply.chat().channel())));

        List<String> transcript = transcript(delivery.value(), replies);
        List<String> args = new ArrayList<>(List.of(
                Long.toString(before.version()),
                Json.write(after.nextVersion()),
                GROUP,
                delivery.id(),
                Long.toString(retention.toSeconds()),
                Integer.toString(erase.size()),
                Integer.toString(transcript.size()),
                Integer.toString(outcome.events().size()),
                Integer.toString(replies.size())));
        args.addAll(transcript);
        for (DomainEvent event : outcome.events()) {
            args.add(events.typeOf(event) + "\n" + Json.write(event));
        }
        replies.forEach(reply -> args.add(Json.write(reply)));
        return scripts.commit()
                .run(commands, keyList.toArray(String[]::new), args.toArray(String[]::new))
                .map(result -> result == 1L
                        ? CommitResult.COMMITTED
                        : result == 0L ? CommitResult.CONFLICT : CommitResult.ALREADY_DONE);
    }

    private static List<String> transcript(InboundMessage message, List<OutboundMessage> replies) {
        List<String> lines = new ArrayList<>();
        String said = message.text().isEmpty() ? message.payload().orElse("") : message.text();
        lines.add(Json.write(new TranscriptEntry(Direction.FROM_PERSON, said, message.receivedAt())));
        replies.forEach(reply ->
                lines.add(Json.write(new TranscriptEntry(Direction.FROM_BOT, reply.text(), reply.createdAt()))));
        return lines;
    }
}
