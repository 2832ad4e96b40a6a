package org.jaga.knowledge.recruiter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jaga.knowledge.identifier.IdentifierKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecruiterImportTest {

    private static final String HEADER = "kind,value,display_name,status,source,first_seen,last_seen,notes\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        Progress lines = new Progress(new PrintStream(stderr, true, StandardCharsets.UTF_8), 0) {
            @Override
            void show(String file, int percent, long rows) {
                out.println("progress " + file + " " + percent);
            }
        };
        return RecruiterImport.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8), lines);
    }

    private String output() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesGoodRowsAndReportsBadAndDuplicateRowsByLine() throws IOException {
        Path csv = dir.resolve("in.csv");
        Files.writeString(
                csv,
                HEADER
                        + "PHONE,+66 81 234 5678,,KNOWN_SCAM,https://example.org/a,2024-01-02,2024-02-01,\n"
                        + "COMPANY,\"Hong Tai Co., Ltd\",,known scam,https://example.org/b,2024-01-02,,\"said \"\"hi\"\"\"\n"
                        + "FAX,123,,KNOWN_SCAM,https://example.org/c,2024-01-02,,\n"
                        + "PHONE,not a number,,KNOWN_SCAM,https://example.org/d,2024-01-02,,\n"
                        + "PHONE,+66812345678,,WHATEVER,https://example.org/e,2024-01-02,,\n"
                        + "PHONE,+66812345679,,KNOWN_SCAM,https://example.org/f,2024-13-02,,\n"
                        + "PHONE,+66812345678,,KNOWN_SCAM,https://example.org/g,2024-01-02,,\n");
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(
                jsonl,
                "{\"kind\":\"telegram\",\"value\":\"@HongTai_HR\",\"status\":\"REPORTED_UNVERIFIED\","
                        + "\"source\":\"report:1\",\"first_seen\":\"2024-03-01\"}\n{not json\n"
                        + "{\"kind\":\"company\",\"value\":\"HONGTAI\",\"status\":\"KNOWN_SCAM\",\"source\":\"x\","
                        + "\"first_seen\":\"2024-03-01\"}\n");
        Path out = dir.resolve("data").resolve("imported.csv");

        int status = run("--out", out.toString(), csv.toString(), jsonl.toString());

        assertThat(status).isEqualTo(RecruiterImport.ROWS_REJECTED);
        assertThat(output())
                .contains("accepted: 3", "rejected: 5", "duplicates: 2")
                .contains(
                        "in.csv:4: unknown kind",
                        "in.csv:5: value is not a valid PHONE",
                        "in.csv:6: unknown status",
                        "in.csv:7: first_seen is not a date",
                        "in.jsonl:2: the row cannot be read")
                .contains(
                        "in.csv:8: PHONE +66812345678 repeats in.csv:2",
                        "in.jsonl:3: COMPANY hongtai repeats in.csv:3");
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("progress in.csv 100");

        RecruiterIndex index = new RecruiterIndex();
        LoadReport loaded = RecruiterFiles.loadDirectory(out.getParent(), index);
        assertThat(loaded.accepted()).isEqualTo(3);
        assertThat(loaded.rejected()).isEmpty();
        assertThat(index.exact(IdentifierKind.PHONE, "+66812345678")).isPresent();
        assertThat(index.exact(IdentifierKind.TELEGRAM, "hongtai_hr")).isPresent();
        assertThat(index.fuzzyName("Hong Tai", 1)).isNotEmpty();
    }

    @Test
    void acceptsAllGoodRowsWithExitZero() throws IOException {
        Path csv = dir.resolve("good.csv");
        Files.writeString(csv, HEADER + "EMAIL,HR@Example.COM,,KNOWN_SCAM,https://example.org/a,2024-01-02,,\n");
        assertThat(run("--out", dir.resolve("data").toString(), csv.toString())).isEqualTo(RecruiterImport.OK);
        assertThat(output()).contains("accepted: 1", "rejected: 0", "duplicates: 0");
    }

    @Test
    void refusesFilesWithoutTheHeaderAndWritesNothing() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "a,b,c\n1,2,3\n");
        Path out = dir.resolve("out.csv");
        assertThat(run("--out", out.toString(), csv.toString())).isEqualTo(RecruiterImport.INVALID);
        assertThat(output()).contains("lacks the column 'kind'");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesMissingInputFiles() {
        assertThat(run("--out", dir.toString(), dir.resolve("missing.csv").toString()))
                .isEqualTo(RecruiterImport.INVALID);
    }
}
