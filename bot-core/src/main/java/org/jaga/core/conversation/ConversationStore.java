package org.jaga.core.conversation;

import org.jaga.core.message.ChatRef;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads conversations and their transcripts. Writes go through the inbox's atomic commit. */
public interface ConversationStore {

    /** @return empty when the person has never written, or asked to be forgotten */
    Mono<Conversation> find(ChatRef chat);

    /** @return the transcript, oldest first; empty when there is none */
    Flux<TranscriptEntry> transcript(ChatRef chat);
}
