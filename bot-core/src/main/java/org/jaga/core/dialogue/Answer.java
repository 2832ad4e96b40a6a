package org.jaga.core.dialogue;

import java.util.Optional;

/** A yes or no, from a button or from words. */
public enum Answer {
    YES,
    NO;

    private static final String PAYLOAD_PREFIX = "answer:";

    public String payload() {
        return PAYLOAD_PREFIX + name();
    }

    /** @return empty when the payload is no answer */
    public static Optional<Answer> fromPayload(String payload) {
        if (payload == null || !payload.startsWith(PAYLOAD_PREFIX)) {
            return Optional.empty();
        }
        String name = payload.substring(PAYLOAD_PREFIX.length());
        return name.equals("YES") ? Optional.of(YES) : name.equals("NO") ? Optional.of(NO) : Optional.empty();
    }
}
