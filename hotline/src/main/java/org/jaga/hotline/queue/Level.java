package org.jaga.hotline.queue;

import java.util.Locale;

/** How urgent a case is; urgent cases come first in the queue. */
public enum Level {
    URGENT,
    HIGH;

    /** @return the level triage named; anything unknown counts as HIGH, never lower */
    public static Level of(String triageLevel) {
        return "URGENT".equals(triageLevel == null ? "" : triageLevel.toUpperCase(Locale.ROOT)) ? URGENT : HIGH;
    }

    public boolean above(Level other) {
        return ordinal() < other.ordinal();
    }
}
