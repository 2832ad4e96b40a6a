package org.jaga.hotline.console;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jaga.hotline.audit.AuditEntry;
import org.jaga.hotline.audit.AuditEntry.Action;
import org.jaga.hotline.audit.AuditTrail;
import org.jaga.hotline.staff.Session;
import org.jaga.hotline.staff.Sessions;
import org.jaga.hotline.staff.StaffMember;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** Signing in and out of the console. */
final class SessionHandler {
    private final Authentication authentication;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean adminConfigured;

    SessionHandler(
            Authentication authentication, Sessions sessions, AuditTrail audit, Clock clock, boolean adminConfigured) {
        this.authentication = authentication;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.adminConfigured = adminConfigured;
    }

    /** {@code POST session {"user", "password"}}: a cookie and the CSRF token for later requests. */
    Mono<ServerResponse> login(ServerRequest request) {
        return Bodies.of(request).flatMap(body -> {
            String username = Logins.username(Bodies.required(body, "user"));
            String password = Bodies.required(body, "password");
            return authentication
                    .verify(username, password, Logins.address(request))
                    .flatMap(member -> sessions.open(member.username()).flatMap(session -> audit.record(
                                    new AuditEntry(clock.instant(), member.username(), Action.LOGIN, "-", ""))
                            .then(ServerResponse.ok()
                                    .cookie(cookie(request, session.token(), -1))
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .bodyValue(describe(member, session)))));
        });
    }

    /** {@code GET session}: who is signed in. */
    Mono<ServerResponse> current(ServerRequest request) {
        StaffMember member = Authentication.member(request);
        return ServerResponse.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(describe(member, Authentication.session(request).orElse(null)));
    }

    /** {@code DELETE session} */
    Mono<ServerResponse> logout(ServerRequest request) {
        StaffMember member = Authentication.member(request);
        String token = Authentication.session(request).map(Session::token).orElse(null);
        return sessions.close(token)
                .then(audit.record(new AuditEntry(clock.instant(), member.username(), Action.LOGOUT, "-", "")))
                .then(ServerResponse.noContent().cookie(cookie(request, "", 0)).build());
    }

    /** {@code GET setup}: whether anyone can sign in at all (public). */
    Mono<ServerResponse> setup(ServerRequest request) {
        return ServerResponse.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("adminConfigured", adminConfigured));
    }

    private static Map<String, Object> describe(StaffMember member, Session session) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", member.username());
        body.put("role", member.role().name());
        body.put("desks", member.desks().stream().sorted().toList());
        if (session != null) {
            body.put("csrf", session.csrf());
        }
        return body;
    }

    private static ResponseCookie cookie(ServerRequest request, String value, long maxAgeSeconds) {
        return ResponseCookie.from(Authentication.COOKIE, value)
                .httpOnly(true)
                .sameSite("Strict")
                .secure("https".equals(request.uri().getScheme()))
                .path("/")
                .maxAge(maxAgeSeconds)
                .build();
    }
}
