package org.jaga.knowledge.identifier;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds chat handles written without a link: Telegram "@name" and "Telegram: name", LINE
 * "Line ID: name" / "ไลน์: name", and Zalo "Zalo: name". Handles that are phone numbers are left
 * to {@link PhoneFinder}, which labels them.
 */
final class HandleFinder implements Finder {

    static final int RANK = 4;
    private static final Pattern AT_HANDLE =
            Pattern.compile("(?<![\\p{L}\\p{N}_@./])@([A-Za-z][A-Za-z0-9_]{4,31})(?![A-Za-z0-9_@.]*[A-Za-z0-9_@])");
    private static final Pattern TELEGRAM_LABEL = Pattern.compile(
            "(?iu)(?:\\btelegram|\\btele|\\btg)\\s*(?:id|username)?\\s*[:：]\\s*@?([A-Za-z][A-Za-z0-9_]{4,31})\\b");
    private static final Pattern LINE_LABEL =
            Pattern.compile("(?iu)(?:\\bline\\s*id\\b|\\bid\\s*line\\b|\\bline(?=\\s*[:：])"
                    + "|ไอดีไลน์|ไลน์ไอดี|ไลน์)\\s*[:：]?\\s*([~@]?[A-Za-z0-9._-]{3,32})");
    private static final Pattern ZALO_LABEL =
            Pattern.compile("(?iu)\\bzalo\\s*(?:id)?\\s*[:：]\\s*([A-Za-z][A-Za-z0-9._]{2,31})");

    @Override
    public void find(ScanText text, ScanContext context, List<Candidate> out) {
        add(text, context, out, AT_HANDLE, IdentifierKind.TELEGRAM);
        add(text, context, out, TELEGRAM_LABEL, IdentifierKind.TELEGRAM);
        add(text, context, out, LINE_LABEL, IdentifierKind.LINE);
        add(text, context, out, ZALO_LABEL, IdentifierKind.ZALO);
    }

    private static void add(
            ScanText text, ScanContext context, List<Candidate> out, Pattern pattern, IdentifierKind kind) {
        Matcher m = pattern.matcher(text.folded());
        while (m.find()) {
            int start = m.start(1);
            int end = LinkFinder.trimEnd(text.folded(), start, m.end(1));
            String handle = text.folded().substring(start, end);
            if (looksLikePhone(handle)) {
                continue;
            }
            String normalized = kind == IdentifierKind.TELEGRAM
                    ? handle.replaceFirst("^@", "").toLowerCase(Locale.ROOT)
                    : handle.replaceFirst("^~", "").toLowerCase(Locale.ROOT);
            out.add(new Candidate(text.identifier(kind, normalized, start, end), context.newGroup(), RANK));
        }
    }

    private static boolean looksLikePhone(String handle) {
        return handle.chars().filter(Character::isDigit).count() >= 7
                && handle.chars().noneMatch(Character::isLetter);
    }
}
