package org.jaga.core.redis;

import org.jaga.core.Require;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;

/**
 * The names of every key Jaga keeps in Redis, under one prefix, so that several deployments (or
 * tests) can share one server without seeing each other.
 */
public record KeySpace(String prefix) {
    public KeySpace {
        Require.nonBlank(prefix, "prefix");
    }

    public static KeySpace standard() {
        return new KeySpace("jaga:");
    }

    /** @return the prefix followed by the name: the key of something outside the core */
    public String key(String name) {
        return prefix + name;
    }

    String inbox() {
        return prefix + "inbox";
    }

    String seen(String idempotencyKey) {
        return prefix + "seen:" + idempotencyKey;
    }

    String done(String inboxEntryId) {
        return prefix + "done:" + inboxEntryId;
    }

    String conversation(ChatRef chat) {
        return prefix + "conv:" + chat.key();
    }

    String transcript(ChatRef chat) {
        return prefix + "transcript:" + chat.key();
    }

    String outbox(Channel channel) {
        return prefix + "outbox:" + channel.key();
    }

    String sent(String outboundId) {
        return prefix + "sent:" + outboundId;
    }

    String events() {
        return prefix + "events";
    }

    String deadLetters() {
        return prefix + "deadletters";
    }
}
