package org.jaga.server.hotline;

import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;
import org.jaga.core.redis.JagaRedis;
import org.jaga.hotline.audit.AuditTrail;
import org.jaga.hotline.console.HotlineConsole;
import org.jaga.hotline.desk.DeskRouter;
import org.jaga.hotline.desk.Desks;
import org.jaga.hotline.desk.OutOfHoursNotice;
import org.jaga.hotline.queue.CaseBook;
import org.jaga.hotline.queue.CaseOpener;
import org.jaga.hotline.queue.Casework;
import org.jaga.hotline.staff.AdminBootstrap;
import org.jaga.hotline.staff.LoginThrottle;
import org.jaga.hotline.staff.Passwords;
import org.jaga.hotline.staff.Sessions;
import org.jaga.hotline.staff.StaffDirectory;
import org.jaga.hotline.stats.QueueStatistics;
import org.jaga.knowledge.recruiter.RecruiterIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Wires the hotline: desks, the queue, staff, the audit log and the console. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HotlineSettings.class)
public class HotlineConfiguration {
    private static final Logger log = LoggerFactory.getLogger(HotlineConfiguration.class);

    @Bean
    Desks desks(HotlineSettings settings) {
        return settings.desks().path().map(Desks::fromFile).orElseGet(Desks::standard);
    }

    @Bean(destroyMethod = "close")
    CaseBook caseBook(JagaRedis redis) {
        return CaseBook.inRedis(redis);
    }

    @Bean
    StaffDirectory staffDirectory(JagaRedis redis) {
        return StaffDirectory.inRedis(redis);
    }

    @Bean
    AuditTrail auditTrail(JagaRedis redis) {
        return AuditTrail.inRedis(redis);
    }

    @Bean(destroyMethod = "dispose")
    Scheduler passwordScheduler() {
        return Schedulers.newBoundedElastic(
                Math.max(2, Runtime.getRuntime().availableProcessors() / 2), 1_000, "jaga-passwords");
    }

    @Bean
    Passwords passwords(Scheduler passwordScheduler) {
        return new Passwords(passwordScheduler, Passwords.STANDARD_ITERATIONS);
    }

    @Bean
    CaseOpener caseOpener(CaseBook caseBook, Desks desks, JagaRedis redis, Clock clock) {
        return new CaseOpener(
                caseBook,
                new DeskRouter(desks),
                redis.conversations(),
                redis.handover(),
                new OutOfHoursNotice(),
                clock);
    }

    @Bean
    HotlineConsole hotlineConsole(
            HotlineSettings settings,
            JagaRedis redis,
            CaseBook caseBook,
            StaffDirectory staffDirectory,
            AuditTrail auditTrail,
            Passwords passwords,
            Desks desks,
            Clock clock,
            RecruiterIndex recruiterIndex) {
        ensureAdmin(settings.admin(), staffDirectory, passwords, auditTrail, desks, clock);
        Casework casework = new Casework(
                caseBook, redis.handover(), redis.conversations(), desks, staffDirectory, auditTrail, clock);
        return new HotlineConsole(
                new HotlineConsole.Parts(
                        casework,
                        caseBook,
                        staffDirectory,
                        Sessions.inRedis(redis, clock),
                        LoginThrottle.inRedis(redis),
                        passwords,
                        auditTrail,
                        desks,
                        new QueueStatistics(caseBook, desks),
                        redis.reports(),
                        decided -> ConfirmedReports.apply(decided, recruiterIndex),
                        clock),
                settings.admin().configured());
    }

    @Bean
    RouterFunction<ServerResponse> hotlineRoutes(HotlineConsole console) {
        return console.routes();
    }

    private static void ensureAdmin(
            HotlineSettings.Admin admin,
            StaffDirectory staff,
            Passwords passwords,
            AuditTrail audit,
            Desks desks,
            Clock clock) {
        if (!admin.configured()) {
            log.warn("No console admin is configured: set JAGA_ADMIN_USER and JAGA_ADMIN_PASSWORD");
            return;
        }
        new AdminBootstrap(staff, passwords, audit, clock)
                .ensure(
                        admin.user(),
                        admin.password(),
                        desks.all().stream().map(d -> d.id()).collect(Collectors.toSet()))
                .block(Duration.ofSeconds(60));
    }
}
