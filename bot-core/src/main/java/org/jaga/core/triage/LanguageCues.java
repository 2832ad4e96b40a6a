package org.jaga.core.triage;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The cues of one language and the words that qualify them.
 *
 * @param negation negators that cancel a negatable cue right before it in its clause
 * @param hypothetical question or hypothetical markers that cancel cues in their sentence ("what
 *     if", "do they", "ไหม", "吗"), except pleas, "cannot talk", relatives and places
 * @param conditional markers ("if", "will") that cancel cues only in a sentence that is a question
 *     and never cancel violence ("if they find out they will beat me" is a threat)
 * @param reporting words that mark a report about others: a news item, a press release, an NGO's
 *     account ("news", "reported", "according to"); with one more marker of news the message is
 *     read as a report
 */
record LanguageCues(List<Cue> cues, Pattern negation, Pattern hypothetical, Pattern conditional, Pattern reporting) {
    private static final Pattern NOTHING = Pattern.compile("(?!)");

    LanguageCues {
        cues = List.copyOf(cues);
    }

    LanguageCues(List<Cue> cues, Pattern negation, Pattern hypothetical, Pattern conditional) {
        this(cues, negation, hypothetical, conditional, NOTHING);
    }

    static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    static Pattern anywhere(String alternatives) {
        return Pattern.compile(alternatives);
    }
}
