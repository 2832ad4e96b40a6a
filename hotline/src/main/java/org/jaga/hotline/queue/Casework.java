package org.jaga.hotline.queue;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.conversation.ConversationStore;
import org.jaga.core.handover.Handover;
import org.jaga.core.handover.UnknownConversation;
import org.jaga.hotline.audit.AuditEntry;
import org.jaga.hotline.audit.AuditEntry.Action;
import org.jaga.hotline.audit.AuditTrail;
import org.jaga.hotline.desk.Desks;
import org.jaga.hotline.staff.StaffDirectory;
import org.jaga.hotline.staff.StaffMember;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What staff do with cases, each step checked against who they are and written to the audit log.
 * A case of a desk the member does not belong to is, to them, a case that does not exist.
 */
public final class Casework {
    private final CaseBook book;
    private final Handover handover;
    private final ConversationStore conversations;
    private final Desks desks;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    public Casework(
            CaseBook book,
            Handover handover,
            ConversationStore conversations,
            Desks desks,
            StaffDirectory staff,
            AuditTrail audit,
            Clock clock) {
        this.book = book;
        this.handover = handover;
        this.conversations = conversations;
        this.desks = desks;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    public Flux<HotlineCase> list(StaffMember member, CaseState state, int limit) {
        return book.inState(state, 5_000).filter(c -> member.sees(c.desk())).take(limit);
    }

    public Mono<CaseFile> view(StaffMember member, String id) {
        return visible(member, id).flatMap(c -> {
            Mono<Map<String, String>> facts =
                    conversations.find(c.chat()).map(Conversation::facts).defaultIfEmpty(Map.of());
            return Mono.zip(
                            facts,
                            conversations.transcript(c.chat()).collectList(),
                            book.notes(id).collectList())
                    .map(t -> new CaseFile(c, t.getT1(), t.getT2(), t.getT3()))
                    .flatMap(file ->
                            log(member, Action.VIEW_CONVERSATION, id, "").thenReturn(file));
        });
    }

    public Mono<HotlineCase> claim(StaffMember member, String id) {
        return visible(member, id).flatMap(c -> {
            if (!member.belongsTo(c.desk())) {
                return Mono.error(new NotAllowed("only a responder of the desk can claim its conversations"));
            }
            c.claimedBy(member.username(), clock.instant());
            return handover.claim(c.chat(), member.username())
                    .onErrorMap(
                            UnknownConversation.class, gone -> new CaseConflict("the conversation no longer exists"))
                    .then(book.change(id, latest -> latest.claimedBy(member.username(), clock.instant())))
                    .flatMap(claimed -> log(member, Action.CLAIM, id, c.desk()).thenReturn(claimed));
        });
    }

    public Mono<HotlineCase> reply(StaffMember member, String id, String text, String requestId) {
        requireText(text, "text");
        return held(member, id).flatMap(c -> handover.relay(c.chat(), member.username(), text, requestId)
                .then(book.change(id, latest -> latest.repliedAt(clock.instant())))
                .flatMap(replied -> log(member, Action.REPLY, id, "").thenReturn(replied)));
    }

    public Mono<Void> note(StaffMember member, String id, String text) {
        CaseNote note = new CaseNote(member.username(), requireText(text, "text"), clock.instant());
        return visible(member, id).flatMap(c -> book.addNote(id, note)
                .then(book.announce(CaseChange.of("note", c, c)))
                .then(log(member, Action.NOTE, id, "")));
    }

    public Mono<HotlineCase> handBack(StaffMember member, String id) {
        return held(member, id).flatMap(c -> release(c)
                .then(book.change(id, latest -> latest.handedBack(clock.instant())))
                .flatMap(back -> log(member, Action.HAND_BACK, id, "").thenReturn(back)));
    }

    public Mono<HotlineCase> close(StaffMember member, String id, CaseOutcome outcome, String note) {
        if (outcome == null) {
            return Mono.error(
                    new IllegalArgumentException("outcome must be one of " + Arrays.toString(CaseOutcome.values())));
        }
        if (note != null && note.length() > 4000) {
            return Mono.error(new IllegalArgumentException("note must be at most 4000 characters"));
        }
        return actable(member, id).flatMap(c -> Mono.fromCallable(() -> c.closed(outcome, note, clock.instant()))
                .then(release(c))
                .then(book.change(id, latest -> latest.closed(outcome, blankToNull(note), clock.instant())))
                .flatMap(closed -> log(member, Action.CLOSE, id, outcome.name()).thenReturn(closed)));
    }

    public Mono<HotlineCase> transferToDesk(StaffMember member, String id, String desk) {
        if (desks.find(desk).isEmpty()) {
            return Mono.error(new IllegalArgumentException("no desk has the id " + desk));
        }
        return actable(member, id).flatMap(c -> Mono.fromCallable(() -> c.transferredTo(desk, clock.instant()))
                .then(release(c))
                .then(book.change(id, latest -> latest.transferredTo(desk, clock.instant())))
                .flatMap(moved ->
                        log(member, Action.TRANSFER, id, "desk:" + desk).thenReturn(moved)));
    }

    public Mono<HotlineCase> transferToResponder(StaffMember member, String id, String username) {
        return actable(member, id).flatMap(c -> staff.find(username)
                .filter(target -> target.belongsTo(c.desk()))
                .switchIfEmpty(Mono.error(() ->
                        new IllegalArgumentException("no responder of the conversation's desk has that username")))
                .flatMap(target -> release(c)
                        .then(handover.claim(c.chat(), target.username()))
                        .then(book.change(id, latest -> latest.assignedTo(target.username(), clock.instant())))
                        .flatMap(moved -> log(member, Action.TRANSFER, id, "responder:" + target.username())
                                .thenReturn(moved))));
    }

    /** @return the case when the member may see it; else CaseNotFound, and the attempt is logged */
    private Mono<HotlineCase> visible(StaffMember member, String id) {
        return book.find(id)
                .switchIfEmpty(Mono.error(CaseNotFound::new))
                .flatMap(c -> member.sees(c.desk())
                        ? Mono.just(c)
                        : log(member, Action.ACCESS_DENIED, id, "desk:" + c.desk())
                                .then(Mono.error(new CaseNotFound())));
    }

    /** @return the case when the member holds it, or may act on every case of the desk */
    private Mono<HotlineCase> held(StaffMember member, String id) {
        return visible(member, id).flatMap(c -> {
            if (c.state() != CaseState.WITH_HUMAN) {
                return Mono.error(new CaseConflict("nobody has claimed this conversation"));
            }
            boolean mine = c.holder().filter(member.username()::equals).isPresent();
            return mine ? Mono.just(c) : Mono.error(new NotAllowed("another responder has this conversation"));
        });
    }

    /** Supervisors, admins and the desk's responders may transfer or close its cases. */
    private Mono<HotlineCase> actable(StaffMember member, String id) {
        return visible(member, id)
                .flatMap(c -> member.role().seesEveryDesk() || member.belongsTo(c.desk())
                        ? Mono.just(c)
                        : Mono.error(new NotAllowed("only the desk's responders or a supervisor can do this")));
    }

    /** Gives the chat back to the bot, if a responder holds it and it still exists. */
    private Mono<Void> release(HotlineCase c) {
        return Mono.justOrEmpty(c.holder())
                .flatMap(holder -> handover.handBack(c.chat(), holder))
                .onErrorResume(UnknownConversation.class, gone -> Mono.empty())
                .then();
    }

    private Mono<Void> log(StaffMember member, Action action, String subject, String detail) {
        return audit.record(new AuditEntry(clock.instant(), member.username(), action, subject, detail));
    }

    private static String requireText(String text, String name) {
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new IllegalArgumentException(name + " must be 1 to 4000 characters");
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
