package org.jaga.knowledge.identifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jaga.knowledge.language.Language;

/**
 * Extracts recruiter identifiers from free text in any of the nine languages: phone numbers,
 * e-mail addresses, URLs and domains, Telegram, WhatsApp, Facebook, LINE and Zalo handles and
 * links, company and agency names, and licence numbers. Thread-safe and stateless.
 */
public final class IdentifierExtractor {

    private static final Comparator<Candidate> PRECEDENCE = Comparator.comparingInt(Candidate::rank)
            .thenComparing(c -> c.identifier().start() - c.identifier().end());

    private final List<Finder> finders =
            List.of(new LicenceFinder(), new LinkFinder(), new HandleFinder(), new CompanyFinder(), new PhoneFinder());

    /**
     * @param text any text; may be empty, huge, or not text at all
     * @param language the text's language when known; it helps read local phone numbers
     * @return the identifiers in order of position, each {@code value} exactly the text at its
     *     span; where finders disagree about a stretch of text, the more specific one wins (a
     *     licence number is not also a phone number)
     */
    public List<Identifier> extract(String text, Optional<Language> language) {
        Objects.requireNonNull(language, "language");
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        ScanText scan = ScanText.of(text);
        ScanContext context = new ScanContext(RegionHints.infer(scan.folded(), language));
        List<Candidate> candidates = new ArrayList<>();
        for (Finder finder : finders) {
            finder.find(scan, context, candidates);
        }
        return resolve(candidates);
    }

    private static List<Identifier> resolve(List<Candidate> candidates) {
        candidates.sort(PRECEDENCE);
        List<Candidate> kept = new ArrayList<>();
        TreeMap<Integer, List<Candidate>> keptByStart = new TreeMap<>();
        int longest = 0;
        Set<Identifier> seen = new HashSet<>();
        for (Candidate candidate : candidates) {
            Identifier id = candidate.identifier();
            boolean clashes = keptByStart.subMap(id.start() - longest, true, id.end(), false).values().stream()
                    .flatMap(List::stream)
                    .anyMatch(k ->
                            k.group() != candidate.group() && k.identifier().overlaps(id));
            if (!clashes && seen.add(id)) {
                kept.add(candidate);
                keptByStart.computeIfAbsent(id.start(), s -> new ArrayList<>()).add(candidate);
                longest = Math.max(longest, id.end() - id.start());
            }
        }
        return kept.stream()
                .map(Candidate::identifier)
                .sorted(Comparator.comparingInt(Identifier::start).thenComparing(Identifier::kind))
                .toList();
    }
}
