package org.jaga.hotline.queue;

import java.util.function.UnaryOperator;
import org.jaga.core.message.ChatRef;
import org.jaga.core.redis.JagaRedis;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The cases and the queue, shared by every instance. Every change is announced to {@link #changes()}. */
public interface CaseBook extends AutoCloseable {

    /**
     * Opens the case unless the chat has an open case already, or the same event opened one before.
     *
     * @param eventKey names the event that asked, so that a redelivered event opens nothing
     * @return the open case of the chat, and whether this call opened it
     */
    Mono<Opening> open(HotlineCase candidate, String eventKey);

    /** @return empty when no case has that id */
    Mono<HotlineCase> find(String id);

    /** @return the chat's case that is not closed yet; empty when there is none */
    Mono<HotlineCase> openCaseOf(ChatRef chat);

    /**
     * Changes the case, retrying when someone else changed it meanwhile.
     *
     * @throws CaseNotFound (as the Mono's error) when no case has that id
     */
    Mono<HotlineCase> change(String id, UnaryOperator<HotlineCase> how);

    /** @return the cases in that state: WAITING by priority, WITH_HUMAN oldest first, CLOSED newest first */
    Flux<HotlineCase> inState(CaseState state, int limit);

    Mono<Void> addNote(String id, CaseNote note);

    Flux<CaseNote> notes(String id);

    /** @return the latest times to a first human reply at the desk, in seconds */
    Flux<Long> firstReplySeconds(String desk);

    /** Tells consoles on every instance that something happened in a case, without changing it. */
    Mono<Void> announce(CaseChange change);

    /** @return every change on any instance from now on */
    Flux<CaseChange> changes();

    @Override
    void close();

    /** @param opened whether this call opened the case */
    record Opening(HotlineCase hotlineCase, boolean opened) {}

    static CaseBook inRedis(JagaRedis redis) {
        return new RedisCaseBook(redis.client(), redis.connection().reactive(), redis.keys());
    }
}
