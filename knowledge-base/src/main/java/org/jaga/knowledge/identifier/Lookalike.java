package org.jaga.knowledge.identifier;

import java.util.Objects;

/**
 * A domain that imitates a known brand's or government's domain.
 *
 * @param domain the imitating domain, ASCII (punycode) form
 * @param imitated the genuine domain it imitates
 * @param technique how it imitates
 */
public record Lookalike(String domain, String imitated, Technique technique) {

    /** How a look-alike domain imitates the genuine one. */
    public enum Technique {
        /** Confusable characters: Cyrillic "а" for Latin "a", "rn" for "m", "0" for "o". */
        HOMOGLYPH,
        /** A small edit: one or two letters added, dropped, swapped or changed. */
        TYPO,
        /** The brand's name inside someone else's domain: "jobsdb-thailand.com". */
        BRAND_IN_OTHER_DOMAIN
    }

    public Lookalike {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(imitated, "imitated");
        Objects.requireNonNull(technique, "technique");
    }

    /** @return the flag shown with the identifier, e.g. {@code lookalike-of:dmw.gov.ph} */
    public String flag() {
        return "lookalike-of:" + imitated;
    }
}
