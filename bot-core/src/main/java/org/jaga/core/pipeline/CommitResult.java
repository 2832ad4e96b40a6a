package org.jaga.core.pipeline;

/** How the atomic commit of a turn ended. */
public enum CommitResult {
    /** Stored: the conversation, the replies, the transcript, the events, and the inbox entry acked. */
    COMMITTED,
    /** Someone changed the conversation meanwhile; nothing was written: reload and handle again. */
    CONFLICT,
    /** This inbox entry was committed before (by a consumer that was thought dead); nothing was written. */
    ALREADY_DONE
}
