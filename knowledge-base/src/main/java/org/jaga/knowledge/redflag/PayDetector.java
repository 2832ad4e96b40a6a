package org.jaga.knowledge.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of pay that are unrealistic for entry-level work: a number, with its currency
 * (written before or after it, implied by a unit such as "juta", "triệu", "万" or "သိန်း", or by
 * the local word for salary in front of it) and its period (a month unless it says a day, a
 * week or a year), at or above the currency's threshold. Fees, deposits and ticket prices are
 * not pay; hourly rates are left alone.
 */
final class PayDetector {
    static final String CODE = "UNREALISTIC_PAY";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<!\\d)(?<!\\d[.,])(\\d{1,3}(?:[.,]\\d{3})+|\\d{1,9}(?:[.,]\\d{1,2})?)(?!\\d)"
                    + "(?: ?(juta|jt|trieu|tr|ribu|rb|million|mil|k|m|万|千|หมื่น|แสน|ล้าน|ម៉ឺន|សែន|lakh|हजार|हज़ार|लाख)(?![a-z]))?");
    private static final Pattern HANZI = Pattern.compile("(过|上|破|[一二两三四五六七八九十]{1,3})万");
    private static final Pattern LAKH_FIRST = Pattern.compile("သိန်း ?(\\d{1,4})");
    private final PayContext context = new PayContext();

    /**
     * @param strictness the share of each currency's threshold that counts as unrealistic: 1 for
     *     ordinary offers, lower for entry-level work abroad, where moderate pay is already bait
     * @return one finding per unrealistic amount, evidence quoted from the original text
     */
    List<Finding> detect(NormalisedText normalised, double strictness) {
        String text = normalised.text();
        List<Finding> findings = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            double value = parse(m.group(1)) * multiplier(m.group(2));
            judge(normalised, m.start(), m.end(), value, impliedBy(m.group(2)), strictness, findings);
        }
        Matcher h = HANZI.matcher(text);
        while (h.find()) {
            judge(
                    normalised,
                    h.start(),
                    h.end(),
                    hanzi(h.group(1)) * 10_000,
                    Optional.of(Currency.CNY),
                    strictness,
                    findings);
        }
        Matcher l = LAKH_FIRST.matcher(text);
        while (l.find()) {
            judge(
                    normalised,
                    l.start(),
                    l.end(),
                    parse(l.group(1)) * 100_000,
                    Optional.of(Currency.MMK),
                    strictness,
                    findings);
        }
        return findings;
    }

    private void judge(
            NormalisedText n,
            int start,
            int end,
            double value,
            Optional<Currency> implied,
            double strictness,
            List<Finding> findings) {
        String text = n.text();
        if (value <= 0 || context.isFeeOrPrice(text, start)) {
            return;
        }
        PayContext.Token prefix = context.prefixCurrency(text, start);
        PayContext.Token suffix = context.suffixCurrency(text, end);
        Optional<Currency> currency = suffix != null
                ? Optional.of(suffix.currency())
                : prefix != null
                        ? Optional.of(prefix.currency())
                        : implied.or(() -> context.keywordCurrency(text, start, value));
        double perMonth = value * context.monthlyFactor(text, start, suffix == null ? end : suffix.end());
        if (currency.isPresent() && currency.get().unrealistic(perMonth, strictness)) {
            int from = prefix != null && suffix == null ? prefix.start() : start;
            int to = suffix != null ? suffix.end() : end;
            findings.add(n.finding(CODE, from, to));
        }
    }

    private static double parse(String number) {
        if (number.matches("\\d{1,3}(?:[.,]\\d{3})+")) {
            return Double.parseDouble(number.replace(",", "").replace(".", ""));
        }
        return Double.parseDouble(number.replace(',', '.'));
    }

    private static double multiplier(String unit) {
        if (unit == null) {
            return 1;
        }
        return switch (unit) {
            case "k", "rb", "ribu", "千", "हजार", "हज़ार" -> 1_000;
            case "万", "หมื่น", "ម៉ឺន" -> 10_000;
            case "แสน", "សែន", "lakh", "लाख" -> 100_000;
            case "juta", "jt", "trieu", "tr", "million", "mil", "m", "ล้าน" -> 1_000_000;
            default -> 1;
        };
    }

    private static Optional<Currency> impliedBy(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        return switch (unit) {
            case "juta", "jt" -> Optional.of(Currency.IDR);
            case "trieu", "tr" -> Optional.of(Currency.VND);
            case "万" -> Optional.of(Currency.CNY);
            case "หมื่น", "แสน", "ล้าน" -> Optional.of(Currency.THB);
            case "ម៉ឺន", "សែន" -> Optional.of(Currency.KHR);
            default -> Optional.empty();
        };
    }

    private static double hanzi(String digits) {
        if (digits.equals("过") || digits.equals("上") || digits.equals("破")) {
            return 1;
        }
        String units = "一二三四五六七八九";
        if (digits.equals("十")) {
            return 10;
        }
        if (digits.startsWith("十")) {
            return 10 + units.indexOf(digits.charAt(1)) + 1;
        }
        int tens = digits.indexOf('十');
        if (tens > 0) {
            int head = "两".equals(digits.substring(0, 1)) ? 2 : units.indexOf(digits.charAt(0)) + 1;
            int tail = tens + 1 < digits.length() ? units.indexOf(digits.charAt(tens + 1)) + 1 : 0;
            return head * 10 + tail;
        }
        char c = digits.charAt(0);
        return c == '两' ? 2 : units.indexOf(c) + 1;
    }
}
