package org.jaga.knowledge.recruiter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports recruiter lists (CSV or JSON Lines with the columns of {@link RecruiterRow#COLUMNS})
 * into a new CSV data file the server loads at start.
 *
 * <pre>
 * java org.jaga.knowledge.recruiter.RecruiterImport --out DATA_DIR|FILE.csv INPUT...
 * </pre>
 *
 * Every row is validated; the summary on stdout lists accepted rows, each rejected row with its
 * line and reason, and each duplicate (same kind and normalized value as an earlier row, or as a
 * row already in the data folder). Exit status: 0 when every row was accepted or a duplicate,
 * 1 when some rows were rejected (the others are still written), 2 when an input file cannot be
 * read or the arguments are wrong (nothing is written).
 */
public final class RecruiterImport {

    static final int OK = 0;
    static final int ROWS_REJECTED = 1;
    static final int INVALID = 2;

    private RecruiterImport() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, Progress.onStderr()));
    }

    static int run(String[] args, PrintStream out, Progress progress) {
        List<Path> inputs = new ArrayList<>();
        Path target = null;
        for (int i = 0; i < args.length; i++) {
            if ("--out".equals(args[i]) && i + 1 < args.length) {
                target = Path.of(args[++i]);
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        if (target == null || inputs.isEmpty()) {
            out.println("usage: RecruiterImport --out DATA_DIR|FILE.csv INPUT.csv|INPUT.jsonl...");
            return INVALID;
        }
        try {
            return importInto(target, inputs, out, progress);
        } catch (InvalidRecruiterFile | IOException e) {
            out.println("invalid: " + e.getMessage());
            return INVALID;
        }
    }

    private static int importInto(Path target, List<Path> inputs, PrintStream out, Progress progress)
            throws IOException {
        Path file = outputFile(target);
        ImportRun run = new ImportRun(progress);
        run.knowExisting(file.getParent() == null ? Path.of(".") : file.getParent());
        for (Path input : inputs) {
            run.add(input);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        RecruiterCsv.write(file, run.accepted());
        summarize(run, file, out);
        return run.rejected().isEmpty() ? OK : ROWS_REJECTED;
    }

    private static Path outputFile(Path target) {
        if (target.toString().endsWith(".csv")) {
            if (Files.exists(target)) {
                throw new InvalidRecruiterFile(target + " exists; imports always write a new file");
            }
            return target;
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return target.resolve("import-" + stamp + ".csv");
    }

    private static void summarize(ImportRun run, Path file, PrintStream out) {
        out.println("accepted: " + run.accepted().size());
        out.println("rejected: " + run.rejected().size());
        run.rejected().forEach(r -> out.println("  " + r));
        out.println("duplicates: " + run.duplicates().size());
        run.duplicates().forEach(d -> out.println("  " + d));
        out.println("written: " + file + " (" + run.accepted().size() + " rows)");
    }
}
