package org.jaga.core.message;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The apps a person can reach Jaga through. */
public enum Channel {
    WEBCHAT,
    TELEGRAM,
    WHATSAPP,
    MESSENGER;

    /** @return the lower-case name used in keys and URLs, e.g. "webchat" */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return empty when no channel has that key */
    public static Optional<Channel> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
