package org.jaga.knowledge.identifier;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The visual skeleton of a host name: two names with the same skeleton look the same to a
 * reader (after Unicode's confusables idea, reduced to what domain spoofing uses).
 */
final class Skeletons {

    private static final Map<Character, Character> CONFUSABLE = Map.ofEntries(
            Map.entry('а', 'a'),
            Map.entry('е', 'e'),
            Map.entry('ё', 'e'),
            Map.entry('о', 'o'),
            Map.entry('р', 'p'),
            Map.entry('с', 'c'),
            Map.entry('у', 'y'),
            Map.entry('х', 'x'),
            Map.entry('к', 'k'),
            Map.entry('м', 'm'),
            Map.entry('і', 'l'),
            Map.entry('ї', 'l'),
            Map.entry('ј', 'j'),
            Map.entry('ѕ', 's'),
            Map.entry('һ', 'h'),
            Map.entry('ԁ', 'd'),
            Map.entry('ԛ', 'q'),
            Map.entry('ԝ', 'w'),
            Map.entry('ӏ', 'l'),
            Map.entry('ɡ', 'g'),
            Map.entry('α', 'a'),
            Map.entry('ο', 'o'),
            Map.entry('ν', 'v'),
            Map.entry('ρ', 'p'),
            Map.entry('τ', 't'),
            Map.entry('ι', 'l'),
            Map.entry('κ', 'k'),
            Map.entry('υ', 'u'),
            Map.entry('χ', 'x'),
            Map.entry('ε', 'e'),
            Map.entry('ı', 'l'),
            Map.entry('ɩ', 'l'),
            Map.entry('ł', 'l'),
            Map.entry('0', 'o'),
            Map.entry('1', 'l'),
            Map.entry('i', 'l'),
            Map.entry('|', 'l'),
            Map.entry('5', 's'));

    private Skeletons() {}

    /** @return the skeleton of a host name given in Unicode form */
    static String of(String unicodeHost) {
        String decomposed = Normalizer.normalize(unicodeHost.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(CONFUSABLE.getOrDefault(c, c));
            }
        }
        return out.toString().replace("rn", "m").replace("vv", "w").replace("cl", "d");
    }
}
