package org.jaga.core.handover;

/** Another responder holds the conversation; only they (or a transfer) can act on it. */
public final class HeldByAnother extends RuntimeException {
    public HeldByAnother(String holder) {
        super("the conversation is held by " + holder);
    }
}
