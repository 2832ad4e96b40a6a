package org.jaga.hotline.queue;

/** WAITING for a responder → WITH_HUMAN → CLOSED; a hand-back or transfer returns it to WAITING. */
public enum CaseState {
    WAITING,
    WITH_HUMAN,
    CLOSED
}
