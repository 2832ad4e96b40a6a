package org.jaga.knowledge.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jaga.knowledge.language.Language;

/**
 * What a text is made of before it is checked: whether it has letters at all, which supported
 * scripts occur, how much is in scripts Jaga does not read; and which lexicons to run.
 */
final class TextSurvey {
    static final int MAX_CHARS = 20_000;

    private final String checked;
    private final List<String> notes = new ArrayList<>();
    private final Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
    private int supportedLetters;
    private int otherLetters;

    private TextSurvey(String text) {
        this.checked = cap(text);
        count();
        describe(text.length());
    }

    static TextSurvey of(String text) {
        return new TextSurvey(text == null ? "" : text);
    }

    /** @return the part of the text that is checked: at most {@link #MAX_CHARS} characters */
    String checked() {
        return checked;
    }

    List<String> notes() {
        return notes;
    }

    /**
     * @return the languages whose lexicons to run: all when the language is unknown; else the
     *     language, English (mixed into most ads), its close neighbour (Malay/Indonesian) and
     *     every language whose own script occurs in the text
     */
    Set<Language> languages(Optional<Language> language) {
        if (language.isEmpty()) {
            return EnumSet.allOf(Language.class);
        }
        Set<Language> run = EnumSet.of(language.get(), Language.ENGLISH);
        if (language.get() == Language.MALAY || language.get() == Language.INDONESIAN) {
            run.addAll(EnumSet.of(Language.MALAY, Language.INDONESIAN));
        }
        addIfScript(run, Character.UnicodeScript.THAI, Language.THAI);
        addIfScript(run, Character.UnicodeScript.KHMER, Language.KHMER);
        addIfScript(run, Character.UnicodeScript.MYANMAR, Language.BURMESE);
        addIfScript(run, Character.UnicodeScript.HAN, Language.CHINESE);
        return run;
    }

    private void addIfScript(Set<Language> run, Character.UnicodeScript script, Language language) {
        if (scripts.contains(script)) {
            run.add(language);
        }
    }

    private static String cap(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end);
    }

    private void count() {
        checked.codePoints().filter(Character::isLetter).forEach(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            scripts.add(script);
            switch (script) {
                case LATIN, THAI, KHMER, MYANMAR, HAN -> supportedLetters++;
                default -> otherLetters++;
            }
        });
    }

    private void describe(int length) {
        if (checked.isBlank()) {
            notes.add("The text is empty.");
        } else if (supportedLetters + otherLetters == 0) {
            notes.add("The text has no words, only emoji, symbols, digits or unreadable characters.");
        } else if (otherLetters > supportedLetters) {
            notes.add("Most of the text is in a script Jaga does not read; only place names and numbers were checked.");
        }
        if (length > checked.length()) {
            notes.add("Only the first " + MAX_CHARS + " characters of " + length + " were checked.");
        }
    }
}
