package org.jaga.knowledge.identifier;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Tells whether a domain imitates one of a few protected domains: job boards jobseekers trust
 * and the governments that license recruiters. A domain is a look-alike when it looks the same
 * after folding confusable characters, is one or two edits away, or carries the brand's name in
 * another domain. The genuine domain and its sub-domains never are.
 */
public final class LookalikeDetector {

    /** The protected domains used by {@link #withDefaultTargets()}. */
    public static final List<String> DEFAULT_TARGETS = List.of(
            "dmw.gov.ph",
            "poea.gov.ph",
            "dfa.gov.ph",
            "bp2mi.go.id",
            "kemnaker.go.id",
            "kemlu.go.id",
            "doe.go.th",
            "mol.go.th",
            "jtksm.mohr.gov.my",
            "kln.gov.my",
            "mycareersfuture.gov.sg",
            "mom.gov.sg",
            "jobsdb.com",
            "jobstreet.com",
            "linkedin.com",
            "kalibrr.com",
            "indeed.com",
            "glints.com",
            "workabroad.ph",
            "iom.int");

    private static final Set<String> GOVERNMENT_SUFFIXES = Set.of(
            ".gov.ph", ".go.id", ".go.th", ".gov.my", ".gov.sg", ".gov.vn", ".gov.kh", ".gov.mm", ".gov.cn", ".gov.la");
    private static final LevenshteinDistance WITHIN_TWO = new LevenshteinDistance(2);

    private final List<Target> targets;

    public LookalikeDetector(List<String> protectedDomains) {
        this.targets = protectedDomains.stream()
                .map(d -> Domains.normalize(d).orElseThrow(() -> new IllegalArgumentException("not a domain: " + d)))
                .map(Target::new)
                .toList();
    }

    public static LookalikeDetector withDefaultTargets() {
        return new LookalikeDetector(DEFAULT_TARGETS);
    }

    /** @return the look-alike a DOMAIN, URL or EMAIL identifier's domain is; empty for other kinds */
    public Optional<Lookalike> check(Identifier identifier) {
        String normalized = identifier.normalized();
        return switch (identifier.kind()) {
            case DOMAIN -> check(normalized);
            case URL -> check(normalized.replaceFirst("[/?#].*$", ""));
            case EMAIL -> check(normalized.substring(normalized.indexOf('@') + 1));
            default -> Optional.empty();
        };
    }

    /**
     * @param domain a host name in ASCII or Unicode form
     * @return what it imitates, or empty when it is genuine, unrelated, or no host name
     */
    public Optional<Lookalike> check(String domain) {
        Optional<String> ascii = Domains.normalize(domain);
        if (ascii.isEmpty() || targets.stream().anyMatch(t -> t.isGenuine(ascii.get()))) {
            return Optional.empty();
        }
        String unicode = Domains.toUnicode(ascii.get());
        String skeleton = Skeletons.of(unicode);
        boolean registrable = !isAsciiGovernment(ascii.get());
        for (Target target : targets) {
            Optional<Lookalike.Technique> technique = target.imitatedBy(skeleton, registrable);
            if (technique.isPresent()) {
                return Optional.of(new Lookalike(ascii.get(), target.domain, technique.get()));
            }
        }
        return Optional.empty();
    }

    /** An ASCII host under a government suffix cannot be registered by a recruiter. */
    private static boolean isAsciiGovernment(String ascii) {
        return !ascii.contains("xn--") && GOVERNMENT_SUFFIXES.stream().anyMatch(ascii::endsWith);
    }

    private record Target(String domain, String skeleton, String brand, boolean government) {

        Target(String domain) {
            this(
                    domain,
                    Skeletons.of(domain),
                    Skeletons.of(domain.substring(0, domain.indexOf('.'))),
                    GOVERNMENT_SUFFIXES.stream().anyMatch(domain::endsWith));
        }

        boolean isGenuine(String ascii) {
            return ascii.equals(domain) || ascii.endsWith("." + domain);
        }

        Optional<Lookalike.Technique> imitatedBy(String candidate, boolean registrable) {
            if (candidate.equals(skeleton) || candidate.endsWith("." + skeleton)) {
                return Optional.of(Lookalike.Technique.HOMOGLYPH);
            }
            if (!registrable) {
                return Optional.empty();
            }
            int limit = skeleton.length() >= 12 ? 2 : 1;
            int distance = WITHIN_TWO.apply(candidate, skeleton);
            if (distance >= 0 && distance <= limit) {
                return Optional.of(Lookalike.Technique.TYPO);
            }
            return carriesBrand(candidate) ? Optional.of(Lookalike.Technique.BRAND_IN_OTHER_DOMAIN) : Optional.empty();
        }

        private boolean carriesBrand(String candidate) {
            List<String> tokens = Arrays.asList(candidate.split("[.-]"));
            if (government) {
                return tokens.contains(brand) && (tokens.contains("gov") || tokens.contains("go"));
            }
            return brand.length() >= 5 && candidate.contains(brand);
        }
    }
}
