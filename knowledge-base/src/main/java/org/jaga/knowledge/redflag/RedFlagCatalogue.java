package org.jaga.knowledge.redflag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The red flags Jaga knows, read once from {@code catalogue.tsv}; immutable and thread-safe. */
public final class RedFlagCatalogue {
    private final Map<String, RedFlag> flags;

    private RedFlagCatalogue(Map<String, RedFlag> flags) {
        this.flags = Collections.unmodifiableMap(flags);
    }

    /** @return the catalogue shipped with Jaga */
    public static RedFlagCatalogue load() {
        Map<String, RedFlag> flags = new LinkedHashMap<>();
        InputStream in = RedFlagCatalogue.class.getResourceAsStream("catalogue.tsv");
        if (in == null) {
            throw new IllegalStateException("missing red flag catalogue.tsv");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(line -> {
                        RedFlag flag = parse(line);
                        flags.put(flag.code(), flag);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RedFlagCatalogue(flags);
    }

    private static RedFlag parse(String line) {
        String[] f = line.split("\t");
        if (f.length != 5) {
            throw new IllegalStateException("catalogue line needs 5 tab-separated fields: " + line);
        }
        return new RedFlag(
                f[0],
                FlagGroup.valueOf(f[1]),
                Integer.parseInt(f[2]),
                RiskDimension.valueOf(f[3]),
                Boolean.parseBoolean(f[4]));
    }

    /** @return every red flag, in catalogue order */
    public Collection<RedFlag> flags() {
        return flags.values();
    }

    /** @return the flag with this code; empty when the catalogue has none */
    public Optional<RedFlag> flag(String code) {
        return Optional.ofNullable(flags.get(code));
    }
}
