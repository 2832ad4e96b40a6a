package org.jaga.knowledge.identifier;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads links to chat apps: t.me and telegram.me (Telegram), wa.me and api.whatsapp.com
 * (WhatsApp, and the phone number in it), facebook.com, fb.com, fb.me and m.me (Facebook),
 * line.me and lin.ee (LINE), zalo.me (Zalo, and the phone number in it).
 */
final class ChatLinks {

    private static final Set<String> TELEGRAM = Set.of("t.me", "telegram.me", "telegram.dog");
    private static final Set<String> WHATSAPP =
            Set.of("wa.me", "api.whatsapp.com", "whatsapp.com", "chat.whatsapp.com");
    private static final Set<String> FACEBOOK = Set.of(
            "facebook.com", "m.facebook.com", "web.facebook.com", "mbasic.facebook.com", "fb.com", "fb.me", "m.me");
    private static final Set<String> LINE = Set.of("line.me", "lin.ee", "page.line.me");
    private static final Set<String> NOT_PAGES = Set.of(
            "sharer", "sharer.php", "login", "login.php", "watch", "photo.php", "story.php", "share", "reel", "events");
    private static final Pattern FIRST_SEGMENT = Pattern.compile("^/(?:s/)?([^/?#]+)");
    private static final Pattern DIGITS = Pattern.compile("(?:phone=|^/)\\+?(\\d{7,15})");
    private static final Pattern FB_PROFILE = Pattern.compile("profile\\.php\\?id=(\\d+)");
    private static final Pattern FB_PAGE = Pattern.compile("^/(?:pages/|groups/|people/)?([\\p{L}\\p{N}._-]{2,80})");
    private static final Pattern LINE_PATH = Pattern.compile("^/(?:r/)?(?:ti/p/)?([~@]?[a-z0-9._-]{3,32})");

    /** @return whether {@code host} belongs to a chat app; candidates go to {@code out} */
    boolean find(ScanText text, ScanContext context, String host, int[] span, List<Candidate> out) {
        String path = text.folded().substring(span[1], span[2]).replaceFirst("^:\\d+", "");
        Link link = new Link(text, context.newGroup(), span[0], span[2] - path.length(), span[2], out);
        if (TELEGRAM.contains(host)) {
            telegram(link, path);
        } else if (WHATSAPP.contains(host)) {
            phoneLink(link, IdentifierKind.WHATSAPP, path, "ZZ");
        } else if (FACEBOOK.contains(host)) {
            facebook(link, path);
        } else if (LINE.contains(host)) {
            line(link, path);
        } else if ("zalo.me".equals(host)) {
            zalo(link, path);
        } else {
            return false;
        }
        return true;
    }

    private static void telegram(Link link, String path) {
        Matcher m = FIRST_SEGMENT.matcher(path);
        if (!m.find()) {
            return;
        }
        String segment = m.group(1);
        if (segment.startsWith("+") || "joinchat".equals(segment)) {
            link.add(IdentifierKind.TELEGRAM, "invite:" + path.replaceFirst("^/(joinchat/)?\\+?", ""));
        } else {
            IdentifierNormalizer.normalize(IdentifierKind.TELEGRAM, segment)
                    .ifPresent(h -> link.add(IdentifierKind.TELEGRAM, h));
        }
    }

    private static void phoneLink(Link link, IdentifierKind kind, String path, String region) {
        if (path.startsWith("/invite/") || path.matches("^/[A-Za-z0-9]{20,}.*")) {
            link.add(kind, "invite:" + path.substring(path.lastIndexOf('/') + 1));
            return;
        }
        Matcher m = DIGITS.matcher(path);
        if (!m.find()) {
            return;
        }
        Optional<String> e164 = "ZZ".equals(region)
                ? Phones.international(m.group(1))
                : Phones.valid(m.group(1), region).or(() -> Phones.international(m.group(1)));
        e164.ifPresent(number -> {
            link.add(kind, number);
            link.addPart(IdentifierKind.PHONE, number, m.start(1), m.end(1));
        });
    }

    private static void facebook(Link link, String path) {
        Matcher profile = FB_PROFILE.matcher(path);
        if (profile.find()) {
            link.add(IdentifierKind.FACEBOOK, "profile:" + profile.group(1));
            return;
        }
        Matcher page = FB_PAGE.matcher(path);
        if (page.find() && !NOT_PAGES.contains(page.group(1).toLowerCase(Locale.ROOT))) {
            link.add(IdentifierKind.FACEBOOK, page.group(1).toLowerCase(Locale.ROOT));
        }
    }

    private static void line(Link link, String path) {
        Matcher m = LINE_PATH.matcher(path.toLowerCase(Locale.ROOT));
        if (m.find()) {
            link.add(IdentifierKind.LINE, m.group(1).replaceFirst("^~", ""));
        }
    }

    private static void zalo(Link link, String path) {
        if (path.matches("^/\\+?\\d{8,15}.*")) {
            phoneLink(link, IdentifierKind.ZALO, path, "VN");
            return;
        }
        Matcher m = FIRST_SEGMENT.matcher(path);
        if (m.find()) {
            link.add(IdentifierKind.ZALO, m.group(1).toLowerCase(Locale.ROOT));
        }
    }

    /** One link being read: its span, where its path starts, and the group its candidates share. */
    private record Link(ScanText text, int group, int start, int pathStart, int end, List<Candidate> out) {

        void add(IdentifierKind kind, String normalized) {
            out.add(new Candidate(text.identifier(kind, normalized, start, end), group, LinkFinder.LINK_RANK));
        }

        /** Adds an identifier whose span is {@code [from, to)} of the link's path. */
        void addPart(IdentifierKind kind, String normalized, int from, int to) {
            out.add(new Candidate(
                    text.identifier(kind, normalized, pathStart + from, pathStart + to), group, LinkFinder.LINK_RANK));
        }
    }
}
