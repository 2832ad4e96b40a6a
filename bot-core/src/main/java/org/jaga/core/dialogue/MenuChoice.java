package org.jaga.core.dialogue;

import java.util.List;
import java.util.Optional;

/** The numbered menu: a person may answer "3" (in any script's digits) instead of tapping. */
public final class MenuChoice {
    /** The menu, in order: the number a person types is the position plus one. */
    public static final List<Intent> ORDER = List.of(
            Intent.CHECK_OFFER,
            Intent.VERIFY_RECRUITER,
            Intent.ASK_QUESTION,
            Intent.DISTRESS,
            Intent.CHECK_IN,
            Intent.REPORT,
            Intent.FORGET_ME);

    private MenuChoice() {}

    /** @return the intent when the whole text is one menu number, such as "2", "๒", "၂", "២" or "２." */
    public static Optional<Intent> read(String text) {
        String stripped = text.strip();
        if (stripped.endsWith(".") || stripped.endsWith(")")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        if (stripped.codePointCount(0, stripped.length()) != 1) {
            return Optional.empty();
        }
        int digit = Character.digit(stripped.codePointAt(0), 10);
        return digit >= 1 && digit <= ORDER.size() ? Optional.of(ORDER.get(digit - 1)) : Optional.empty();
    }

    /** @return the label key of the intent in the menu bundle */
    public static String labelKey(Intent intent) {
        return switch (intent) {
            case CHECK_OFFER -> "menu.check";
            case VERIFY_RECRUITER -> "menu.verify";
            case ASK_QUESTION -> "menu.ask";
            case DISTRESS -> "menu.help";
            case CHECK_IN -> "menu.checkin";
            case REPORT -> "menu.report";
            case FORGET_ME -> "menu.forget";
            case MENU -> "button.menu";
            case WIPE -> "button.wipe";
        };
    }
}
