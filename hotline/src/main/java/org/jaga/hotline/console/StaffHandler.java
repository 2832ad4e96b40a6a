package org.jaga.hotline.console;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jaga.hotline.audit.AuditEntry;
import org.jaga.hotline.audit.AuditEntry.Action;
import org.jaga.hotline.audit.AuditTrail;
import org.jaga.hotline.desk.Desk;
import org.jaga.hotline.desk.Desks;
import org.jaga.hotline.desk.PublicHotline;
import org.jaga.hotline.staff.Passwords;
import org.jaga.hotline.staff.Role;
import org.jaga.hotline.staff.StaffDirectory;
import org.jaga.hotline.staff.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** {@code staff} (admins create accounts; supervisors may list them) and {@code desks}. */
final class StaffHandler {
    private final StaffDirectory staff;
    private final Passwords passwords;
    private final Desks desks;
    private final AuditTrail audit;
    private final Clock clock;

    StaffHandler(StaffDirectory staff, Passwords passwords, Desks desks, AuditTrail audit, Clock clock) {
        this.staff = staff;
        this.passwords = passwords;
        this.desks = desks;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<ServerResponse> list(ServerRequest request) {
        if (!Authentication.member(request).role().seesEveryDesk()) {
            return Mono.error(new Forbidden("only admins and supervisors can list staff"));
        }
        return staff.all().map(StaffHandler::describe).collectList().flatMap(StaffHandler::ok);
    }

    Mono<ServerResponse> create(ServerRequest request) {
        StaffMember admin = Authentication.member(request);
        if (!admin.isAdmin()) {
            return Mono.error(new Forbidden("only admins can create staff accounts"));
        }
        return Bodies.of(request).flatMap(body -> {
            String password = Bodies.required(body, "password");
            Passwords.checkStrength(password);
            Role role = CaseHandler.parse(Role.class, Bodies.required(body, "role"), "role");
            Set<String> memberOf = deskIds(body.get("desks"));
            String username = Bodies.required(body, "username");
            new StaffMember(username, role, memberOf, "checked", clock.instant());
            return passwords
                    .hash(password)
                    .map(hash -> new StaffMember(username, role, memberOf, hash, clock.instant()))
                    .flatMap(member -> staff.add(member)
                            .flatMap(added -> added
                                    ? audit.record(new AuditEntry(
                                                    clock.instant(),
                                                    admin.username(),
                                                    Action.STAFF_CREATED,
                                                    username,
                                                    role.name()))
                                            .then(ServerResponse.status(HttpStatus.CREATED)
                                                    .contentType(MediaType.APPLICATION_JSON)
                                                    .bodyValue(describe(member)))
                                    : ServerResponse.status(HttpStatus.CONFLICT)
                                            .contentType(MediaType.APPLICATION_JSON)
                                            .bodyValue(
                                                    Map.of("error", "Conflict", "message", "that username is taken"))));
        });
    }

    Mono<ServerResponse> desks(ServerRequest request) {
        return ok(desks.all().stream().map(this::describe).toList());
    }

    private Set<String> deskIds(JsonNode array) {
        Set<String> ids = new LinkedHashSet<>();
        if (array == null || array.isNull()) {
            return ids;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("desks must be an array of desk ids");
        }
        for (JsonNode id : array) {
            String desk = id.asString("");
            if (desks.find(desk).isEmpty()) {
                throw new IllegalArgumentException("no desk has the id " + desk);
            }
            ids.add(desk);
        }
        return ids;
    }

    private Map<String, Object> describe(Desk desk) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", desk.id());
        json.put("name", desk.name());
        json.put("nationalities", desk.nationalities().stream().sorted().toList());
        json.put("languages", desk.languages().stream().sorted().toList());
        json.put("general", desk.general());
        json.put("openNow", desk.hours().isOpenAt(clock.instant()));
        json.put("hotline", desk.publicHotline().map(StaffHandler::describe).orElse(null));
        return json;
    }

    private static Map<String, Object> describe(PublicHotline hotline) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", hotline.name());
        json.put("number", hotline.number());
        json.put("source", hotline.source());
        return json;
    }

    private static Map<String, Object> describe(StaffMember member) {
        return Map.of(
                "username", member.username(),
                "role", member.role().name(),
                "desks", member.desks().stream().sorted().toList(),
                "createdAt", member.createdAt().toString());
    }

    private static Mono<ServerResponse> ok(Object body) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    }
}
