package org.jaga.hotline.desk;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jaga.core.Require;

/**
 * A team of responders: an embassy's desk for its nationals, or an NGO partner.
 *
 * @param nationalities ISO 3166 alpha-2 codes, upper case
 * @param languages Jaga's language tags (en id ms th vi fil my km zh)
 * @param general takes whoever no other desk serves
 */
public record Desk(
        String id,
        String name,
        Set<String> nationalities,
        Set<String> languages,
        OpeningHours hours,
        PublicHotline hotline,
        boolean general) {
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{2,40}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Desk {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a desk id must be 2 to 40 lower-case letters, digits or '-'");
        }
        Require.nonBlank(name, "desk name");
        nationalities = Set.copyOf(nationalities == null ? Set.of() : nationalities);
        if (!nationalities.stream().allMatch(c -> COUNTRY.matcher(c).matches())) {
            throw new IllegalArgumentException("desk " + id + ": nationalities must be ISO 3166 alpha-2 codes");
        }
        languages = Set.copyOf(languages == null ? Set.of() : languages);
        hours = hours == null ? OpeningHours.always() : hours;
    }

    public Optional<PublicHotline> publicHotline() {
        return Optional.ofNullable(hotline);
    }

    public boolean serves(String nationality) {
        return nationalities.contains(nationality);
    }
}
