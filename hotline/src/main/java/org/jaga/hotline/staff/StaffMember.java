package org.jaga.hotline.staff;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import org.jaga.core.Require;

/**
 * A person who works in the console.
 *
 * @param passwordHash the salted, slow hash of the password; never the password
 */
public record StaffMember(String username, Role role, Set<String> desks, String passwordHash, Instant createdAt) {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    public StaffMember {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "username must be 3 to 32 lower-case letters, digits or '._-', starting with a letter or digit");
        }
        Require.present(role, "role");
        desks = Set.copyOf(desks == null ? Set.of() : desks);
        Require.nonBlank(passwordHash, "passwordHash");
        Require.present(createdAt, "createdAt");
    }

    /** @return whether this member may see and act on the desk's conversations */
    public boolean sees(String desk) {
        return role.seesEveryDesk() || desks.contains(desk);
    }

    public boolean belongsTo(String desk) {
        return desks.contains(desk);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
