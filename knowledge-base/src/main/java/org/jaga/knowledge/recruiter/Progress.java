package org.jaga.knowledge.recruiter;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shows how far an import has got: a redrawn bar when stderr is a terminal, else a plain line
 * every few seconds (for logs and CI).
 */
abstract class Progress {

    private static final long BAR_INTERVAL_NANOS = 100_000_000L;
    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

    final PrintStream out;
    private final long interval;
    private long lastShown;

    Progress(PrintStream out, long interval) {
        this.out = out;
        this.interval = interval;
    }

    /** @return a bar when stderr is a terminal, else periodic lines, both on stderr */
    static Progress onStderr() {
        return stderrIsTerminal() ? new Bar(System.err) : new Lines(System.err);
    }

    /** Reports that {@code done} of {@code total} bytes of {@code file} are read, in {@code rows} rows. */
    final void update(String file, long done, long total, long rows) {
        long now = System.nanoTime();
        if (now - lastShown >= interval) {
            lastShown = now;
            show(file, total == 0 ? 100 : (int) (100 * done / total), rows);
        }
    }

    final void finish(String file, long rows) {
        show(file, 100, rows);
        done();
    }

    abstract void show(String file, int percent, long rows);

    void done() {}

    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }

    private static final class Bar extends Progress {
        Bar(PrintStream out) {
            super(out, BAR_INTERVAL_NANOS);
        }

        @Override
        void show(String file, int percent, long rows) {
            int filled = percent * 30 / 100;
            out.printf("\r%s [%s%s] %3d%% %,d rows", file, "#".repeat(filled), ".".repeat(30 - filled), percent, rows);
            out.flush();
        }

        @Override
        void done() {
            out.println();
        }
    }

    private static final class Lines extends Progress {
        Lines(PrintStream out) {
            super(out, LINE_INTERVAL_NANOS);
        }

        @Override
        void show(String file, int percent, long rows) {
            out.printf("progress: %s %d%% (%,d rows)%n", file, percent, rows);
        }
    }
}
