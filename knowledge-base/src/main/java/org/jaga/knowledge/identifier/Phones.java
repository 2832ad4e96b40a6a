package org.jaga.knowledge.identifier;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Optional;

/** Phone numbers in E.164, read with libphonenumber. */
final class Phones {

    static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** Regions tried, in this order, when a text gives no hint. */
    static final List<String> SOUTH_EAST_ASIA = List.of("PH", "TH", "ID", "MY", "VN", "KH", "MM", "LA", "SG", "CN");

    private Phones() {}

    static String e164(PhoneNumber number) {
        return UTIL.format(number, PhoneNumberFormat.E164);
    }

    /**
     * @param raw a number in any common notation; local notations are read in {@code region}
     * @return E.164 when {@code raw} is a valid number
     */
    static Optional<String> valid(String raw, String region) {
        return parse(raw, region).filter(UTIL::isValidNumber).map(Phones::e164);
    }

    /**
     * @return E.164 when {@code raw} is a possible number (right length for its country), which
     *     also admits numbers from ranges newer than libphonenumber's metadata
     */
    static Optional<String> possible(String raw, String region) {
        return parse(raw, region).filter(UTIL::isPossibleNumber).map(Phones::e164);
    }

    /** Reads a bare digit string, as in a wa.me link, as an international number. */
    static Optional<String> international(String digits) {
        return valid("+" + digits, "ZZ").or(() -> possible("+" + digits, "ZZ"));
    }

    private static Optional<PhoneNumber> parse(String raw, String region) {
        StringBuilder folded = new StringBuilder(raw.length());
        raw.chars().forEach(c -> folded.append(ScanText.fold((char) c)));
        String text = folded.toString().strip();
        if (text.startsWith("00")) {
            text = "+" + text.substring(2);
        }
        try {
            return Optional.of(UTIL.parse(text, region));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
