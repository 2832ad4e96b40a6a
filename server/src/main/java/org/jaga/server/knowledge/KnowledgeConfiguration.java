package org.jaga.server.knowledge;

import java.nio.file.Files;
import java.time.Clock;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.report.ReportRecorder;
import org.jaga.knowledge.check.OfferAssessor;
import org.jaga.knowledge.check.OfferCheck;
import org.jaga.knowledge.identifier.IdentifierExtractor;
import org.jaga.knowledge.identifier.LookalikeDetector;
import org.jaga.knowledge.language.LanguageDetector;
import org.jaga.knowledge.recruiter.LoadReport;
import org.jaga.knowledge.recruiter.RecruiterFiles;
import org.jaga.knowledge.recruiter.RecruiterIndex;
import org.jaga.server.settings.JagaSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.scheduler.Scheduler;

/** The knowledge base: the shipped recruiter lists plus the imported ones, and the offer check over them. */
@Configuration(proxyBeanMethods = false)
public class KnowledgeConfiguration {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

    @Bean
    RecruiterIndex recruiterIndex(JagaSettings settings, JagaRedis redis) {
        RecruiterIndex index = new RecruiterIndex();
        LoadReport shipped = RecruiterFiles.loadBundled(index);
        log.info("Loaded {} recruiter entries shipped with Jaga", shipped.accepted());
        settings.knowledge().folder().filter(Files::isDirectory).ifPresent(folder -> {
            LoadReport imported = RecruiterFiles.loadDirectory(folder, index);
            log.info(
                    "Loaded {} imported recruiter entries ({} rows rejected)",
                    imported.accepted(),
                    imported.rejected().size());
            imported.rejected().forEach(problem -> log.warn("Recruiter list: {}", problem));
        });
        KnownReports.load(redis.reports(), index);
        return index;
    }

    @Bean
    ReportRecorder reportRecorder(OfferCheck offerCheck, RecruiterIndex recruiters, JagaRedis redis) {
        return new ReportRecorder(offerCheck, recruiters, redis.reports());
    }

    @Bean
    RouterFunction<ServerResponse> disputeRoutes(
            OfferCheck offerCheck,
            RecruiterIndex recruiters,
            JagaRedis redis,
            Scheduler computeScheduler,
            Clock clock) {
        return new DisputeApi(offerCheck, recruiters, redis.reports(), computeScheduler, clock).routes();
    }

    @Bean
    RouterFunction<ServerResponse> checkRoutes(
            OfferCheck offerCheck, RecruiterIndex recruiters, Scheduler computeScheduler) {
        return new CheckApi(offerCheck, new RecruiterSearch(offerCheck, recruiters), computeScheduler).routes();
    }

    @Bean
    OfferCheck offerCheck(RecruiterIndex recruiters) {
        return new OfferCheck(
                new LanguageDetector(),
                new IdentifierExtractor(),
                LookalikeDetector.withDefaultTargets(),
                recruiters,
                new OfferAssessor());
    }
}
