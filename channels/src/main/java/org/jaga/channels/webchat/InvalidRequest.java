package org.jaga.channels.webchat;

/** A request the web chat cannot take; the message says what is wrong and is shown to the sender. */
final class InvalidRequest extends RuntimeException {
    InvalidRequest(String message) {
        super(message, null, false, false);
    }
}
