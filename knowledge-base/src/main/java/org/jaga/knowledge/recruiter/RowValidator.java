package org.jaga.knowledge.recruiter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jaga.knowledge.identifier.IdentifierKind;
import org.jaga.knowledge.identifier.IdentifierNormalizer;

/**
 * Checks a row of a recruiter list and turns it into an entry: the kind and status must be
 * known, the value must normalise, there must be a source and a valid first-seen date. Dates
 * and source lists are shared between entries to keep a large index small. Not thread-safe.
 */
final class RowValidator {

    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<String, List<String>> sourceLists = new HashMap<>();

    RowResult validate(RecruiterRow row) {
        if (row.fields().length == 0) {
            return reject(row, "the row cannot be read: not a JSON object, or more cells than the header has");
        }
        Optional<IdentifierKind> kind = parseEnum(IdentifierKind.class, row.get("kind"));
        if (kind.isEmpty()) {
            return reject(row, "unknown kind (expected one of " + Arrays.toString(IdentifierKind.values()) + ")");
        }
        Optional<String> normalized = IdentifierNormalizer.normalize(kind.get(), row.get("value"));
        if (normalized.isEmpty()) {
            return reject(row, "value is not a valid " + kind.get());
        }
        Optional<RecruiterStatus> status =
                parseEnum(RecruiterStatus.class, row.get("status").replace("LICENSE", "LICENCE"));
        if (status.isEmpty()) {
            return reject(row, "unknown status (expected one of " + Arrays.toString(RecruiterStatus.values()) + ")");
        }
        if (row.get("source").isEmpty()) {
            return reject(row, "source is missing");
        }
        Optional<LocalDate> first = date(row.get("first_seen"));
        if (first.isEmpty()) {
            return reject(row, "first_seen is not a date (yyyy-mm-dd)");
        }
        Optional<LocalDate> last = row.get("last_seen").isEmpty() ? first : date(row.get("last_seen"));
        if (last.isEmpty()) {
            return reject(row, "last_seen is not a date (yyyy-mm-dd)");
        }
        if (last.get().isBefore(first.get())) {
            return reject(row, "last_seen is before first_seen");
        }
        String display = row.get("display_name").isEmpty() ? row.get("value") : row.get("display_name");
        RecruiterEntry entry = new RecruiterEntry(
                kind.get(),
                normalized.get(),
                display,
                status.get(),
                sources(row.get("source")),
                0,
                first.get(),
                last.get(),
                List.of());
        return new RowResult.Accepted(row.line(), entry, row);
    }

    private static RowResult reject(RecruiterRow row, String reason) {
        return new RowResult.Rejected(row.line(), reason);
    }

    private final Map<String, Optional<?>> enums = new HashMap<>();

    @SuppressWarnings("unchecked")
    private <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String text) {
        return (Optional<E>) enums.computeIfAbsent(type.getSimpleName() + ":" + text, k -> parse(type, text));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name))
                .findFirst();
    }

    private Optional<LocalDate> date(String text) {
        LocalDate cached = dates.get(text);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            LocalDate date = LocalDate.parse(text);
            dates.put(text, date);
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Several sources in one cell are separated by " | ". */
    private List<String> sources(String cell) {
        return sourceLists.computeIfAbsent(cell, c -> Arrays.stream(c.split("\\s+\\|\\s+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList());
    }
}
