package org.jaga.knowledge.recruiter;

import java.util.List;
import java.util.Objects;

/**
 * One row of a recruiter list as read, before validation.
 *
 * @param line the line number in the file where the row starts (1 is the first line)
 * @param fields the values in {@link #COLUMNS} order, empty strings for missing ones
 */
record RecruiterRow(int line, String[] fields) {

    /** The columns of a recruiter data file, in order. */
    static final List<String> COLUMNS =
            List.of("kind", "value", "display_name", "status", "source", "first_seen", "last_seen", "notes");

    RecruiterRow {
        Objects.requireNonNull(fields, "fields");
    }

    String get(String column) {
        int i = COLUMNS.indexOf(column);
        return i < fields.length && fields[i] != null ? fields[i].strip() : "";
    }
}
