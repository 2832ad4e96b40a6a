package org.jaga.knowledge.identifier;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds licence numbers: Philippine POEA/DMW agency licences ("DMW-045-LB-03232023-R") anywhere,
 * and other numbers after a licence word in the nine languages ("License No.", "SIP3MI",
 * "Lesen", "Giấy phép số", "ใบอนุญาตเลขที่").
 */
final class LicenceFinder implements Finder {

    static final int RANK = 1;
    private static final Pattern PHILIPPINE =
            Pattern.compile("\\b(?:POEA|DMW)[\\s-]?\\d{2,4}[\\s-]?[A-Z]{2}[\\s-]?\\d{6,8}(?:-[A-Z]{1,3})?\\b");
    private static final Pattern LABELLED = Pattern.compile("(?iu)(?:\\blicen[cs]e|\\blic\\.|\\bpermit|\\blesen|\\bizin"
            + "|\\bSIUP|\\bSIP3MI|\\bSIPPMI|\\bSIP2MI|\\bNIB|giấy\\s+phép|ใบอนุญาต(?:จัดหางาน)?|许可证|執照|营业执照)"
            + "\\s*(?:no\\.?|number|nomor|num\\.?|số|เลขที่|#|号|編號)?\\s*[:：.#]?\\s*"
            + "([A-Za-z0-9\\u0E00-\\u0E7F][A-Za-z0-9\\u0E00-\\u0E7F/.\\-]{2,30}[A-Za-z0-9])");

    @Override
    public void find(ScanText text, ScanContext context, List<Candidate> out) {
        Matcher ph = PHILIPPINE.matcher(text.folded());
        while (ph.find()) {
            add(text, context, out, ph.start(), ph.end());
        }
        Matcher labelled = LABELLED.matcher(text.folded());
        while (labelled.find()) {
            String number = labelled.group(1);
            if (number.chars().anyMatch(Character::isDigit)) {
                add(text, context, out, labelled.start(1), labelled.end(1));
            }
        }
    }

    private static void add(ScanText text, ScanContext context, List<Candidate> out, int start, int end) {
        IdentifierNormalizer.licence(text.folded().substring(start, end))
                .ifPresent(normalized -> out.add(new Candidate(
                        text.identifier(IdentifierKind.LICENCE, normalized, start, end), context.newGroup(), RANK)));
    }
}
