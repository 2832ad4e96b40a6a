package org.jaga.channels.messenger;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jaga.core.message.Origin;

/**
 * Messenger's rules for when a Page may write to a person, measured from the person's last message:
 * within 24 hours (the standard messaging window) anything is sent as a {@code RESPONSE}; from 24
 * hours to 7 days only a human responder's reply, tagged {@code HUMAN_AGENT}; after that nothing.
 */
final class MessagingWindow {
    static final Duration STANDARD = Duration.ofHours(24);
    static final Duration HUMAN_AGENT = Duration.ofDays(7);

    /** How a message may go out, if it may. */
    sealed interface Verdict {}

    /** Sent with {@code messaging_type: RESPONSE}. */
    record Response() implements Verdict {}

    /** Sent with {@code messaging_type: MESSAGE_TAG} and {@code tag: HUMAN_AGENT}. */
    record HumanAgent() implements Verdict {}

    /** Not sent; the reason is for the staff who read the dead letters. */
    record Refused(String reason) implements Verdict {}

    private MessagingWindow() {}

    /** @param lastWrote when the person last wrote; empty when Jaga has no record of it (8 days) */
    static Verdict verdict(Origin origin, Optional<Instant> lastWrote, Instant now) {
        if (lastWrote.isEmpty()) {
            return new Refused("not sent: the person has not written on Messenger in the last 8 days, and Messenger"
                    + " allows a Page to write only within 24 hours of the person's last message (7 days for a"
                    + " responder's reply); it can be sent once they write again");
        }
        Duration since = Duration.between(lastWrote.get(), now);
        if (since.compareTo(STANDARD) < 0) {
            return new Response();
        }
        if (origin == Origin.RESPONDER && since.compareTo(HUMAN_AGENT) < 0) {
            return new HumanAgent();
        }
        String last = "not sent: the person last wrote on Messenger " + ago(since) + " ago, and ";
        return new Refused(
                origin == Origin.RESPONDER
                        ? last + "a responder may reply (HUMAN_AGENT tag) only within 7 days of that;"
                                + " it can be sent once they write again"
                        : last + "the bot may write only within 24 hours of that;"
                                + " a responder can still reply within 7 days");
    }

    private static String ago(Duration since) {
        long hours = since.toHours();
        return hours < 48 ? hours + " hours" : since.toDays() + " days";
    }
}
