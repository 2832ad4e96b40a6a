package org.jaga.hotline.queue;

/** The case is not in a state that allows this (e.g. replying to a case nobody claimed). */
public final class CaseConflict extends RuntimeException {
    public CaseConflict(String why) {
        super(why);
    }
}
