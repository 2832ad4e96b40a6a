package org.jaga.hotline.staff;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes ("pbkdf2-sha256$iterations$salt$hash"), computed on a
 * bounded scheduler: hashing is slow on purpose and must never run on an event-loop thread.
 */
public final class Passwords {
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int STANDARD_ITERATIONS = 600_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private final Scheduler scheduler;
    private final int iterations;
    private final String decoy;

    public Passwords(Scheduler scheduler, int iterations) {
        if (iterations < 100_000) {
            throw new IllegalArgumentException("at least 100,000 iterations");
        }
        this.scheduler = scheduler;
        this.iterations = iterations;
        this.decoy = hashNow("not a password of anyone");
    }

    /** Rejects passwords too weak to protect what the console shows. */
    public static void checkStrength(String password) {
        if (password == null || password.length() < 12 || password.length() > 200) {
            throw new IllegalArgumentException("a password must be 12 to 200 characters");
        }
    }

    public Mono<String> hash(String password) {
        return Mono.fromCallable(() -> hashNow(password)).subscribeOn(scheduler);
    }

    /** @param stored empty to spend the same time as for a real account, and answer false */
    public Mono<Boolean> matches(String password, String stored) {
        return Mono.fromCallable(() -> matchesNow(password, stored == null ? decoy : stored) && stored != null)
                .subscribeOn(scheduler);
    }

    private String hashNow(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "pbkdf2-sha256$" + iterations + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(derive(password, salt, iterations));
    }

    private static boolean matchesNow(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !"pbkdf2-sha256".equals(parts[0])) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
