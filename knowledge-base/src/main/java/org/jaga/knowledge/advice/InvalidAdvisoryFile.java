package org.jaga.knowledge.advice;

/** An advisory file that is missing, unreadable, or breaks the rules in {@code ADVISORIES.md}. */
public final class InvalidAdvisoryFile extends RuntimeException {

    public InvalidAdvisoryFile(String message) {
        super(message);
    }

    public InvalidAdvisoryFile(String message, Throwable cause) {
        super(message, cause);
    }
}
