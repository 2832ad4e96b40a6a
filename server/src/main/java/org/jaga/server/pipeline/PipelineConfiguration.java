package org.jaga.server.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jaga.channels.webchat.Webchat;
import org.jaga.core.advice.AskQuestionHandler;
import org.jaga.core.checkin.CheckInHandler;
import org.jaga.core.dialogue.DialogueEngine;
import org.jaga.core.dialogue.IntentClassifier;
import org.jaga.core.dialogue.MenuHandler;
import org.jaga.core.event.EventSubscriber;
import org.jaga.core.language.Replies;
import org.jaga.core.offer.CheckOfferHandler;
import org.jaga.core.offer.VerifyRecruiterHandler;
import org.jaga.core.pipeline.OutboundSender;
import org.jaga.core.pipeline.Pipeline;
import org.jaga.core.pipeline.TurnProcessor;
import org.jaga.core.privacy.ForgetMeHandler;
import org.jaga.core.privacy.WipeHandler;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.report.ReportHandler;
import org.jaga.core.triage.CovertPhrases;
import org.jaga.core.triage.DistressDetector;
import org.jaga.core.triage.DistressHandler;
import org.jaga.knowledge.advice.AdvisoryIndex;
import org.jaga.knowledge.advice.AdvisorySettings;
import org.jaga.knowledge.advice.AnswerPhraser;
import org.jaga.knowledge.check.OfferCheck;
import org.jaga.knowledge.language.LanguageDetector;
import org.jaga.server.settings.JagaSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Wires the dialogue engine, the channels and the pipeline that connects them. */
@Configuration(proxyBeanMethods = false)
public class PipelineConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineConfiguration.class);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Where turns, checks and searches run: off the event loop, bounded, and allowed to block (the
     * embedding model, and an optional language model with a 10 s timeout).
     */
    @Bean(destroyMethod = "dispose")
    Scheduler computeScheduler() {
        int threads = 4 * Math.max(2, Runtime.getRuntime().availableProcessors());
        return Schedulers.newBoundedElastic(threads, 100_000, "jaga-work");
    }

    @Bean
    AdvisoryIndex advisoryIndex() {
        AdvisoryIndex index = new AdvisoryIndex();
        Thread warmUp = new Thread(index::warmUp, "jaga-advisories-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        return index;
    }

    @Bean
    AnswerPhraser answerPhraser(Environment environment) {
        Map<String, String> llm = new HashMap<>();
        for (String name : List.of("PROVIDER", "BASE_URL", "MODEL", "API_KEY")) {
            String value = environment.getProperty(
                    "jaga.llm." + name.toLowerCase(Locale.ROOT).replace('_', '.'));
            if (value != null) {
                llm.put("JAGA_LLM_" + name, value);
            }
        }
        return AnswerPhraser.from(AdvisorySettings.fromEnvironment(llm));
    }

    @Bean
    DistressDetector distressDetector(JagaSettings settings) {
        return new DistressDetector(CovertPhrases.parse(settings.covert().phrases()));
    }

    @Bean
    DialogueEngine dialogueEngine(
            JagaSettings settings,
            Clock clock,
            OfferCheck offerCheck,
            DistressDetector distressDetector,
            AdvisoryIndex advisoryIndex,
            AnswerPhraser answerPhraser) {
        return new DialogueEngine(
                new LanguageDetector(),
                distressDetector,
                new IntentClassifier(),
                new Replies(),
                List.of(
                        new MenuHandler(),
                        new CheckOfferHandler(offerCheck),
                        new VerifyRecruiterHandler(offerCheck),
                        new AskQuestionHandler(advisoryIndex, answerPhraser),
                        new DistressHandler(),
                        new CheckInHandler(),
                        new ReportHandler(),
                        new ForgetMeHandler(),
                        new WipeHandler()),
                settings.defaultLanguage(),
                clock);
    }

    @Bean(destroyMethod = "close")
    Webchat webchat(JagaRedis redis, JagaSettings settings, Clock clock) {
        return new Webchat(
                redis, redis.inbox(), Duration.ofDays(settings.retention().days()), clock);
    }

    @Bean
    RouterFunction<ServerResponse> webchatRoutes(Webchat webchat) {
        return webchat.routes();
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    Pipeline pipeline(
            JagaSettings settings,
            JagaRedis redis,
            DialogueEngine engine,
            Scheduler computeScheduler,
            Clock clock,
            Webchat webchat,
            ObjectProvider<OutboundSender> otherSenders,
            ObjectProvider<EventSubscriber> subscribers) {
        if (!settings.answers()) {
            LOG.info("JAGA_ROLE=ingest: this instance stores incoming messages; other instances answer them");
            return Pipeline.idle();
        }
        TurnProcessor turns = new TurnProcessor(redis.conversations(), engine, redis.inbox(), computeScheduler, clock);
        List<OutboundSender> senders = new java.util.ArrayList<>(List.of(webchat.sender()));
        otherSenders.orderedStream().forEach(senders::add);
        return new Pipeline(
                settings.instance().resolved(),
                settings.pipeline(),
                redis.inbox(),
                turns,
                redis.outbox(),
                senders,
                redis.events(),
                subscribers.orderedStream().toList());
    }
}
