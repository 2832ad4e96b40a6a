package org.jaga.core.dialogue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jaga.knowledge.language.Language;

/**
 * A rule-based reading of what a person wants, from lexicons in every language. Distress is not
 * among its answers: the distress detector reads every message first.
 */
public final class IntentClassifier {
    /** Distress is not read here: the {@code DistressDetector} decides it, before any of these. */
    private static final List<Intent> PRIORITY = List.of(
            Intent.FORGET_ME,
            Intent.REPORT,
            Intent.CHECK_IN,
            Intent.VERIFY_RECRUITER,
            Intent.CHECK_OFFER,
            Intent.ASK_QUESTION,
            Intent.MENU);

    private static final int OFFER_LENGTH = 120;
    private static final int READ_AT_MOST = 4_000;
    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?:[+(]?\\d[\\d ().-]{6,}\\d|@[A-Za-z0-9_]{4,}|(?:https?://)?[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}(?:/\\S*)?)");

    private final Map<Language, Map<Intent, Lexicon>> intents = new EnumMap<>(Language.class);
    private final Map<Language, Map<Answer, Lexicon>> answers = new EnumMap<>(Language.class);

    public IntentClassifier() {
        for (Language language : Language.values()) {
            Map<Intent, Lexicon> byIntent = new EnumMap<>(Intent.class);
            for (Intent intent : Intent.values()) {
                byIntent.put(intent, Lexicon.load(language, intent.name()));
            }
            intents.put(language, byIntent);
            Map<Answer, Lexicon> byAnswer = new EnumMap<>(Answer.class);
            for (Answer answer : Answer.values()) {
                byAnswer.put(answer, Lexicon.load(language, answer.name()));
            }
            answers.put(language, byAnswer);
        }
    }

    /**
     * Reads the text in its language and in English, which people mix in freely.
     *
     * @return empty when nothing in the text says what the person wants
     */
    public Optional<Intent> classify(String text, Language language) {
        String normal = Lexicon.normalize(text.length() > READ_AT_MOST ? text.substring(0, READ_AT_MOST) : text);
        if (normal.isEmpty()) {
            return Optional.empty();
        }
        for (Intent intent : PRIORITY) {
            if (intents.get(language).get(intent).matches(normal)
                    || intents.get(Language.ENGLISH).get(intent).matches(normal)) {
                return Optional.of(intent);
            }
        }
        return fromShape(text.strip());
    }

    /** @return the yes or no the text says, when it is short enough to be one */
    public Optional<Answer> answer(String text, Language language) {
        String normal = Lexicon.normalize(text);
        if (normal.isEmpty() || normal.length() > 40) {
            return Optional.empty();
        }
        for (Answer answer : Answer.values()) {
            if (answers.get(language).get(answer).matches(normal)
                    || answers.get(Language.ENGLISH).get(answer).matches(normal)) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }

    /** @return true when the text holds something that looks like a phone number, handle, address or link */
    public static boolean mentionsIdentifier(String text) {
        return IDENTIFIER.matcher(text).find();
    }

    private static Optional<Intent> fromShape(String text) {
        if (IDENTIFIER.matcher(text).matches()) {
            return Optional.of(Intent.VERIFY_RECRUITER);
        }
        if (text.length() >= OFFER_LENGTH) {
            return Optional.of(Intent.CHECK_OFFER);
        }
        if (text.endsWith("?") || text.endsWith("？")) {
            return Optional.of(Intent.ASK_QUESTION);
        }
        return Optional.empty();
    }
}
