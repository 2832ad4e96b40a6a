package org.jaga.knowledge.identifier;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds valid phone numbers, reading local notations in the regions the context suggests, most
 * likely first; without a hint, in South-East Asian numbering plans in a fixed order (Philippines
 * first, then Thailand, Indonesia, Malaysia, Viet Nam, Cambodia, Myanmar, …). A chat-app label right
 * before a number ("WhatsApp:", "Zalo", "Line", "Telegram") adds that app's identifier too.
 */
final class PhoneFinder implements Finder {

    static final int RANK = 9;
    private static final long MAX_TRIES = 100_000;
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)(whats\\s?app|\\bwa\\b|zalo|\\bline\\b|ไลน์|telegram|\\btg\\b)[^\\p{L}\\p{N}+(]{0,12}$");

    @Override
    public void find(ScanText text, ScanContext context, List<Candidate> out) {
        List<String> regions = context.regions().isEmpty() ? Phones.SOUTH_EAST_ASIA : context.regions();
        Map<Span, String> numbers = inRegions(text, regions);
        numbers.forEach((span, e164) -> {
            int group = context.newGroup();
            out.add(new Candidate(text.identifier(IdentifierKind.PHONE, e164, span.start, span.end), group, RANK));
            label(text, span)
                    .ifPresent(kind ->
                            out.add(new Candidate(text.identifier(kind, e164, span.start, span.end), group, RANK)));
        });
    }

    private Map<Span, String> inRegions(ScanText text, List<String> regions) {
        Map<Span, String> found = new HashMap<>();
        TreeMap<Integer, Span> byStart = new TreeMap<>();
        for (String region : regions) {
            for (PhoneNumberMatch match : matches(text, region)) {
                Span span = new Span(match.start(), match.end());
                if (!overlapsAny(byStart, span)) {
                    byStart.put(span.start, span);
                    found.put(span, Phones.e164(match.number()));
                }
            }
        }
        return found;
    }

    /** The spans in {@code byStart} do not overlap each other, so only the neighbours matter. */
    private static boolean overlapsAny(TreeMap<Integer, Span> byStart, Span span) {
        Map.Entry<Integer, Span> before = byStart.floorEntry(span.start);
        Map.Entry<Integer, Span> after = byStart.ceilingEntry(span.start);
        return before != null && before.getValue().overlaps(span)
                || after != null && after.getValue().overlaps(span);
    }

    private static List<PhoneNumberMatch> matches(ScanText text, String region) {
        List<PhoneNumberMatch> matches = new ArrayList<>();
        Phones.UTIL
                .findNumbers(text.folded(), region, Leniency.VALID, MAX_TRIES)
                .forEach(matches::add);
        return matches;
    }

    private static Optional<IdentifierKind> label(ScanText text, Span span) {
        String before = text.folded().substring(Math.max(0, span.start - 24), span.start);
        Matcher m = LABEL.matcher(before);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        if (word.startsWith("zalo")) {
            return Optional.of(IdentifierKind.ZALO);
        }
        if (word.startsWith("line") || word.startsWith("ไลน์")) {
            return Optional.of(IdentifierKind.LINE);
        }
        if (word.startsWith("t")) {
            return Optional.of(IdentifierKind.TELEGRAM);
        }
        return Optional.of(IdentifierKind.WHATSAPP);
    }

    private record Span(int start, int end) {
        boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }
}
