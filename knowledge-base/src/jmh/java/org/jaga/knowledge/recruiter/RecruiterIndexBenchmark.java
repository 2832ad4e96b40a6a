package org.jaga.knowledge.recruiter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jaga.knowledge.identifier.IdentifierKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The recruiter knowledge base at one million generated identifiers (60% phones, 20% company
 * names, 10% Telegram handles, 10% domains), in a 600 MB heap: loading the data file, an exact
 * look-up, and a fuzzy company-name look-up.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx600m", "-Xms600m"})
public class RecruiterIndexBenchmark {

    static final int ENTRIES = 1_000_000;
    private static final String[] SYLLABLES = {
        "hong", "tai", "maju", "jaya", "sun", "rise", "golden", "star", "lucky", "dragon", "phoenix", "asia", "global",
        "union", "prime", "thai", "siam", "mekong", "pacific", "royal", "bright", "future", "ocean", "harmony", "wealth"
    };

    private Path file;
    private RecruiterIndex index;
    private List<String> phones;
    private List<String> names;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("recruiters-", ".csv");
        generate(file);
        index = new RecruiterIndex();
        RecruiterFiles.loadFile(file, index);
        Random random = new Random(7);
        phones = random.ints(1024, 0, ENTRIES).mapToObj(RecruiterIndexBenchmark::phone).toList();
        names = random.ints(1024, 0, ENTRIES).mapToObj(i -> misspelt(company(i), random)).toList();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Loads one million rows from CSV into a new index (single shot: the time of one load). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RecruiterIndex loadMillion() {
        index = null; // let the trial's index go, so two never share the 600 MB heap
        RecruiterIndex fresh = new RecruiterIndex();
        RecruiterFiles.loadFile(file, fresh);
        index = fresh;
        return fresh;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object exactLookup() {
        return index.exact(IdentifierKind.PHONE, phones.get(next++ & 1023));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object fuzzyNameLookup() {
        return index.fuzzyName(names.get(next++ & 1023), 10);
    }

    static void generate(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(String.join(",", RecruiterRow.COLUMNS));
            out.newLine();
            for (int i = 0; i < ENTRIES; i++) {
                out.write(row(i));
                out.newLine();
            }
        }
    }

    private static String row(int i) {
        int slot = i % 10;
        String kindAndValue = slot < 6 ? "PHONE," + phone(i) + ","
                : slot < 8 ? "COMPANY,\"" + company(i) + "\","
                : slot == 8 ? "TELEGRAM,recruiter_" + i + "," : "DOMAIN,jobs-" + i + ".example.com,";
        String source = "https://example.org/list-" + (i % 50);
        return kindAndValue + ",KNOWN_SCAM," + source + ",2024-0" + (1 + i % 9) + "-1" + (i % 10) + ",,";
    }

    static String phone(int i) {
        int slot = i - i % 10 + Math.min(i % 10, 5);
        return "+668" + String.format("%08d", slot);
    }

    static String company(int i) {
        int slot = i - i % 10 + 6 + (i % 10 >= 6 && i % 10 < 8 ? i % 10 - 6 : 0);
        StringBuilder name = new StringBuilder();
        int n = slot;
        for (int w = 0; w < 3; w++) {
            name.append(Character.toUpperCase(SYLLABLES[n % SYLLABLES.length].charAt(0)))
                    .append(SYLLABLES[n % SYLLABLES.length].substring(1));
            n /= SYLLABLES.length;
            name.append(w == 0 ? "" : " ");
        }
        return name.append(slot).append(" Co., Ltd").toString();
    }

    private static String misspelt(String name, Random random) {
        int at = 1 + random.nextInt(name.length() - 10);
        return name.substring(0, at) + name.substring(at + 1);
    }
}
