package org.jaga.server.triage;

import org.jaga.core.triage.DistressDetector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.scheduler.Scheduler;

/** The triage API over the same detector the bot uses. */
@Configuration(proxyBeanMethods = false)
public class TriageConfiguration {

    @Bean
    RouterFunction<ServerResponse> triageRoutes(DistressDetector distressDetector, Scheduler computeScheduler) {
        return new TriageApi(distressDetector, computeScheduler).routes();
    }
}
