package org.jaga.hotline.desk;

import java.util.Optional;
import org.jaga.core.Require;

/**
 * A public hotline a person can call while the desk is closed.
 *
 * @param number empty when no number is known for certain; then the person is not told one
 * @param source where the number is published, so that anyone can check it
 */
public record PublicHotline(String name, String number, String source) {
    public PublicHotline {
        Require.nonBlank(name, "hotline name");
        number = number == null || number.isBlank() ? null : number.trim();
        if (number != null) {
            Require.nonBlank(source, "hotline source");
        }
    }

    public Optional<String> callable() {
        return Optional.ofNullable(number);
    }
}
