package org.jaga.knowledge.language;

import java.util.Optional;

/** Placeholder until the word-list detector lands: recognises the four non-Latin scripts only. */
public final class LanguageDetector {

    /** @return empty when the text has too little language in it to tell */
    public Optional<Language> detect(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int[] counts = new int[4];
        text.codePoints().forEach(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case THAI -> counts[0]++;
                case MYANMAR -> counts[1]++;
                case KHMER -> counts[2]++;
                case HAN -> counts[3]++;
                default -> {}
            }
        });
        Language[] languages = {Language.THAI, Language.BURMESE, Language.KHMER, Language.CHINESE};
        int best = 0;
        for (int i = 1; i < 4; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return counts[best] > 0 ? Optional.of(languages[best]) : Optional.empty();
    }
}
