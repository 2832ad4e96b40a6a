package org.jaga.server.hotline;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The hotline's settings: {@code JAGA_ADMIN_USER}, {@code JAGA_ADMIN_PASSWORD} (the first console
 * admin, created at start when absent) and {@code JAGA_DESKS_FILE} (the desks, instead of the
 * shipped set).
 */
@Validated
@ConfigurationProperties("jaga")
public record HotlineSettings(@DefaultValue Admin admin, @DefaultValue Desks desks) {

    /** Both or neither: without them no admin is created and the console says so. */
    public record Admin(@DefaultValue("") String user, @DefaultValue("") String password) {
        public Admin {
            if (user.isBlank() != password.isBlank()) {
                throw new IllegalArgumentException("set both JAGA_ADMIN_USER and JAGA_ADMIN_PASSWORD, or neither");
            }
        }

        public boolean configured() {
            return !user.isBlank();
        }

        @Override
        public String toString() {
            return "Admin[" + user + "]";
        }
    }

    /** @param file a JSON file of desks; empty for the shipped set */
    public record Desks(@DefaultValue("") String file) {
        public Optional<Path> path() {
            return file.isBlank() ? Optional.empty() : Optional.of(Path.of(file.trim()));
        }
    }
}
