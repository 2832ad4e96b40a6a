package org.jaga.knowledge.recruiter;

/** A recruiter list that cannot be read at all: unreadable, or without the expected header. */
public final class InvalidRecruiterFile extends RuntimeException {

    public InvalidRecruiterFile(String message) {
        super(message);
    }

    public InvalidRecruiterFile(String message, Throwable cause) {
        super(message, cause);
    }
}
