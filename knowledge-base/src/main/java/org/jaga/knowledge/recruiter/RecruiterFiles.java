package org.jaga.knowledge.recruiter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads recruiter lists into a {@link RecruiterIndex}: the CSV files shipped with Jaga (under
 * {@code org/jaga/knowledge/data/recruiters/}) and every CSV in a data folder, such as the one
 * {@link RecruiterImport} writes to. Entries for the same identifier in several files are merged.
 * Bad rows are skipped and listed in the report, never silently.
 */
public final class RecruiterFiles {

    /** Where the shipped lists are on the class path. */
    public static final String BUNDLED = "/org/jaga/knowledge/data/recruiters/";

    private RecruiterFiles() {}

    /** Loads every shipped list. */
    public static LoadReport loadBundled(RecruiterIndex index) {
        URL folder = RecruiterFiles.class.getResource(BUNDLED);
        if (folder == null) {
            return new LoadReport(0, List.of());
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                return loadDirectory(jarFileSystem(uri).provider().getPath(uri), index);
            }
            return loadDirectory(Path.of(uri), index);
        } catch (URISyntaxException e) {
            throw new InvalidRecruiterFile("cannot locate the shipped recruiter lists", e);
        }
    }

    /** Loads every {@code *.csv} file in {@code folder}, in name order. */
    public static LoadReport loadDirectory(Path folder, RecruiterIndex index) {
        LoadReport report = new LoadReport(0, List.of());
        for (Path file : csvFiles(folder)) {
            report = report.plus(loadFile(file, index));
        }
        return report;
    }

    /** Loads one CSV or JSON Lines file. */
    public static LoadReport loadFile(Path file, RecruiterIndex index) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(in, file.getFileName().toString(), RowSource.Format.of(file.toString()), index);
        } catch (IOException e) {
            throw new InvalidRecruiterFile("cannot read " + file, e);
        }
    }

    static LoadReport load(BufferedReader in, String name, RowSource.Format format, RecruiterIndex index)
            throws IOException {
        RowValidator validator = new RowValidator();
        int[] accepted = new int[1];
        List<String> rejected = new ArrayList<>();
        RowSource.read(in, format, row -> {
            RowResult result = validator.validate(row);
            if (result instanceof RowResult.Accepted ok) {
                index.merge(ok.entry());
                accepted[0]++;
            } else if (result instanceof RowResult.Rejected bad) {
                rejected.add(name + ":" + bad.line() + ": " + bad.reason());
            }
        });
        return new LoadReport(accepted[0], rejected);
    }

    static List<Path> csvFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
