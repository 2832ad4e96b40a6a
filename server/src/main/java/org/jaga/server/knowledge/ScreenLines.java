package org.jaga.server.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jaga.knowledge.check.CheckResult;
import org.jaga.knowledge.check.OfferCheck;
import org.jaga.knowledge.language.Language;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screens job ads one JSON line at a time, in order, as they stream in: {@code {"id", "text",
 * "lang"?}} → {@code {"id", "line", "verdict", "score", "language", "redFlags": [codes],
 * "identifiers": [...]}}, or {@code {"line", "error"}} for a line it cannot read. A bad line never
 * stops the stream.
 */
final class ScreenLines {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final OfferCheck check;

    ScreenLines(OfferCheck check) {
        this.check = check;
    }

    Flux<String> screen(Flux<String> lines, Scheduler compute) {
        AtomicLong number = new AtomicLong();
        return lines.map(line -> new Numbered(number.incrementAndGet(), line))
                .filter(numbered -> !numbered.line().isBlank())
                .publishOn(compute)
                .map(this::screenOne)
                .map(result -> JSON.writeValueAsString(result) + "\n");
    }

    private Map<String, Object> screenOne(Numbered numbered) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            JsonNode ad = JSON.readTree(numbered.line());
            JsonNode text = ad.get("text");
            if (text == null || !text.isString() || text.asString().isBlank()) {
                return error(numbered, "each line needs a non-empty \"text\"");
            }
            if (text.asString().length() > CheckApi.MAX_TEXT) {
                return error(numbered, "text must be at most " + CheckApi.MAX_TEXT + " characters");
            }
            Optional<Language> language = Optional.ofNullable(ad.get("lang"))
                    .filter(JsonNode::isString)
                    .flatMap(lang -> Language.fromTag(lang.asString()));
            CheckResult result = check.check(text.asString(), language);
            Optional.ofNullable(ad.get("id")).ifPresent(id -> out.put("id", id));
            out.put("line", numbered.number());
            out.put("verdict", result.verdict().name());
            out.put("score", result.score());
            out.put("language", result.language().tag());
            out.put("redFlags", result.redFlags().stream().map(f -> f.code()).toList());
            out.put(
                    "identifiers",
                    result.identifiers().stream()
                            .map(CheckApi.IdentifierView::of)
                            .toList());
            return out;
        } catch (RuntimeException unreadable) {
            return error(numbered, "the line is not a JSON object");
        }
    }

    private static Map<String, Object> error(Numbered numbered, String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", numbered.number());
        out.put("error", message);
        return out;
    }

    private record Numbered(long number, String line) {}
}
