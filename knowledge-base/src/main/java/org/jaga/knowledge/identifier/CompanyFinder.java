package org.jaga.knowledge.identifier;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds company and agency names by their legal form: "… Co., Ltd", "… Sdn Bhd", "… Inc.",
 * "… Manpower Agency", "PT …", "Công ty TNHH …", "บริษัท … จำกัด", "…有限公司".
 */
final class CompanyFinder implements Finder {

    static final int RANK = 5;
    private static final String WORD = "(?:(?:\\p{Lu}|\\d+\\p{L})[\\p{L}\\p{M}\\p{N}&'’-]*\\.?|&|and|of|de)";
    private static final Pattern LATIN_SUFFIX = Pattern.compile("(?u)((?:" + WORD + "\\s+){1,6})"
            + "(?:Co\\.?,?\\s*Ltd\\.?|Co\\.?,?\\s*Limited|Company\\s+Limited|Limited|Ltd\\.?|Inc\\.?|Incorporated|Corp\\.?"
            + "|Corporation|Sdn\\.?\\s*Bhd\\.?|Berhad|Bhd\\.?|Pte\\.?\\s*Ltd\\.?|LLC|PLC|JSC"
            + "|(?:Manpower|Recruitment|Employment|Placement)\\s+(?:Agency|Services?|Corp\\.?|Inc\\.?)"
            + "|International\\s+Manpower)(?![\\p{L}\\p{N}])");
    private static final Pattern LATIN_PREFIX = Pattern.compile(
            "(?u)\\b(?:PT|CV)\\.?\\s+((?:(?:\\p{Lu}|\\d+\\p{L})[\\p{L}\\p{M}\\p{N}&'-]*\\.?\\s*){1,5})(?:Tbk\\.?)?");
    private static final Pattern VIETNAMESE = Pattern.compile("(?iu)công\\s+ty\\s+(?:(?:TNHH|cổ\\s+phần|CP)\\s+)?"
            + "(?-i)((?:(?:\\p{Lu}|\\d+\\p{L})[\\p{L}\\p{M}\\p{N}&'-]*\\s*){1,6})");
    private static final Pattern THAI = Pattern.compile("บริษัท\\s*([^\\n,，]{1,60}?)\\s*จำกัด(?:\\s*\\(มหาชน\\))?");
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{2,20}?(?:股份有限公司|有限公司|有限責任公司|集团|集團)");
    private static final Set<String> LEADING_WORDS = Set.of(
            "contact",
            "join",
            "apply",
            "dear",
            "at",
            "from",
            "hiring",
            "by",
            "for",
            "with",
            "our",
            "we",
            "in",
            "to",
            "call",
            "company",
            "employer",
            "agency",
            "and",
            "of",
            "de",
            "the",
            "urgent",
            "work",
            "job",
            "jobs");
    private static final Pattern CHINESE_LEAD = Pattern.compile(".*(?:我们是|我們是|是|在|的|于|於|到|加入|联系|聯繫|为|為|和|与|與|欢迎|歡迎)");

    @Override
    public void find(ScanText text, ScanContext context, List<Candidate> out) {
        latinSuffix(text, context, out);
        simple(text, context, out, LATIN_PREFIX);
        simple(text, context, out, VIETNAMESE);
        simple(text, context, out, THAI);
        chinese(text, context, out);
    }

    private static void latinSuffix(ScanText text, ScanContext context, List<Candidate> out) {
        Matcher m = LATIN_SUFFIX.matcher(text.folded());
        while (m.find()) {
            int start = skipLeadingWords(text.folded(), m.start(), m.end(1));
            if (start >= m.end(1)) {
                continue;
            }
            add(text, context, out, start, trimEnd(text.folded(), start, m.end()));
        }
    }

    private static void simple(ScanText text, ScanContext context, List<Candidate> out, Pattern pattern) {
        Matcher m = pattern.matcher(text.folded());
        while (m.find()) {
            add(text, context, out, m.start(), trimEnd(text.folded(), m.start(), m.end()));
        }
    }

    private static void chinese(ScanText text, ScanContext context, List<Candidate> out) {
        Matcher m = CHINESE.matcher(text.folded());
        while (m.find()) {
            Matcher lead = CHINESE_LEAD.matcher(m.group());
            int start = lead.lookingAt() && lead.end() < m.group().length() - 4 ? m.start() + lead.end() : m.start();
            add(text, context, out, start, m.end());
        }
    }

    private static int skipLeadingWords(String text, int start, int nameEnd) {
        int at = start;
        while (at < nameEnd) {
            int space = text.indexOf(' ', at);
            if (space < 0 || space >= nameEnd) {
                return at;
            }
            String word = text.substring(at, space).replaceAll("[:.,]$", "").toLowerCase(Locale.ROOT);
            if (!LEADING_WORDS.contains(word)) {
                return at;
            }
            at = space + 1;
            while (at < nameEnd && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
        return at;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e;
    }

    private static void add(ScanText text, ScanContext context, List<Candidate> out, int start, int end) {
        if (end <= start) {
            return;
        }
        String key = CompanyNames.key(text.folded().substring(start, end));
        if (key.length() >= 2) {
            out.add(new Candidate(text.identifier(IdentifierKind.COMPANY, key, start, end), context.newGroup(), RANK));
        }
    }
}
