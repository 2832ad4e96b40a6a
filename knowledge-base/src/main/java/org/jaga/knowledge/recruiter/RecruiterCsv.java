package org.jaga.knowledge.recruiter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Writes recruiter rows as a data file in the format {@link RecruiterFiles} loads. */
final class RecruiterCsv {

    private RecruiterCsv() {}

    /** Writes {@code rows} to a new file; fails if {@code file} exists. */
    static void write(Path file, List<RecruiterRow> rows) throws IOException {
        try (BufferedWriter out =
                Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            out.write(String.join(",", RecruiterRow.COLUMNS));
            out.newLine();
            for (RecruiterRow row : rows) {
                out.write(line(row));
                out.newLine();
            }
        }
    }

    private static String line(RecruiterRow row) {
        StringBuilder line = new StringBuilder();
        for (String column : RecruiterRow.COLUMNS) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(quote(row.get(column)));
        }
        return line.toString();
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
