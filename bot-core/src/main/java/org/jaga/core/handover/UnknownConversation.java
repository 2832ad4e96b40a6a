package org.jaga.core.handover;

/** No conversation exists for that chat (never started, expired, or forgotten). */
public final class UnknownConversation extends RuntimeException {
    public UnknownConversation() {
        super("no such conversation");
    }
}
