package org.jaga.hotline.console;

/** Signed in, but the role does not allow this, or the CSRF token is missing. */
final class Forbidden extends RuntimeException {
    Forbidden(String why) {
        super(why, null, false, false);
    }
}
