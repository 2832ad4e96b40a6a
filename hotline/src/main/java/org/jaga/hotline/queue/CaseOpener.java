package org.jaga.hotline.queue;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.jaga.core.conversation.Conversation;
import org.jaga.core.conversation.ConversationStore;
import org.jaga.core.event.DomainEvent;
import org.jaga.core.event.EventSubscriber;
import org.jaga.core.handover.Handover;
import org.jaga.core.handover.MessageForResponder;
import org.jaga.core.handover.UnknownConversation;
import org.jaga.core.triage.DistressDetected;
import org.jaga.hotline.desk.Desk;
import org.jaga.hotline.desk.DeskRouter;
import org.jaga.hotline.desk.OutOfHoursNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Puts a person in distress in the queue of the right desk: one open case per chat, raised when a
 * later signal is more urgent. Tells the person when a human will answer if the desk is closed.
 * Also tells consoles when the person writes in a case a responder holds.
 */
public final class CaseOpener implements EventSubscriber {
    private static final Logger log = LoggerFactory.getLogger(CaseOpener.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseBook book;
    private final DeskRouter router;
    private final ConversationStore conversations;
    private final Handover handover;
    private final OutOfHoursNotice notice;
    private final Clock clock;

    public CaseOpener(
            CaseBook book,
            DeskRouter router,
            ConversationStore conversations,
            Handover handover,
            OutOfHoursNotice notice,
            Clock clock) {
        this.book = book;
        this.router = router;
        this.conversations = conversations;
        this.handover = handover;
        this.notice = notice;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "hotline-cases";
    }

    @Override
    public Mono<Void> on(DomainEvent event) {
        if (event instanceof DistressDetected distress) {
            return open(distress);
        }
        if (event instanceof MessageForResponder message) {
            return book.openCaseOf(message.chat()).flatMap(c -> book.announce(CaseChange.of("message", c, c)));
        }
        return Mono.empty();
    }

    private Mono<Void> open(DistressDetected distress) {
        Level level = Level.of(distress.level());
        return conversations
                .find(distress.chat())
                .map(Optional::of)
                .defaultIfEmpty(Optional.<Conversation>empty())
                .map(conversation -> router.route(distress.chat(), distress.language(), conversation))
                .flatMap(desk -> {
                    HotlineCase candidate = HotlineCase.open(
                            newId(), distress.chat(), level, distress.language(), desk.id(), distress.at());
                    return book.open(candidate, distress.at().toEpochMilli() + ":" + level)
                            .flatMap(opening -> opening.opened()
                                    ? opened(opening.hotlineCase(), desk)
                                    : book.change(opening.hotlineCase().id(), c -> c.raisedTo(level)
                                                    .routedTo(desk.id()))
                                            .then());
                });
    }

    private Mono<Void> opened(HotlineCase opened, Desk desk) {
        log.info("Opened case {} ({}) at desk {}", opened.id(), opened.level(), desk.id());
        return Mono.justOrEmpty(notice.text(desk, opened.language(), clock.instant()))
                .flatMap(text -> handover.notify(opened.chat(), text, "hotline-hours-" + opened.id()))
                .onErrorResume(UnknownConversation.class, gone -> Mono.empty())
                .then();
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
