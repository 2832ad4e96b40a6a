package org.jaga.knowledge.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The nine languages Jaga speaks, detects and explains in. */
public enum Language {
    ENGLISH("en"),
    INDONESIAN("id"),
    MALAY("ms"),
    THAI("th"),
    VIETNAMESE("vi"),
    FILIPINO("fil"),
    BURMESE("my"),
    KHMER("km"),
    CHINESE("zh");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** @return the BCP-47 primary tag: "en", "id", "ms", "th", "vi", "fil", "my", "km" or "zh" */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /**
     * Reads a BCP-47 tag leniently: case, region and script subtags are ignored, and the older
     * codes "in" (Indonesian), "tl" (Tagalog) and "zsm" (Standard Malay) are accepted.
     *
     * @return empty when the tag names none of the nine languages
     */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        String canonical =
                switch (primary) {
                    case "in", "ind" -> "id";
                    case "tl", "tgl", "fil" -> "fil";
                    case "zsm", "msa", "may" -> "ms";
                    case "mya", "bur" -> "my";
                    case "khm" -> "km";
                    case "zho", "chi", "cmn", "yue" -> "zh";
                    case "eng" -> "en";
                    case "tha" -> "th";
                    case "vie" -> "vi";
                    default -> primary;
                };
        return Arrays.stream(values()).filter(l -> l.tag.equals(canonical)).findFirst();
    }
}
