package org.jaga.knowledge.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses, web addresses and bare domains. Links to chat apps (t.me, wa.me,
 * facebook.com, line.me, zalo.me) are handed to {@link ChatLinks} instead of being reported as
 * URLs. A domain without scheme or path is only taken when its top-level domain is a common one,
 * and only in Latin, Cyrillic or Greek letters (the scripts homoglyph attacks mix).
 */
final class LinkFinder implements Finder {

    static final int EMAIL_RANK = 2;
    static final int LINK_RANK = 3;
    private static final String ANY_LABEL =
            "[\\p{L}\\p{M}\\p{Nd}](?:[\\p{L}\\p{M}\\p{Nd}-]{0,61}[\\p{L}\\p{M}\\p{Nd}])?";
    private static final String MIXED_LABEL =
            "[\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}\\p{Nd}](?:[\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}\\p{M}\\p{Nd}-]{0,61}"
                    + "[\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}\\p{M}\\p{Nd}])?";
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[A-Za-z0-9._%+-]{1,64}@((?:" + ANY_LABEL + "\\.){1,8}" + ANY_LABEL + ")");
    private static final Pattern WITH_SCHEME = Pattern.compile(
            "(?i)\\bhttps?://((?:" + ANY_LABEL + "\\.){1,8}" + ANY_LABEL + ")(?::\\d{1,5})?([/?#][^\\s<>\"'）」]*)?");
    private static final Pattern WITHOUT_SCHEME = Pattern.compile("(?<![\\p{L}\\p{N}@._/-])((?:" + MIXED_LABEL
            + "\\.){1,8}" + MIXED_LABEL + ")(?![\\p{L}\\p{N}@-])(?::\\d{1,5})?(/[^\\s<>\"'）」]*)?");
    private static final Set<String> FREE_MAIL = Set.of(
            "gmail.com",
            "yahoo.com",
            "hotmail.com",
            "outlook.com",
            "live.com",
            "icloud.com",
            "qq.com",
            "163.com",
            "126.com",
            "mail.ru",
            "yandex.com",
            "proton.me",
            "protonmail.com",
            "aol.com",
            "ymail.com",
            "yahoo.co.th");

    private final ChatLinks chatLinks = new ChatLinks();

    @Override
    public void find(ScanText text, ScanContext context, List<Candidate> out) {
        List<int[]> emailSpans = emails(text, context, out);
        links(text, context, out, WITH_SCHEME, emailSpans, true);
        links(text, context, out, WITHOUT_SCHEME, emailSpans, false);
    }

    private List<int[]> emails(ScanText text, ScanContext context, List<Candidate> out) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = EMAIL.matcher(text.folded());
        while (m.find()) {
            int end = trimEnd(text.folded(), m.start(), m.end());
            Optional<String> email = IdentifierNormalizer.email(text.folded().substring(m.start(), end));
            if (email.isEmpty()) {
                continue;
            }
            int group = context.newGroup();
            out.add(new Candidate(
                    text.identifier(IdentifierKind.EMAIL, email.get(), m.start(), end), group, EMAIL_RANK));
            String domain = email.get().substring(email.get().indexOf('@') + 1);
            if (!FREE_MAIL.contains(domain)) {
                out.add(new Candidate(
                        text.identifier(IdentifierKind.DOMAIN, domain, m.start(1), end), group, EMAIL_RANK));
            }
            spans.add(new int[] {m.start(), end});
        }
        return spans;
    }

    private void links(
            ScanText text,
            ScanContext context,
            List<Candidate> out,
            Pattern pattern,
            List<int[]> emails,
            boolean scheme) {
        Matcher m = pattern.matcher(text.folded());
        while (m.find()) {
            int start = m.start();
            int end = trimEnd(text.folded(), start, m.end());
            int hostEnd = Math.min(m.end(1), end);
            if (inside(emails, start) || hostEnd <= m.start(1)) {
                continue;
            }
            Optional<String> host = Domains.normalize(text.folded().substring(m.start(1), hostEnd));
            if (host.isEmpty()) {
                continue;
            }
            boolean hasPath = end > hostEnd;
            if (chatLinks.find(text, context, host.get(), new int[] {start, hostEnd, end}, out)) {
                continue;
            }
            if (!scheme && !hasPath && !commonTld(host.get())) {
                continue;
            }
            int group = context.newGroup();
            if (scheme || hasPath) {
                IdentifierNormalizer.url(text.folded().substring(start, end))
                        .ifPresent(url -> out.add(
                                new Candidate(text.identifier(IdentifierKind.URL, url, start, end), group, LINK_RANK)));
            }
            out.add(new Candidate(
                    text.identifier(IdentifierKind.DOMAIN, host.get(), m.start(1), hostEnd), group, LINK_RANK));
        }
    }

    private static boolean commonTld(String host) {
        String tld = Domains.tld(host);
        return Domains.COMMON_TLDS.contains(tld) || tld.startsWith("xn--");
    }

    private static boolean inside(List<int[]> spans, int index) {
        return spans.stream().anyMatch(s -> index >= s[0] && index < s[1]);
    }

    /** Drops sentence punctuation that a pattern swallowed at the end of an address. */
    static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start + 1 && ".,;:!?)]}'\"。、，！？".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
