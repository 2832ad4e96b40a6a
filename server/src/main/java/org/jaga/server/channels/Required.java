package org.jaga.server.channels;

/** A channel setting that must be present once the channel is configured at all. */
final class Required {
    private Required() {}

    /** @return the value; throws naming the environment variable when it is blank */
    static String value(String value, String variable, String channel) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(variable + " is not set: " + channel + " needs it with the others");
        }
        return value.trim();
    }
}
