package org.jaga.core.message;

import org.jaga.core.Require;

/** One person's chat with Jaga on one channel: the conversation's identity. */
public record ChatRef(Channel channel, String platformUserId) {
    public ChatRef {
        Require.present(channel, "channel");
        Require.nonBlank(platformUserId, "platformUserId");
        if (platformUserId.length() > 256) {
            throw new IllegalArgumentException("platformUserId must be at most 256 characters");
        }
    }

    /** @return "channel:platformUserId", unique across channels */
    public String key() {
        return channel.key() + ":" + platformUserId;
    }

    /** @return the reference named by {@link #key()} */
    public static ChatRef parse(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a chat key");
        }
        Channel channel = Channel.fromKey(key.substring(0, colon))
                .orElseThrow(() -> new IllegalArgumentException("unknown channel in chat key"));
        return new ChatRef(channel, key.substring(colon + 1));
    }
}
