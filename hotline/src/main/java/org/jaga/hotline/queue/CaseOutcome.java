package org.jaga.hotline.queue;

/** How a case ended. */
public enum CaseOutcome {
    REFERRED_TO_AUTHORITIES,
    RESCUED_OR_SAFE,
    NO_CONTACT,
    NOT_DISTRESS,
    DUPLICATE,
    OTHER
}
