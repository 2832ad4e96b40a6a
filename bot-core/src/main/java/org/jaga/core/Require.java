package org.jaga.core;

/** Precondition checks for the compact constructors of the core's records. */
public final class Require {
    private Require() {}

    /** @return the value, when it is neither null nor blank */
    public static String nonBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** @return the value, when it is not null */
    public static <T> T present(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must be given");
        }
        return value;
    }
}
