package org.jaga.knowledge.recruiter;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One import: validates the rows of several files, keeps the first row for each identifier and
 * reports later ones as duplicates, and collects everything a summary needs.
 */
final class ImportRun {

    private final RowValidator validator = new RowValidator();
    private final Map<String, String> firstSeenAt = new HashMap<>();
    private final List<RecruiterRow> accepted = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();
    private final List<String> duplicates = new ArrayList<>();
    private final Progress progress;

    ImportRun(Progress progress) {
        this.progress = progress;
    }

    /** Marks the identifiers already in {@code folder}'s CSV files, so rows repeating them count as duplicates. */
    void knowExisting(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        for (Path file : RecruiterFiles.csvFiles(folder)) {
            read(file, false);
        }
    }

    /** Reads and checks one input file. */
    void add(Path file) {
        read(file, true);
    }

    private void read(Path file, boolean collect) {
        String name = file.getFileName().toString();
        long total = size(file);
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
                BufferedReader in = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8))) {
            long[] rows = new long[1];
            RowSource.read(in, RowSource.Format.of(name), row -> {
                rows[0]++;
                take(name, validator.validate(row), collect);
                if (collect) {
                    progress.update(name, counted.count, total, rows[0]);
                }
            });
            if (collect) {
                progress.finish(name, rows[0]);
            }
        } catch (IOException e) {
            throw new InvalidRecruiterFile("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void take(String file, RowResult result, boolean collect) {
        if (result instanceof RowResult.Rejected bad) {
            if (collect) {
                rejected.add(file + ":" + bad.line() + ": " + bad.reason());
            }
            return;
        }
        RowResult.Accepted ok = (RowResult.Accepted) result;
        String key = ok.entry().kind() + " " + ok.entry().normalized();
        String at = file + ":" + ok.line();
        String earlier = firstSeenAt.putIfAbsent(key, at);
        if (earlier != null) {
            if (collect) {
                duplicates.add(at + ": " + key + " repeats " + earlier);
            }
        } else if (collect) {
            accepted.add(ok.row());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new InvalidRecruiterFile("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    List<RecruiterRow> accepted() {
        return accepted;
    }

    List<String> rejected() {
        return rejected;
    }

    List<String> duplicates() {
        return duplicates;
    }

    /** Counts the bytes read, for the progress display. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(0, n);
            return n;
        }
    }
}
