package org.jaga.knowledge.recruiter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jaga.knowledge.identifier.IdentifierKind;

/**
 * What the knowledge base holds about one recruiter identifier.
 *
 * @param kind the identifier's kind
 * @param normalized the identifier's canonical form, see {@code IdentifierNormalizer}
 * @param displayName how to show it (the name or number as a source wrote it)
 * @param status what is known about it
 * @param sources public sources (URLs) or report references, at least one
 * @param reports how many user reports it has
 * @param firstSeen when it was first listed or reported
 * @param lastSeen when it was last listed or reported, not before {@code firstSeen}
 * @param disputes notes from people disputing the entry, oldest first
 */
public record RecruiterEntry(
        IdentifierKind kind,
        String normalized,
        String displayName,
        RecruiterStatus status,
        List<String> sources,
        int reports,
        LocalDate firstSeen,
        LocalDate lastSeen,
        List<String> disputes) {

    public RecruiterEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        requireText(normalized, "normalized");
        requireText(displayName, "displayName");
        sources = List.copyOf(sources);
        disputes = List.copyOf(disputes);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an entry needs at least one source");
        }
        if (reports < 0) {
            throw new IllegalArgumentException("reports must not be negative");
        }
        if (lastSeen.isBefore(firstSeen)) {
            throw new IllegalArgumentException("lastSeen " + lastSeen + " is before firstSeen " + firstSeen);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** @return this entry with one more report, seen on {@code date}, citing {@code source} */
    public RecruiterEntry withReport(LocalDate date, String source) {
        return new RecruiterEntry(
                kind,
                normalized,
                displayName,
                status,
                union(sources, List.of(source)),
                reports + 1,
                min(firstSeen, date),
                max(lastSeen, date),
                disputes);
    }

    /** @return this entry with {@code note} added to its disputes */
    public RecruiterEntry withDispute(String note) {
        requireText(note, "note");
        List<String> all = new ArrayList<>(disputes);
        all.add(note.strip());
        return new RecruiterEntry(kind, normalized, displayName, status, sources, reports, firstSeen, lastSeen, all);
    }

    /** @return this entry with {@code status}, as a moderator confirmed or corrected it */
    public RecruiterEntry withStatus(RecruiterStatus newStatus) {
        return new RecruiterEntry(
                kind, normalized, displayName, newStatus, sources, reports, firstSeen, lastSeen, disputes);
    }

    /**
     * Combines two entries for the same identifier from different lists: sources and disputes are
     * joined, reports added, the dates widened, and the stronger status kept.
     */
    public RecruiterEntry mergedWith(RecruiterEntry other) {
        if (kind != other.kind || !normalized.equals(other.normalized)) {
            throw new IllegalArgumentException("cannot merge entries of different identifiers");
        }
        RecruiterStatus stronger = status.compareTo(other.status) <= 0 ? status : other.status;
        return new RecruiterEntry(
                kind,
                normalized,
                displayName,
                stronger,
                union(sources, other.sources),
                reports + other.reports,
                min(firstSeen, other.firstSeen),
                max(lastSeen, other.lastSeen),
                union(disputes, other.disputes));
    }

    private static List<String> union(List<String> a, List<String> b) {
        if (a.containsAll(b)) {
            return a;
        }
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
