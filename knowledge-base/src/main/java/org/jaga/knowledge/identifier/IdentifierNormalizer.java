package org.jaga.knowledge.identifier;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an identifier as a person or a list writes it into the canonical form the knowledge base
 * is keyed by, the same form {@link IdentifierExtractor} puts in {@link Identifier#normalized()}.
 */
public final class IdentifierNormalizer {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern EMAIL = Pattern.compile("([a-z0-9._%+-]{1,64})@([^@\\s]+)");
    private static final Pattern HANDLE = Pattern.compile("[a-z][a-z0-9_]{4,31}");
    private static final Pattern LINE_ID = Pattern.compile("@?[a-z0-9._-]{3,32}");
    private static final Pattern PAGE = Pattern.compile("(?:profile:)?[\\p{L}\\p{N}._-]{2,80}");
    private static final Pattern URL = Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*://)?([^/?#\\s]+)([^#\\s]*)");
    private static final Pattern LINK_PREFIX = Pattern.compile(
            "(?i)^(?:https?://)?(?:www\\.|m\\.|web\\.|mbasic\\.)?(?:t\\.me|telegram\\.me|telegram\\.dog|facebook\\.com|fb\\.com|fb\\.me|"
                    + "m\\.me|line\\.me/ti/p|line\\.me/r/ti/p|zalo\\.me|wa\\.me)/");
    private static final Pattern PH_LICENCE = Pattern.compile(
            "(?i)(POEA|DMW)[\\s-]*(\\d{2,4})[\\s-]*([A-Z]{2})[\\s-]*(\\d{6,8})(?:[\\s-]*([A-Z]{1,3}))?");

    private IdentifierNormalizer() {}

    /** @return the canonical form of {@code raw} as a {@code kind}, or empty when it cannot be one */
    public static Optional<String> normalize(IdentifierKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip();
        return switch (kind) {
            case PHONE, WHATSAPP -> phone(text, "ZZ");
            case EMAIL -> email(text);
            case DOMAIN -> Domains.normalize(text);
            case URL -> url(text);
            case TELEGRAM -> handle(text).or(() -> phone(text, "ZZ"));
            case FACEBOOK -> page(text);
            case LINE -> lineId(text).or(() -> phone(text, "ZZ"));
            case ZALO -> phone(text, "VN").or(() -> lineId(text));
            case COMPANY -> Optional.of(CompanyNames.key(text)).filter(k -> !k.isEmpty());
            case LICENCE -> licence(text);
        };
    }

    static Optional<String> phone(String text, String region) {
        if (E164.matcher(text).matches()) {
            int cc = countryCode(text);
            return cc > 0 ? Optional.of(text) : Optional.empty();
        }
        return Phones.valid(text, region).or(() -> Phones.possible(text, region));
    }

    private static int countryCode(String e164) {
        for (int len = 1; len <= 3; len++) {
            int cc = Integer.parseInt(e164.substring(1, 1 + len));
            if (!"ZZ".equals(Phones.UTIL.getRegionCodeForCountryCode(cc))
                    || Phones.UTIL.getSupportedGlobalNetworkCallingCodes().contains(cc)) {
                return cc;
            }
        }
        return 0;
    }

    static Optional<String> email(String text) {
        Matcher m = EMAIL.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Domains.normalize(m.group(2)).map(domain -> m.group(1) + "@" + domain);
    }

    static Optional<String> url(String text) {
        Matcher m = URL.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String path =
                m.group(2).endsWith("/") ? m.group(2).substring(0, m.group(2).length() - 1) : m.group(2);
        return Domains.normalize(m.group(1).replaceFirst(":\\d+$", "")).map(host -> host + path);
    }

    private static Optional<String> handle(String text) {
        String h = strip(text).replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        return HANDLE.matcher(h).matches() ? Optional.of(h) : Optional.empty();
    }

    private static Optional<String> page(String text) {
        String p = strip(text);
        Matcher id = Pattern.compile("(?i)profile\\.php\\?id=(\\d+)").matcher(p);
        if (id.find()) {
            return Optional.of("profile:" + id.group(1));
        }
        p = p.replaceAll("[/?#].*$", "").toLowerCase(Locale.ROOT);
        return PAGE.matcher(p).matches() ? Optional.of(p) : Optional.empty();
    }

    private static Optional<String> lineId(String text) {
        String id = strip(text).replaceFirst("^~", "").toLowerCase(Locale.ROOT);
        return LINE_ID.matcher(id).matches() && !id.chars().allMatch(Character::isDigit)
                ? Optional.of(id)
                : Optional.empty();
    }

    private static String strip(String text) {
        return LINK_PREFIX.matcher(text).replaceFirst("").replaceAll("/+$", "");
    }

    static Optional<String> licence(String text) {
        Matcher ph = PH_LICENCE.matcher(text);
        if (ph.matches()) {
            String suffix = ph.group(5) == null ? "" : "-" + ph.group(5);
            return Optional.of(String.join("-", ph.group(1), ph.group(2), ph.group(3), ph.group(4))
                            .toUpperCase(Locale.ROOT)
                    + suffix.toUpperCase(Locale.ROOT));
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.chars().anyMatch(Character::isDigit) && compact.length() <= 40
                ? Optional.of(compact)
                : Optional.empty();
    }
}
