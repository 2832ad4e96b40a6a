package org.jaga.core.message;

import org.jaga.core.Require;

/**
 * Where a forwarded message came from, as far as the platform tells.
 *
 * @param origin "user", "hidden_user", "chat", "channel" or "unknown"
 * @param name the display name, handle or title of the origin; empty when hidden
 */
public record Forward(String origin, String name) {
    public Forward {
        Require.nonBlank(origin, "origin");
        name = name == null ? "" : name;
    }
}
