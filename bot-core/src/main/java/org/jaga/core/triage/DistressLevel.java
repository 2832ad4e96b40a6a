package org.jaga.core.triage;

/** How soon a human responder must take a conversation over, most urgent first. */
public enum DistressLevel {
    /** Violence or threats, confinement together with a plea, or an URGENT covert phrase. */
    URGENT,
    /** Any other distress. */
    HIGH,
    /** No distress found. */
    NONE
}
