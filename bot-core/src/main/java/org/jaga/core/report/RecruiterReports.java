package org.jaga.core.report;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The reports people made about recruiters, and the disputes of listed owners. */
public interface RecruiterReports {

    /** @return true when stored now, false when a report with that id was stored before */
    Mono<Boolean> add(RecruiterReport report);

    /** @return every report, oldest first */
    Flux<RecruiterReport> all();

    /** @return the report with its new status; empty when there is no such report */
    Mono<RecruiterReport> decide(String id, RecruiterReport.Status status);

    /** Records a dispute by the owner of a listed identifier. */
    Mono<Void> dispute(RecruiterDispute dispute);

    /** @return every dispute, oldest first */
    Flux<RecruiterDispute> disputes();
}
