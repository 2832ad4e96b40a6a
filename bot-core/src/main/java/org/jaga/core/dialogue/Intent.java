package org.jaga.core.dialogue;

import java.util.Optional;

/** What a person wants; each intent has exactly one handler. */
public enum Intent {
    MENU,
    CHECK_OFFER,
    VERIFY_RECRUITER,
    ASK_QUESTION,
    DISTRESS,
    CHECK_IN,
    REPORT,
    FORGET_ME,
    /** Delete the chat from the person's phone, where the platform lets the bot (never in the menu). */
    WIPE;

    private static final String PAYLOAD_PREFIX = "intent:";

    /** @return the button payload that chooses this intent */
    public String payload() {
        return PAYLOAD_PREFIX + name();
    }

    /** @return empty when the payload chooses no intent */
    public static Optional<Intent> fromPayload(String payload) {
        if (payload == null || !payload.startsWith(PAYLOAD_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(payload.substring(PAYLOAD_PREFIX.length())));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
