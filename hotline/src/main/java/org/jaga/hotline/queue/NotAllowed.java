package org.jaga.hotline.queue;

/** The staff member may see the case but not do this to it. */
public final class NotAllowed extends RuntimeException {
    public NotAllowed(String why) {
        super(why);
    }
}
