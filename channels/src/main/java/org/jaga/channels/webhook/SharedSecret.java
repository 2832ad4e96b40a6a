package org.jaga.channels.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Compares a secret a caller presented with ours in constant time. */
public final class SharedSecret {
    private final byte[] expected;

    public SharedSecret(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the secret must not be empty");
        }
        this.expected = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** @return true when the presented value is the secret; false for null */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
    }
}
