package org.jaga.hotline.staff;

import java.time.Instant;
import org.jaga.core.Require;

/**
 * A signed-in console session.
 *
 * @param token the secret in the browser's cookie; Redis keeps only its hash
 * @param csrf the token unsafe requests must repeat in a header
 */
public record Session(String token, String username, String csrf, Instant createdAt) {
    public Session {
        Require.nonBlank(token, "token");
        Require.nonBlank(username, "username");
        Require.nonBlank(csrf, "csrf");
        Require.present(createdAt, "createdAt");
    }

    @Override
    public String toString() {
        return "Session[" + username + "]";
    }
}
