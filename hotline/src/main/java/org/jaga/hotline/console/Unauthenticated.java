package org.jaga.hotline.console;

/** The request carries no valid session or staff credentials. */
final class Unauthenticated extends RuntimeException {
    Unauthenticated(String why) {
        super(why, null, false, false);
    }
}
