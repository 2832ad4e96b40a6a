package org.jaga.core.redis;

import io.lettuce.core.Range;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.conversation.ConversationStore;
import org.jaga.core.conversation.TranscriptEntry;
import org.jaga.core.message.ChatRef;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Conversations as Redis hashes (version and JSON), transcripts as Redis streams. */
final class RedisConversationStore implements ConversationStore {
    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;

    RedisConversationStore(RedisReactiveCommands<String, String> commands, KeySpace keys) {
        this.commands = commands;
        this.keys = keys;
    }

    @Override
    public Mono<Conversation> find(ChatRef chat) {
        return commands.hget(keys.conversation(chat), "json").map(json -> Json.read(json, Conversation.class));
    }

    @Override
    public Flux<TranscriptEntry> transcript(ChatRef chat) {
        return commands.xrange(keys.transcript(chat), Range.create("-", "+"))
                .map(message -> Json.read(message.getBody().get("e"), TranscriptEntry.class));
    }
}
