package org.jaga.hotline.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.pipeline.PipelineSettings;
import org.jaga.core.redis.ChatDataKeys;
import org.jaga.core.redis.EventCodec;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case book's contract, against a real Redis. */
class CaseBookIT {
    private final Instant t0 = Instant.parse("2026-11-23T08:00:00Z");
    private JagaRedis redis;
    private CaseBook book;

    @BeforeEach
    void connect() {
        PipelineSettings settings =
                new PipelineSettings(1, 3, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofDays(1));
        redis = JagaRedis.connect(
                TestRedis.url(), TestRedis.freshKeys(), settings, new EventCodec(), ChatDataKeys.none());
        book = CaseBook.inRedis(redis);
    }

    @AfterEach
    void close() {
        book.close();
        redis.close();
    }

    private HotlineCase waiting(String user, Level level, Instant since) {
        return HotlineCase.open(
                UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                new ChatRef(Channel.TELEGRAM, user),
                level,
                "en",
                "general",
                since);
    }

    private HotlineCase open(HotlineCase candidate) {
        return book.open(candidate, candidate.openedAt().toString()).block().hotlineCase();
    }

    private List<String> queue() {
        return book.inState(CaseState.WAITING, 100)
                .map(HotlineCase::id)
                .collectList()
                .block();
    }

    @Test
    void urgentCasesComeFirstThenWhoeverWaitedLongest() {
        HotlineCase highOld = open(waiting("a", Level.HIGH, t0));
        HotlineCase urgentNew = open(waiting("b", Level.URGENT, t0.plusSeconds(60)));
        HotlineCase highNew = open(waiting("c", Level.HIGH, t0.plusSeconds(30)));
        HotlineCase urgentOld = open(waiting("d", Level.URGENT, t0.plusSeconds(10)));

        assertThat(queue()).containsExactly(urgentOld.id(), urgentNew.id(), highOld.id(), highNew.id());
    }

    @Test
    void aChatHasOneOpenCaseAndARedeliveredEventOpensNothing() {
        HotlineCase first = waiting("a", Level.HIGH, t0);
        CaseBook.Opening opened = book.open(first, "e1").block();
        CaseBook.Opening again = book.open(waiting("a", Level.HIGH, t0), "e1").block();
        CaseBook.Opening later =
                book.open(waiting("a", Level.HIGH, t0.plusSeconds(5)), "e2").block();

        assertThat(opened.opened()).isTrue();
        assertThat(again.opened()).isFalse();
        assertThat(later.hotlineCase().id()).isEqualTo(first.id());
        assertThat(queue()).containsExactly(first.id());
    }

    @Test
    void aMoreUrgentSignalRaisesTheCaseInTheQueue() {
        HotlineCase other = open(waiting("a", Level.HIGH, t0));
        HotlineCase raised = open(waiting("b", Level.HIGH, t0.plusSeconds(60)));

        book.change(raised.id(), c -> c.raisedTo(Level.URGENT)).block();
        book.change(raised.id(), c -> c.raisedTo(Level.HIGH)).block();

        assertThat(book.find(raised.id()).block().level()).isEqualTo(Level.URGENT);
        assertThat(queue()).containsExactly(raised.id(), other.id());
    }

    @Test
    void afterClosingTheChatCanOpenANewCase() {
        HotlineCase first = open(waiting("a", Level.HIGH, t0));
        book.change(first.id(), c -> c.closed(CaseOutcome.RESCUED_OR_SAFE, null, t0.plusSeconds(60)))
                .block();

        CaseBook.Opening next =
                book.open(waiting("a", Level.HIGH, t0.plusSeconds(120)), "e9").block();

        assertThat(next.opened()).isTrue();
        assertThat(book.inState(CaseState.CLOSED, 10)
                        .map(HotlineCase::id)
                        .collectList()
                        .block())
                .containsExactly(first.id());
    }

    @Test
    void theFirstReplyIsTimedOnceForTheDesk() {
        HotlineCase c = open(waiting("a", Level.HIGH, t0));
        book.change(c.id(), x -> x.claimedBy("amina", t0.plusSeconds(10))).block();
        book.change(c.id(), x -> x.repliedAt(t0.plusSeconds(42))).block();
        book.change(c.id(), x -> x.repliedAt(t0.plusSeconds(99))).block();

        assertThat(book.firstReplySeconds("general").collectList().block()).containsExactly(42L);
        assertThat(book.inState(CaseState.WITH_HUMAN, 10)
                        .map(HotlineCase::id)
                        .collectList()
                        .block())
                .containsExactly(c.id());
    }

    @Test
    void anotherResponderCannotClaimAHeldCaseAndAClosedCaseCannotChange() {
        HotlineCase c = open(waiting("a", Level.HIGH, t0));
        book.change(c.id(), x -> x.claimedBy("amina", t0)).block();

        assertThatThrownBy(
                        () -> book.change(c.id(), x -> x.claimedBy("budi", t0)).block())
                .isInstanceOf(CaseConflict.class);
        book.change(c.id(), x -> x.closed(CaseOutcome.OTHER, "n", t0)).block();
        assertThatThrownBy(() -> book.change(c.id(), x -> x.transferredTo("id-embassy", t0))
                        .block())
                .isInstanceOf(CaseConflict.class);
        assertThatThrownBy(() -> book.change("nope", x -> x).block()).isInstanceOf(CaseNotFound.class);
    }

    @Test
    void everyChangeIsAnnouncedToConsoles() {
        List<CaseChange> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        var subscription = book.changes().subscribe(seen::add);
        HotlineCase c = open(waiting("a", Level.URGENT, t0));
        book.change(c.id(), x -> x.transferredTo("th-embassy", t0)).block();

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() >= 2);
        subscription.dispose();
        assertThat(seen.get(1).desk()).isEqualTo("th-embassy");
        assertThat(seen.get(1).previousDesk()).isEqualTo("general");
    }
}
