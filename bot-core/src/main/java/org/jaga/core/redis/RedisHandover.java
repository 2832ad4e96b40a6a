package org.jaga.core.redis;

import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.conversation.ConversationStore;
import org.jaga.core.conversation.TranscriptEntry;
import org.jaga.core.conversation.TranscriptEntry.Direction;
import org.jaga.core.handover.Handover;
import org.jaga.core.handover.HeldByAnother;
import org.jaga.core.handover.UnknownConversation;
import org.jaga.core.message.ChatRef;
import org.jaga.core.message.Origin;
import org.jaga.core.message.OutboundMessage;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Hand-overs as versioned updates of the conversation hash, with the reply queued in the same script. */
final class RedisHandover implements Handover {
    private static final int CONFLICT_RETRIES = 10;

    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;
    private final LuaScript update;
    private final ConversationStore conversations;
    private final Duration retention;
    private final Clock clock;

    RedisHandover(
            RedisReactiveCommands<String, String> commands,
            KeySpace keys,
            LuaScript update,
            ConversationStore conversations,
            Duration retention,
            Clock clock) {
        this.commands = commands;
        this.keys = keys;
        this.update = update;
        this.conversations = conversations;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public Mono<Conversation> claim(ChatRef chat, String responder) {
        return change(
                        chat,
                        "claim:" + UUID.randomUUID(),
                        conversation -> {
                            Optional<String> holder = conversation.responder();
                            if (holder.isPresent() && !holder.get().equals(responder)) {
                                throw new HeldByAnother(holder.get());
                            }
                            return conversation.heldBy(responder);
                        },
                        Optional.empty(),
                        Optional.empty())
                .map(Change::conversation);
    }

    @Override
    public Mono<Conversation> handBack(ChatRef chat, String responder) {
        return change(
                        chat,
                        "handback:" + UUID.randomUUID(),
                        conversation -> {
                            Optional<String> holder = conversation.responder();
                            if (holder.isPresent() && !holder.get().equals(responder)) {
                                throw new HeldByAnother(holder.get());
                            }
                            return conversation.heldByBot();
                        },
                        Optional.empty(),
                        Optional.empty())
                .map(Change::conversation);
    }

    @Override
    public Mono<OutboundMessage> relay(ChatRef chat, String responder, String text, String requestId) {
        OutboundMessage message = new OutboundMessage(
                messageId("relay", chat, requestId), chat, text, List.of(), clock.instant(), Origin.RESPONDER);
        TranscriptEntry line = new TranscriptEntry(Direction.FROM_RESPONDER, text, message.createdAt());
        return change(
                        chat,
                        "relay:" + requestId,
                        conversation -> {
                            Optional<String> holder = conversation.responder();
                            if (holder.isEmpty() || !holder.get().equals(responder)) {
                                throw new HeldByAnother(holder.orElse("the bot"));
                            }
                            return conversation;
                        },
                        Optional.of(line),
                        Optional.of(message))
                .thenReturn(message);
    }

    @Override
    public Mono<OutboundMessage> notify(ChatRef chat, String text, String requestId) {
        OutboundMessage message =
                new OutboundMessage(messageId("notice", chat, requestId), chat, text, List.of(), clock.instant());
        TranscriptEntry line = new TranscriptEntry(Direction.FROM_BOT, text, message.createdAt());
        return change(chat, "notice:" + requestId, UnaryOperator.identity(), Optional.of(line), Optional.of(message))
                .thenReturn(message);
    }

    /**
     * Request ids are chosen by callers and only unique per conversation, so the message id carries
     * the chat: otherwise two conversations' "req-1" would be one message to the sender, and the
     * second would be taken as sent already.
     */
    private static String messageId(String kind, ChatRef chat, String requestId) {
        return kind + "-" + UUID.nameUUIDFromBytes((chat.key() + "\n" + requestId).getBytes(StandardCharsets.UTF_8));
    }

    private Mono<Change> change(
            ChatRef chat,
            String request,
            UnaryOperator<Conversation> how,
            Optional<TranscriptEntry> line,
            Optional<OutboundMessage> message) {
        return Mono.defer(() -> conversations
                        .find(chat)
                        .switchIfEmpty(Mono.error(UnknownConversation::new))
                        .flatMap(before -> write(before, how.apply(before), request, line, message)))
                .retryWhen(Retry.max(CONFLICT_RETRIES).filter(Conflict.class::isInstance));
    }

    private Mono<Change> write(
            Conversation before,
            Conversation after,
            String request,
            Optional<TranscriptEntry> line,
            Optional<OutboundMessage> message) {
        ChatRef chat = before.chat();
        String[] scriptKeys = {
            keys.conversation(chat),
            keys.transcript(chat),
            keys.key("handover-done:" + chat.key() + ":" + request),
            keys.outbox(chat.channel())
        };
        return update.run(
                        commands,
                        scriptKeys,
                        Long.toString(before.version()),
                        Json.write(after.nextVersion()),
                        Long.toString(retention.toSeconds()),
                        line.map(Json::write).orElse(""),
                        message.map(Json::write).orElse(""))
                .flatMap(result ->
                        result == 0L ? Mono.error(new Conflict()) : Mono.just(new Change(after.nextVersion())));
    }

    private record Change(Conversation conversation) {}

    private static final class Conflict extends RuntimeException {
        Conflict() {
            super("the conversation changed meanwhile", null, false, false);
        }
    }
}
