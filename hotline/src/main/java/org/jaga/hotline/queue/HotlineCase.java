package org.jaga.hotline.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jaga.core.Require;
import org.jaga.core.message.ChatRef;

/**
 * One person's need for a human, from distress to an outcome. Immutable; each transition checks
 * that it is allowed and returns the next value.
 *
 * @param responder who has the case, while it is WITH_HUMAN; else null
 * @param firstReplyAt when a human first wrote to the person; null until then
 * @param waitingSince when the person began waiting for a human (again, after a hand-back or transfer)
 * @param rerouted true once a human chose the desk, so routing no longer moves it
 */
public record HotlineCase(
        String id,
        ChatRef chat,
        Level level,
        String language,
        String desk,
        CaseState state,
        String responder,
        Instant openedAt,
        Instant waitingSince,
        Instant firstReplyAt,
        Instant closedAt,
        CaseOutcome outcome,
        String note,
        boolean rerouted,
        long version) {

    public HotlineCase {
        Require.nonBlank(id, "id");
        Require.present(chat, "chat");
        Require.present(level, "level");
        Require.nonBlank(language, "language");
        Require.nonBlank(desk, "desk");
        Require.present(state, "state");
        Require.present(openedAt, "openedAt");
        Require.present(waitingSince, "waitingSince");
        if (state == CaseState.WITH_HUMAN) {
            Require.nonBlank(responder, "responder");
        }
    }

    public static HotlineCase open(String id, ChatRef chat, Level level, String language, String desk, Instant at) {
        return new HotlineCase(
                id, chat, level, language, desk, CaseState.WAITING, null, at, at, null, null, null, null, false, 1);
    }

    public Optional<String> holder() {
        return Optional.ofNullable(responder);
    }

    public Optional<Duration> timeToFirstReply() {
        return Optional.ofNullable(firstReplyAt).map(at -> Duration.between(openedAt, at));
    }

    public HotlineCase raisedTo(Level next) {
        return next.above(level) ? with(next, desk, state, responder, waitingSince, rerouted) : this;
    }

    public HotlineCase routedTo(String nextDesk) {
        return rerouted || state != CaseState.WAITING ? this : with(level, nextDesk, state, null, waitingSince, false);
    }

    public HotlineCase claimedBy(String who, Instant at) {
        open();
        if (state == CaseState.WITH_HUMAN && !responder.equals(who)) {
            throw new CaseConflict("another responder has this conversation");
        }
        return with(level, desk, CaseState.WITH_HUMAN, who, waitingSince, rerouted);
    }

    public HotlineCase repliedAt(Instant at) {
        return firstReplyAt != null
                ? this
                : new HotlineCase(
                        id,
                        chat,
                        level,
                        language,
                        desk,
                        state,
                        responder,
                        openedAt,
                        waitingSince,
                        at,
                        closedAt,
                        outcome,
                        note,
                        rerouted,
                        version);
    }

    public HotlineCase handedBack(Instant at) {
        requireHeld();
        return with(level, desk, CaseState.WAITING, null, at, rerouted);
    }

    public HotlineCase transferredTo(String nextDesk, Instant at) {
        open();
        return with(level, nextDesk, CaseState.WAITING, null, state == CaseState.WAITING ? waitingSince : at, true);
    }

    public HotlineCase assignedTo(String who, Instant at) {
        open();
        return with(level, desk, CaseState.WITH_HUMAN, who, waitingSince, true);
    }

    public HotlineCase closed(CaseOutcome how, String why, Instant at) {
        open();
        Require.present(how, "outcome");
        return new HotlineCase(
                id,
                chat,
                level,
                language,
                desk,
                CaseState.CLOSED,
                null,
                openedAt,
                waitingSince,
                firstReplyAt,
                at,
                how,
                why,
                rerouted,
                version);
    }

    /** @return this value as the store writes it after accepting it */
    HotlineCase nextVersion() {
        return new HotlineCase(
                id,
                chat,
                level,
                language,
                desk,
                state,
                responder,
                openedAt,
                waitingSince,
                firstReplyAt,
                closedAt,
                outcome,
                note,
                rerouted,
                version + 1);
    }

    /** @return the order in its state's list: priority (level, then waiting time), or time */
    long score() {
        return switch (state) {
            case WAITING -> level.ordinal() * 10_000_000_000_000L + waitingSince.toEpochMilli();
            case WITH_HUMAN -> waitingSince.toEpochMilli();
            case CLOSED -> -closedAt.toEpochMilli();
        };
    }

    private void open() {
        if (state == CaseState.CLOSED) {
            throw new CaseConflict("the case is closed");
        }
    }

    private void requireHeld() {
        if (state != CaseState.WITH_HUMAN) {
            throw new CaseConflict("nobody has claimed this conversation");
        }
    }

    private HotlineCase with(Level l, String d, CaseState s, String r, Instant since, boolean manual) {
        return new HotlineCase(
                id,
                chat,
                l,
                language,
                d,
                s,
                r,
                openedAt,
                since,
                firstReplyAt,
                closedAt,
                outcome,
                note,
                manual,
                version);
    }
}
