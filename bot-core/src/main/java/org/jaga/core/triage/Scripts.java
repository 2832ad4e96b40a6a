package org.jaga.core.triage;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jaga.knowledge.language.Language;

/** Which languages' cues to try on a message, from the scripts it is written in. */
final class Scripts {
    private static final Set<Language> LATIN =
            EnumSet.of(Language.ENGLISH, Language.INDONESIAN, Language.VIETNAMESE, Language.FILIPINO);

    private Scripts() {}

    /**
     * English is mixed into every language, so its cues always run; the other Latin-script
     * languages run when declared, or all of them when the language is unknown.
     */
    private static Set<Language> latin(Optional<Language> declared) {
        if (declared.filter(LATIN::contains).isPresent()) {
            return EnumSet.of(Language.ENGLISH, declared.get());
        }
        if (declared.filter(l -> l == Language.MALAY).isPresent()) {
            return EnumSet.of(Language.ENGLISH, Language.INDONESIAN);
        }
        if (declared.isPresent()) {
            // a Thai, Burmese, Khmer or Chinese writer's Latin words are English ("KPI", "boss"), and
            // reading them as every Latin language would count one word several times
            return EnumSet.of(Language.ENGLISH);
        }
        return LATIN;
    }

    /**
     * @return the scripts of the text that belong to a language Jaga reads but does not answer in:
     *     Hangul, Hiragana, Katakana, Devanagari
     */
    static Set<Character.UnicodeScript> unanswered(String folded) {
        Set<Character.UnicodeScript> found = EnumSet.noneOf(Character.UnicodeScript.class);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 0xAC00 && c <= 0xD7AF || c >= 0x1100 && c <= 0x11FF || c >= 0x3130 && c <= 0x318F) {
                found.add(Character.UnicodeScript.HANGUL);
            } else if (c >= 0x3040 && c <= 0x309F) {
                found.add(Character.UnicodeScript.HIRAGANA);
            } else if (c >= 0x30A0 && c <= 0x30FF) {
                found.add(Character.UnicodeScript.KATAKANA);
            } else if (c >= 0x0900 && c <= 0x097F) {
                found.add(Character.UnicodeScript.DEVANAGARI);
            }
        }
        return found;
    }

    /** @return the declared language, and the languages of the scripts that appear in the text */
    static Set<Language> of(String folded, Optional<Language> declared) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        declared.ifPresent(languages::add);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') {
                languages.addAll(latin(declared));
            } else if (c >= 0x0E00 && c <= 0x0E7F) {
                languages.add(Language.THAI);
            } else if (c >= 0x1000 && c <= 0x109F) {
                languages.add(Language.BURMESE);
            } else if (c >= 0x1780 && c <= 0x17FF) {
                languages.add(Language.KHMER);
            } else if (c >= 0x4E00 && c <= 0x9FFF) {
                languages.add(Language.CHINESE);
            }
        }
        languages.remove(Language.MALAY);
        if (declared.filter(l -> l == Language.MALAY).isPresent()) {
            languages.add(Language.INDONESIAN);
        }
        return languages;
    }
}
