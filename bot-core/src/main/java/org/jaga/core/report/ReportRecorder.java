package org.jaga.core.report;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jaga.core.event.DomainEvent;
import org.jaga.core.event.EventSubscriber;
import org.jaga.knowledge.check.IdentifierResult;
import org.jaga.knowledge.check.OfferCheck;
import org.jaga.knowledge.language.Language;
import org.jaga.knowledge.recruiter.RecruiterIndex;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns a person's report into one unverified report per recruiter identifier it names, stored for
 * moderators and counted in the knowledge base at once (as REPORTED_UNVERIFIED when unknown).
 */
public final class ReportRecorder implements EventSubscriber {
    static final String SOURCE = "user report";
    private static final int MODERATOR_TEXT_MAX = 2_000;

    private final OfferCheck check;
    private final RecruiterIndex index;
    private final RecruiterReports reports;

    public ReportRecorder(OfferCheck check, RecruiterIndex index, RecruiterReports reports) {
        this.check = check;
        this.index = index;
        this.reports = reports;
    }

    @Override
    public String name() {
        return "recruiter-reports";
    }

    @Override
    public Mono<Void> on(DomainEvent event) {
        if (!(event instanceof ReportFiled filed)) {
            return Mono.empty();
        }
        List<IdentifierResult> named = check.identifiers(filed.text(), Language.fromTag(filed.language()));
        if (named.isEmpty()) {
            return reports.add(report(filed, Optional.empty())).then();
        }
        return Flux.fromIterable(named)
                .concatMap(identifier -> reports.add(report(filed, Optional.of(identifier)))
                        .filter(Boolean::booleanValue)
                        .doOnNext(added -> apply(identifier, filed)))
                .then();
    }

    private void apply(IdentifierResult identifier, ReportFiled filed) {
        index.report(
                identifier.kind(),
                identifier.normalized(),
                identifier.value(),
                SOURCE,
                filed.at().atZone(ZoneOffset.UTC).toLocalDate());
    }

    private static RecruiterReport report(ReportFiled filed, Optional<IdentifierResult> identifier) {
        String seed = filed.chat().key() + "|" + filed.at() + "|"
                + identifier.map(i -> i.kind() + ":" + i.normalized()).orElse("");
        String text = filed.text().length() > MODERATOR_TEXT_MAX
                ? filed.text().substring(0, MODERATOR_TEXT_MAX)
                : filed.text();
        return new RecruiterReport(
                UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString(),
                identifier.map(IdentifierResult::kind),
                identifier.map(IdentifierResult::normalized).orElse(""),
                identifier.map(IdentifierResult::value).orElse(""),
                text,
                filed.language(),
                filed.at(),
                RecruiterReport.Status.UNVERIFIED);
    }
}
