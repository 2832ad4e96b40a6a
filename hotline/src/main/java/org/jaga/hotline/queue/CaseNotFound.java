package org.jaga.hotline.queue;

/** No case has that id, or the staff member may not see it (they are told the same). */
public final class CaseNotFound extends RuntimeException {
    public CaseNotFound() {
        super("no such conversation");
    }
}
