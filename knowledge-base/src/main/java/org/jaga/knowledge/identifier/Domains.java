package org.jaga.knowledge.identifier;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Host names in their canonical form: lower-case ASCII (punycode for IDN), without "www.". */
public final class Domains {

    /** Top-level domains accepted for a domain written without scheme or path. */
    static final Set<String> COMMON_TLDS = Set.of(
            "com", "net", "org", "info", "biz", "io", "co", "me", "xyz", "top", "vip", "cc", "asia", "online", "site",
            "club", "shop", "app", "live", "pro", "tv", "ws", "link", "work", "jobs", "icu", "buzz", "cam", "tk", "ml",
            "ph", "th", "id", "my", "vn", "kh", "mm", "la", "cn", "sg", "hk", "tw", "jp", "kr", "uk", "us", "au", "in",
            "ae", "int", "gov", "edu", "ly", "gl", "gd", "to", "ru");

    private Domains() {}

    /**
     * @param host a host name in any script and case, optionally with a trailing dot
     * @return the ASCII form without "www.", or empty when it is no valid host name
     */
    public static Optional<String> normalize(String host) {
        String lower = host.strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        try {
            String ascii = IDN.toASCII(lower, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            if (ascii.startsWith("www.")) {
                ascii = ascii.substring(4);
            }
            return valid(ascii) ? Optional.of(ascii) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @return the Unicode form of an ASCII (punycode) host name, for display */
    public static String toUnicode(String asciiHost) {
        return IDN.toUnicode(asciiHost, IDN.ALLOW_UNASSIGNED);
    }

    /** @return the last label of a host name */
    static String tld(String asciiHost) {
        return asciiHost.substring(asciiHost.lastIndexOf('.') + 1);
    }

    private static boolean valid(String ascii) {
        if (ascii.length() > 253 || ascii.indexOf('.') < 1) {
            return false;
        }
        for (String label : ascii.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            if (!label.chars().allMatch(c -> c == '-' || Character.isLetterOrDigit(c) && c < 128)) {
                return false;
            }
        }
        String tld = tld(ascii);
        return tld.length() >= 2 && !tld.chars().allMatch(Character::isDigit);
    }
}
