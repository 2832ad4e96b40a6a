package org.jaga.hotline.stats;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jaga.hotline.desk.Desk;
import org.jaga.hotline.desk.Desks;
import org.jaga.hotline.queue.CaseBook;
import org.jaga.hotline.queue.CaseState;
import org.jaga.hotline.queue.HotlineCase;
import org.jaga.hotline.staff.StaffMember;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Waiting now and time to a first human reply (median, p90), per desk the member sees. */
public final class QueueStatistics {
    private static final int CASES_READ = 10_000;
    private final CaseBook book;
    private final Desks desks;

    public QueueStatistics(CaseBook book, Desks desks) {
        this.book = book;
        this.desks = desks;
    }

    public Mono<List<DeskStatistics>> seenBy(StaffMember member) {
        Mono<Map<String, Long>> waiting = countByDesk(CaseState.WAITING);
        Mono<Map<String, Long>> withHuman = countByDesk(CaseState.WITH_HUMAN);
        return Mono.zip(waiting, withHuman).flatMap(counts -> Flux.fromIterable(desks.all())
                .filter(desk -> member.sees(desk.id()))
                .concatMap(desk -> book.firstReplySeconds(desk.id())
                        .sort()
                        .collectList()
                        .map(times -> of(desk, counts.getT1(), counts.getT2(), times)))
                .collectList());
    }

    private Mono<Map<String, Long>> countByDesk(CaseState state) {
        return book.inState(state, CASES_READ).collect(Collectors.groupingBy(HotlineCase::desk, Collectors.counting()));
    }

    static DeskStatistics of(Desk desk, Map<String, Long> waiting, Map<String, Long> withHuman, List<Long> times) {
        Function<Map<String, Long>, Integer> count =
                m -> m.getOrDefault(desk.id(), 0L).intValue();
        return new DeskStatistics(
                desk.id(),
                desk.name(),
                count.apply(waiting),
                count.apply(withHuman),
                times.size(),
                Percentile.of(times, 50),
                Percentile.of(times, 90));
    }
}
