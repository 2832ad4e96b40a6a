package org.jaga.hotline.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.jaga.hotline.audit.AuditEntry;
import org.jaga.hotline.audit.AuditEntry.Action;
import org.jaga.hotline.audit.AuditTrail;
import org.jaga.hotline.staff.LoginThrottle;
import org.jaga.hotline.staff.Passwords;
import org.jaga.hotline.staff.Session;
import org.jaga.hotline.staff.Sessions;
import org.jaga.hotline.staff.StaffDirectory;
import org.jaga.hotline.staff.StaffMember;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Lets a request through only with a console session (cookie; unsafe methods must repeat the
 * session's CSRF token in {@value #CSRF_HEADER}) or HTTP Basic with a staff account (for scripts;
 * no cookie, so no CSRF). Failed passwords count towards the login throttle either way.
 */
final class Authentication implements HandlerFilterFunction<ServerResponse, ServerResponse> {
    static final String COOKIE = "jaga_console";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String MEMBER = Authentication.class.getName() + ".member";
    private static final String SESSION = Authentication.class.getName() + ".session";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Sessions sessions;
    private final StaffDirectory staff;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;

    Authentication(
            Sessions sessions,
            StaffDirectory staff,
            Passwords passwords,
            LoginThrottle throttle,
            AuditTrail audit,
            Clock clock) {
        this.sessions = sessions;
        this.staff = staff;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
        String authorization = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
        Mono<StaffMember> member = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                ? basic(request, authorization.substring(6).trim())
                : cookie(request);
        return member.switchIfEmpty(Mono.error(() -> new Unauthenticated("sign in first")))
                .flatMap(signedIn -> {
                    request.attributes().put(MEMBER, signedIn);
                    return next.handle(request);
                });
    }

    static StaffMember member(ServerRequest request) {
        return (StaffMember) request.attribute(MEMBER).orElseThrow(() -> new Unauthenticated("sign in first"));
    }

    static Optional<Session> session(ServerRequest request) {
        return request.attribute(SESSION).map(Session.class::cast);
    }

    private Mono<StaffMember> cookie(ServerRequest request) {
        HttpCookie cookie = request.cookies().getFirst(COOKIE);
        if (cookie == null) {
            return Mono.empty();
        }
        return sessions.find(cookie.getValue()).flatMap(session -> {
            if (!SAFE.contains(request.method()) && !sameToken(request.headers().firstHeader(CSRF_HEADER), session)) {
                return Mono.error(new Forbidden("the " + CSRF_HEADER + " header must carry the session's token"));
            }
            request.attributes().put(SESSION, session);
            return staff.find(session.username());
        });
    }

    private Mono<StaffMember> basic(ServerRequest request, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Mono.error(new Unauthenticated("malformed Basic credentials"));
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return Mono.error(new Unauthenticated("malformed Basic credentials"));
        }
        return verify(
                Logins.username(decoded.substring(0, colon)), decoded.substring(colon + 1), Logins.address(request));
    }

    /** @return the member when the password is theirs; an error when it is not or the account is locked */
    Mono<StaffMember> verify(String username, String password, String address) {
        return throttle.locked(username, address)
                .flatMap(lock -> audit.record(entry(username, Action.LOGIN_THROTTLED))
                        .then(Mono.<StaffMember>error(new Throttled(lock))))
                .switchIfEmpty(Mono.defer(() -> staff.find(username)
                        .map(Optional::of)
                        .defaultIfEmpty(Optional.empty())
                        .flatMap(found -> passwords
                                .matches(
                                        password,
                                        found.map(StaffMember::passwordHash).orElse(null))
                                .flatMap(ok -> ok
                                        ? throttle.succeeded(username, address).thenReturn(found.get())
                                        : throttle.failed(username, address)
                                                .then(audit.record(entry(username, Action.LOGIN_FAILED)))
                                                .then(Mono.error(
                                                        new Unauthenticated("wrong username or password")))))));
    }

    private AuditEntry entry(String username, Action action) {
        return new AuditEntry(clock.instant(), username, action, "-", "");
    }

    private static boolean sameToken(String given, Session session) {
        return given != null
                && MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), session.csrf().getBytes(StandardCharsets.UTF_8));
    }
}
