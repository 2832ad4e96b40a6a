package org.jaga.server.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts a headless Chromium for browser tests: the one at {@code JAGA_TEST_CHROMIUM}, else the
 * first Chromium or Chrome on the PATH (CI installs Debian's), else the browser Playwright
 * downloads for itself.
 */
public final class Browsers {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private Browsers() {}

    /** @return Playwright, told not to download a browser when one is installed */
    public static Playwright playwright() {
        Map<String, String> env = new HashMap<>(System.getenv());
        if (installed().isPresent()) {
            env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        }
        return Playwright.create(new Playwright.CreateOptions().setEnv(env));
    }

    public static Browser chromium(Playwright playwright) {
        BrowserType.LaunchOptions options =
                new BrowserType.LaunchOptions().setHeadless(true).setArgs(FLAGS);
        installed().ifPresent(options::setExecutablePath);
        return playwright.chromium().launch(options);
    }

    private static Optional<Path> installed() {
        String configured = System.getenv("JAGA_TEST_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
