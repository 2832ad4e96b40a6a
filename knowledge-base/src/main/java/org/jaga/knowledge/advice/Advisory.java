package org.jaga.knowledge.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jaga.knowledge.language.Language;

/** One vetted advisory in one language, as read from its file. */
record Advisory(
        String id, Language language, List<String> questions, String answer, List<String> sources, LocalDate reviewed) {

    Advisory {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(reviewed, "reviewed");
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new InvalidAdvisoryFile("advisory id must be lower-case words joined by '-': " + id);
        }
        if (questions == null || questions.isEmpty() || questions.stream().anyMatch(String::isBlank)) {
            throw new InvalidAdvisoryFile(id + " (" + language.tag() + "): needs at least one question");
        }
        if (answer == null || answer.isBlank()) {
            throw new InvalidAdvisoryFile(id + " (" + language.tag() + "): needs an answer");
        }
        if (sources == null || sources.isEmpty() || sources.stream().anyMatch(s -> !s.startsWith("https://"))) {
            throw new InvalidAdvisoryFile(id + " (" + language.tag() + "): needs https:// sources");
        }
        questions = List.copyOf(questions);
        sources = List.copyOf(sources);
    }

    AdvisoryMatch match(double score) {
        return new AdvisoryMatch(id, language, questions.get(0), answer, sources, score);
    }
}
