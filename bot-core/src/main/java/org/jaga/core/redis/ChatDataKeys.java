package org.jaga.core.redis;

import java.util.List;
import org.jaga.core.message.ChatRef;

/**
 * Names the Redis keys a module keeps about one chat outside the core, so that a person's request
 * to be forgotten erases them in the same atomic commit as the core's own data.
 */
@FunctionalInterface
public interface ChatDataKeys {
    List<String> keysOf(ChatRef chat);

    static ChatDataKeys none() {
        return chat -> List.of();
    }
}
