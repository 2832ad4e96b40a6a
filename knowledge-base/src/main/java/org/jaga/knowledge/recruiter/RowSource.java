package org.jaga.knowledge.recruiter;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the rows of a recruiter list: CSV (RFC 4180, with a header naming the
 * {@link RecruiterRow#COLUMNS}, in any order) or JSON Lines (one object per line with those
 * keys). A line that is not JSON becomes a row that fails validation, so it is reported.
 */
final class RowSource {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String[] BROKEN = new String[0];

    enum Format {
        CSV,
        JSON_LINES;

        static Format of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json") ? JSON_LINES : CSV;
        }
    }

    private RowSource() {}

    /** Calls {@code sink} with every row; a row that cannot be parsed has no fields. */
    static void read(BufferedReader in, Format format, Consumer<RecruiterRow> sink) throws IOException {
        if (format == Format.CSV) {
            readCsv(in, sink);
        } else {
            readJsonLines(in, sink);
        }
    }

    private static void readCsv(BufferedReader in, Consumer<RecruiterRow> sink) throws IOException {
        CsvLines lines = new CsvLines(in);
        List<String> header = lines.next();
        if (header == null) {
            throw new InvalidRecruiterFile("the file is empty: expected a header " + RecruiterRow.COLUMNS);
        }
        int[] order = columnOrder(header);
        for (List<String> cells = lines.next(); cells != null; cells = lines.next()) {
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            String[] fields = new String[RecruiterRow.COLUMNS.size()];
            for (int i = 0; i < order.length; i++) {
                fields[i] = order[i] >= 0 && order[i] < cells.size() ? cells.get(order[i]) : "";
            }
            sink.accept(new RecruiterRow(lines.rowLine(), cells.size() > header.size() ? BROKEN : fields));
        }
    }

    private static int[] columnOrder(List<String> header) {
        List<String> names =
                header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int[] order = new int[RecruiterRow.COLUMNS.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = names.indexOf(RecruiterRow.COLUMNS.get(i));
        }
        for (String required : List.of("kind", "value", "status", "source", "first_seen")) {
            if (!names.contains(required)) {
                throw new InvalidRecruiterFile("the header lacks the column '" + required + "': expected "
                        + String.join(",", RecruiterRow.COLUMNS));
            }
        }
        return order;
    }

    private static void readJsonLines(BufferedReader in, Consumer<RecruiterRow> sink) throws IOException {
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                sink.accept(new RecruiterRow(lineNumber, jsonFields(line)));
            }
        }
    }

    private static String[] jsonFields(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (!node.isObject()) {
                return BROKEN;
            }
            String[] fields = new String[RecruiterRow.COLUMNS.size()];
            for (int i = 0; i < fields.length; i++) {
                JsonNode value = node.get(RecruiterRow.COLUMNS.get(i));
                fields[i] = value == null || value.isNull() ? "" : value.asString();
            }
            return fields;
        } catch (JacksonException e) {
            return BROKEN;
        }
    }

    /** Splits CSV text into rows of cells; a quoted cell may span lines. */
    private static final class CsvLines {
        private final BufferedReader in;
        private int line;
        private int rowLine;

        CsvLines(BufferedReader in) {
            this.in = in;
        }

        int rowLine() {
            return rowLine;
        }

        List<String> next() throws IOException {
            String text = in.readLine();
            if (text == null) {
                return null;
            }
            rowLine = ++line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i == text.length()) {
                    if (!quoted) {
                        break;
                    }
                    String more = in.readLine();
                    if (more == null) {
                        break;
                    }
                    line++;
                    cell.append('\n');
                    text = more;
                    i = 0;
                    continue;
                }
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
