package org.jaga.hotline.console;

import java.net.URI;
import java.time.Clock;
import java.util.function.Consumer;
import org.jaga.core.report.RecruiterReport;
import org.jaga.core.report.RecruiterReports;
import org.jaga.hotline.audit.AuditTrail;
import org.jaga.hotline.desk.Desks;
import org.jaga.hotline.queue.CaseBook;
import org.jaga.hotline.queue.Casework;
import org.jaga.hotline.staff.LoginThrottle;
import org.jaga.hotline.staff.Passwords;
import org.jaga.hotline.staff.Sessions;
import org.jaga.hotline.staff.StaffDirectory;
import org.jaga.hotline.stats.QueueStatistics;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The console's HTTP side: the JSON API under {@value #API} and the pages under {@code /console/}
 * (static files beside this module's classes).
 */
public final class HotlineConsole {
    public static final String API = "/api/v1/hotline";

    private final SessionHandler sessions;
    private final CaseHandler cases;
    private final StaffHandler staff;
    private final OversightHandler oversight;
    private final LiveUpdates live;
    private final ModerationHandler moderation;
    private final Authentication authentication;

    /** The parts the console works with. */
    public record Parts(
            Casework casework,
            CaseBook book,
            StaffDirectory staff,
            Sessions sessions,
            LoginThrottle throttle,
            Passwords passwords,
            AuditTrail audit,
            Desks desks,
            QueueStatistics statistics,
            RecruiterReports reports,
            Consumer<RecruiterReport> onReportDecision,
            Clock clock) {}

    /** @param adminConfigured whether a first admin was configured, so the login page can say so */
    public HotlineConsole(Parts parts, boolean adminConfigured) {
        this.authentication = new Authentication(
                parts.sessions(), parts.staff(), parts.passwords(), parts.throttle(), parts.audit(), parts.clock());
        this.sessions =
                new SessionHandler(authentication, parts.sessions(), parts.audit(), parts.clock(), adminConfigured);
        this.cases = new CaseHandler(parts.casework(), new CaseJson(parts.desks()), parts.clock());
        this.staff = new StaffHandler(parts.staff(), parts.passwords(), parts.desks(), parts.audit(), parts.clock());
        this.oversight = new OversightHandler(parts.audit(), parts.statistics());
        this.live = new LiveUpdates(parts.book());
        this.moderation =
                new ModerationHandler(parts.reports(), parts.onReportDecision(), parts.audit(), parts.clock());
    }

    public RouterFunction<ServerResponse> routes() {
        RouterFunction<ServerResponse> open = RouterFunctions.route()
                .POST(API + "/session", sessions::login)
                .GET(API + "/setup", sessions::setup)
                .GET("/console", request -> ServerResponse.temporaryRedirect(URI.create("/console/index.html"))
                        .build())
                .GET("/console/", request -> ServerResponse.temporaryRedirect(URI.create("/console/index.html"))
                        .build())
                .build();
        RouterFunction<ServerResponse> signedIn = RouterFunctions.route()
                .GET(API + "/session", sessions::current)
                .DELETE(API + "/session", sessions::logout)
                .GET(API + "/conversations", cases::list)
                .GET(API + "/conversations/{id}", cases::view)
                .POST(API + "/conversations/{id}/claim", cases::claim)
                .POST(API + "/conversations/{id}/messages", cases::reply)
                .POST(API + "/conversations/{id}/notes", cases::note)
                .POST(API + "/conversations/{id}/handback", cases::handBack)
                .POST(API + "/conversations/{id}/close", cases::close)
                .POST(API + "/conversations/{id}/transfer", cases::transfer)
                .GET(API + "/staff", staff::list)
                .POST(API + "/staff", staff::create)
                .GET(API + "/desks", staff::desks)
                .GET(API + "/audit", oversight::audit)
                .GET(API + "/stats", oversight::stats)
                .GET(API + "/events", live::follow)
                .GET(API + "/reports", moderation::list)
                .POST(API + "/reports/{id}/decision", moderation::decide)
                .filter(authentication)
                .build();
        // Handlers throw for bad input, too: defer, so that every failure becomes a JSON answer.
        return open.and(signedIn).filter((request, next) -> Mono.defer(() -> next.handle(request))
                .onErrorResume(failure -> Problems.answer(failure, request)));
    }
}
