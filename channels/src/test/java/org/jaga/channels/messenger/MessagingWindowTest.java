package org.jaga.channels.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jaga.channels.messenger.MessagingWindow.HumanAgent;
import org.jaga.channels.messenger.MessagingWindow.Refused;
import org.jaga.channels.messenger.MessagingWindow.Response;
import org.jaga.core.message.Origin;
import org.junit.jupiter.api.Test;

class MessagingWindowTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private static MessagingWindow.Verdict verdict(Origin origin, Duration ago) {
        return MessagingWindow.verdict(origin, Optional.of(NOW.minus(ago)), NOW);
    }

    @Test
    void sendsEverythingAsAResponseWithin24Hours() {
        assertThat(verdict(Origin.BOT, Duration.ofHours(23).plusMinutes(59))).isInstanceOf(Response.class);
        assertThat(verdict(Origin.RESPONDER, Duration.ofMinutes(5))).isInstanceOf(Response.class);
    }

    @Test
    void refusesTheBotAfter24HoursAndSaysAResponderMayStillReply() {
        MessagingWindow.Verdict verdict = verdict(Origin.BOT, Duration.ofHours(24));

        assertThat(verdict).isInstanceOf(Refused.class);
        assertThat(((Refused) verdict).reason())
                .startsWith("not sent:")
                .contains("24 hours ago")
                .contains("within 24 hours")
                .contains("responder can still reply within 7 days");
    }

    @Test
    void tagsAResponderHumanAgentFrom24HoursTo7Days() {
        assertThat(verdict(Origin.RESPONDER, Duration.ofHours(24))).isInstanceOf(HumanAgent.class);
        assertThat(verdict(Origin.RESPONDER, Duration.ofDays(7).minusMinutes(1)))
                .isInstanceOf(HumanAgent.class);
    }

    @Test
    void refusesAResponderAfter7Days() {
        MessagingWindow.Verdict verdict = verdict(Origin.RESPONDER, Duration.ofDays(7));

        assertThat(verdict).isInstanceOf(Refused.class);
        assertThat(((Refused) verdict).reason()).contains("7 days ago").contains("HUMAN_AGENT");
    }

    @Test
    void refusesWhenThePersonsLastMessageIsNotKnown() {
        MessagingWindow.Verdict verdict = MessagingWindow.verdict(Origin.RESPONDER, Optional.empty(), NOW);

        assertThat(verdict).isInstanceOf(Refused.class);
        assertThat(((Refused) verdict).reason()).contains("last 8 days");
    }
}
