package org.jaga.knowledge.recruiter;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jaga.knowledge.identifier.CompanyNames;
import org.jaga.knowledge.identifier.IdentifierKind;

/**
 * The recruiter knowledge base in memory: exact look-up by kind and normalized value, fuzzy
 * look-up of company names. Reads run concurrently with each other and with changes; changes
 * ({@link #upsert}, {@link #report}, {@link #dispute}) are atomic per identifier.
 */
public final class RecruiterIndex {

    /** Matches scoring below this are not returned by {@link #fuzzyName}. */
    public static final double MIN_NAME_SCORE = 0.85;

    private final Map<IdentifierKind, Map<String, RecruiterEntry>> byKind = new EnumMap<>(IdentifierKind.class);
    private final TrigramIndex names = new TrigramIndex();
    private final ReadWriteLock namesLock = new ReentrantReadWriteLock();

    public RecruiterIndex() {
        for (IdentifierKind kind : IdentifierKind.values()) {
            byKind.put(kind, new ConcurrentHashMap<>());
        }
    }

    /** @return how many entries the index holds */
    public int size() {
        return byKind.values().stream().mapToInt(Map::size).sum();
    }

    /** @return the entry for this identifier, empty when the identifier is unknown */
    public Optional<RecruiterEntry> exact(IdentifierKind kind, String normalized) {
        return Optional.ofNullable(byKind.get(kind).get(normalized));
    }

    /**
     * @param name a company or agency name as anyone writes it
     * @return up to {@code limit} company entries whose name key resembles {@code name}'s, best
     *     first, each scoring at least {@link #MIN_NAME_SCORE}
     */
    public List<NameMatch> fuzzyName(String name, int limit) {
        String key = CompanyNames.key(Objects.requireNonNull(name, "name"));
        if (key.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<TrigramIndex.Scored> scored;
        namesLock.readLock().lock();
        try {
            scored = names.search(key, MIN_NAME_SCORE, limit);
        } finally {
            namesLock.readLock().unlock();
        }
        Map<String, RecruiterEntry> companies = byKind.get(IdentifierKind.COMPANY);
        return scored.stream()
                .map(s -> new NameMatch(companies.get(s.key()), s.score()))
                .toList();
    }

    /** Adds {@code entry}, or replaces the entry for the same identifier. */
    public void upsert(RecruiterEntry entry) {
        put(entry.kind(), entry.normalized(), (key, old) -> entry);
    }

    /** Adds {@code entry}, or merges it into the entry for the same identifier. */
    public void merge(RecruiterEntry entry) {
        put(entry.kind(), entry.normalized(), (key, old) -> old == null ? entry : old.mergedWith(entry));
    }

    /**
     * Records a user report: a known identifier gets one more report; an unknown one is added as
     * {@link RecruiterStatus#REPORTED_UNVERIFIED}.
     *
     * @return the entry as it is after the report
     */
    public RecruiterEntry report(
            IdentifierKind kind, String normalized, String displayName, String source, LocalDate on) {
        return put(
                kind,
                normalized,
                (key, old) -> old != null
                        ? old.withReport(on, source)
                        : new RecruiterEntry(
                                kind,
                                normalized,
                                displayName,
                                RecruiterStatus.REPORTED_UNVERIFIED,
                                List.of(source),
                                1,
                                on,
                                on,
                                List.of()));
    }

    /** @return the disputed entry with {@code note} added, or empty when the identifier is unknown */
    public Optional<RecruiterEntry> dispute(IdentifierKind kind, String normalized, String note) {
        if (byKind.get(kind).get(normalized) == null) {
            return Optional.empty();
        }
        return Optional.of(put(kind, normalized, (key, old) -> old.withDispute(note)));
    }

    private RecruiterEntry put(
            IdentifierKind kind,
            String normalized,
            java.util.function.BiFunction<String, RecruiterEntry, RecruiterEntry> change) {
        boolean[] added = new boolean[1];
        RecruiterEntry result = byKind.get(kind).compute(normalized, (key, old) -> {
            added[0] = old == null;
            return change.apply(key, old);
        });
        if (added[0] && kind == IdentifierKind.COMPANY) {
            namesLock.writeLock().lock();
            try {
                names.add(result.normalized());
            } finally {
                namesLock.writeLock().unlock();
            }
        }
        return result;
    }
}
