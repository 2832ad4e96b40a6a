package org.jaga.hotline.console;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jaga.core.conversation.TranscriptEntry;
import org.jaga.hotline.desk.Desk;
import org.jaga.hotline.desk.Desks;
import org.jaga.hotline.queue.CaseFile;
import org.jaga.hotline.queue.CaseNote;
import org.jaga.hotline.queue.HotlineCase;

/**
 * How cases look in the API. The person's platform id (for WhatsApp, their phone number) is never
 * shown: responders reach them through the conversation.
 */
final class CaseJson {
    private final Desks desks;

    CaseJson(Desks desks) {
        this.desks = desks;
    }

    Map<String, Object> summary(HotlineCase c, Instant now) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("channel", c.chat().channel().key());
        json.put("level", c.level().name());
        json.put("language", c.language());
        json.put("desk", c.desk());
        json.put("deskName", desks.find(c.desk()).map(Desk::name).orElse(c.desk()));
        json.put("state", c.state().name());
        json.put("responder", c.responder());
        json.put("openedAt", c.openedAt().toString());
        json.put("waitingSince", c.waitingSince().toString());
        json.put(
                "waitingSeconds",
                Math.max(0, Duration.between(c.waitingSince(), now).toSeconds()));
        json.put("firstReplyAt", text(c.firstReplyAt()));
        json.put("closedAt", text(c.closedAt()));
        json.put("outcome", c.outcome() == null ? null : c.outcome().name());
        json.put("note", c.note());
        return json;
    }

    Map<String, Object> file(CaseFile file, Instant now) {
        Map<String, Object> json = summary(file.hotlineCase(), now);
        json.put("facts", new TreeMap<>(file.facts()));
        json.put("transcript", file.transcript().stream().map(CaseJson::line).toList());
        json.put("notes", file.notes().stream().map(CaseJson::note).toList());
        return json;
    }

    private static Map<String, Object> line(TranscriptEntry entry) {
        String from = entry.direction().name().substring("FROM_".length()).toLowerCase(Locale.ROOT);
        return Map.of("from", from, "text", entry.text(), "at", entry.at().toString());
    }

    private static Map<String, Object> note(CaseNote note) {
        return Map.of(
                "author", note.author(), "text", note.text(), "at", note.at().toString());
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
