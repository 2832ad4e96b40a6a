package org.jaga.hotline.queue;

import java.util.List;
import java.util.Map;
import org.jaga.core.Require;
import org.jaga.core.conversation.TranscriptEntry;

/** Everything a responder sees of a case: the case, what the bot gathered, the transcript, the notes. */
public record CaseFile(
        HotlineCase hotlineCase, Map<String, String> facts, List<TranscriptEntry> transcript, List<CaseNote> notes) {
    public CaseFile {
        Require.present(hotlineCase, "hotlineCase");
        facts = Map.copyOf(facts == null ? Map.of() : facts);
        transcript = List.copyOf(transcript == null ? List.of() : transcript);
        notes = List.copyOf(notes == null ? List.of() : notes);
    }
}
