package org.jaga.knowledge.recruiter;

/** The outcome of validating one row: an entry, or the reason it was rejected. */
sealed interface RowResult {

    int line();

    /** A valid row and the entry it makes. */
    record Accepted(int line, RecruiterEntry entry, RecruiterRow row) implements RowResult {}

    /** An invalid row; {@code reason} names the problem without quoting personal data. */
    record Rejected(int line, String reason) implements RowResult {}
}
