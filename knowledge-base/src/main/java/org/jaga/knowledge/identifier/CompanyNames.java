package org.jaga.knowledge.identifier;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The look-up key of a company or agency name: case, punctuation, spacing, diacritics, script
 * (transliterated to Latin) and legal form ("Co., Ltd", "PT", "Sdn Bhd", "Công ty TNHH",
 * "บริษัท … จำกัด", "有限公司") do not change it. "Hong Tai Co., Ltd", "HONGTAI" and
 * "Hongtai Company Limited" all have the key {@code hongtai}.
 */
public final class CompanyNames {

    private static final Pattern LOCAL_LEGAL_FORMS = Pattern.compile(
            "บริษัท|จำกัด|\\(?มหาชน\\)?|หจก\\.?|股份有限公司|有限责任公司|有限責任公司|有限公司|公司|ក្រុមហ៊ុន|ကုမ္ပဏီ|လီမိတက်");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> PREFIXES = Set.of("pt", "cv", "ud", "the", "tnhh", "cp", "mtv", "ctcp");
    private static final Set<String> SUFFIXES = Set.of(
            "co",
            "ltd",
            "limited",
            "company",
            "inc",
            "incorporated",
            "corp",
            "corporation",
            "llc",
            "plc",
            "pte",
            "sdn",
            "bhd",
            "berhad",
            "tbk",
            "jsc",
            "tnhh",
            "persero",
            "pt",
            "cv");
    private static final List<List<String>> PREFIX_PAIRS =
            List.of(List.of("cong", "ty"), List.of("co", "phan"), List.of("mot", "thanh", "vien"));
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private CompanyNames() {}

    /** @return the name's key, empty when the name has no letter or digit */
    public static String key(String name) {
        List<String> tokens = tokens(name);
        List<String> core = stripLegalForms(tokens);
        return String.join("", core.isEmpty() ? tokens : core);
    }

    private static List<String> tokens(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = LOCAL_LEGAL_FORMS.matcher(text).replaceAll(" ");
        text = text.replace('đ', 'd').replace('&', ' ');
        if (!isAscii(text)) {
            text = TO_LATIN.get().transliterate(text).toLowerCase(Locale.ROOT);
        }
        List<String> tokens = new ArrayList<>(Arrays.asList(NON_ALNUM.split(text)));
        tokens.removeIf(String::isEmpty);
        return tokens;
    }

    private static List<String> stripLegalForms(List<String> tokens) {
        List<String> core = new ArrayList<>(tokens);
        boolean stripped = true;
        while (stripped && !core.isEmpty()) {
            stripped = stripPrefixPair(core);
            if (!core.isEmpty() && PREFIXES.contains(core.get(0))) {
                core.remove(0);
                stripped = true;
            }
        }
        while (!core.isEmpty() && SUFFIXES.contains(core.get(core.size() - 1))) {
            core.remove(core.size() - 1);
        }
        return core;
    }

    private static boolean stripPrefixPair(List<String> core) {
        for (List<String> pair : PREFIX_PAIRS) {
            if (core.size() >= pair.size() && core.subList(0, pair.size()).equals(pair)) {
                core.subList(0, pair.size()).clear();
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
