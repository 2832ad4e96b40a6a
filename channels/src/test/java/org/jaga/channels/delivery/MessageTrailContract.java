package org.jaga.channels.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MessageTrail} does; an implementation's test supplies it and its clock. */
abstract class MessageTrailContract {
    static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

    final SettableClock clock = new SettableClock(START);
    MessageTrail trail;
    ChatRef chat;

    /** @return the trail under test, on {@link #clock}, keeping Telegram chats only */
    abstract MessageTrail trail();

    @BeforeEach
    void newChat() {
        trail = trail();
        chat = new ChatRef(
                Channel.TELEGRAM,
                Long.toString(Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L)));
        clock.set(START);
    }

    String id(int messageId) {
        return chat.platformUserId() + ":" + messageId;
    }

    List<String> deletableNow() {
        return trail.deletable(chat, clock.instant()).block();
    }

    @Test
    void givesTheChatsIdsOldestFirst() {
        trail.received(chat, id(2), START.minusSeconds(60)).block();
        trail.received(chat, id(1), START.minusSeconds(600)).block();
        trail.received(new ChatRef(Channel.TELEGRAM, "77"), "77:3", START).block();

        assertThat(deletableNow()).containsExactly(id(1), id(2));
    }

    @Test
    void leavesOutWhatWasSentAfterTheGivenTime() {
        trail.received(chat, id(1), START.minusSeconds(5)).block();
        trail.received(chat, id(2), START.plusSeconds(60)).block();

        assertThat(trail.deletable(chat, START).block()).containsExactly(id(1));
    }

    @Test
    void leavesOutWhatIsTooOldToDelete() {
        trail.received(chat, id(1), START.minus(Duration.ofHours(47))).block();
        trail.received(chat, id(2), START.minus(Duration.ofHours(1))).block();

        clock.set(START.plus(Duration.ofHours(2)));

        assertThat(deletableNow()).containsExactly(id(2));
    }

    @Test
    void keepsTheFirstTimeOfAnIdSeenAgain() {
        trail.received(chat, id(1), START.minusSeconds(600)).block();
        trail.received(chat, id(1), START.plusSeconds(600)).block();

        assertThat(trail.deletable(chat, START).block()).containsExactly(id(1));
    }

    @Test
    void forgetsTheGivenIdsAndKeepsTheOthers() {
        trail.received(chat, id(1), START.minusSeconds(30)).block();
        trail.received(chat, id(2), START.minusSeconds(20)).block();
        trail.received(chat, id(3), START.minusSeconds(10)).block();

        trail.forget(chat, List.of(id(1), id(3))).block();
        trail.forget(chat, List.of(id(1))).block();

        assertThat(deletableNow()).containsExactly(id(2));
    }

    @Test
    void recordsAgainAfterEverythingWasForgotten() {
        trail.received(chat, id(1), START.minusSeconds(30)).block();
        trail.forget(chat, List.of(id(1))).block();

        trail.received(chat, id(2), START).block();

        assertThat(deletableNow()).containsExactly(id(2));
    }

    @Test
    void keepsNothingOfAPlatformWhoseBotsCannotDeleteMessages() {
        ChatRef whatsapp = new ChatRef(Channel.WHATSAPP, "6281234567890");

        trail.received(whatsapp, "wamid.1", START).block();

        assertThat(trail.deletable(whatsapp, START).block()).isEmpty();
    }
}
