package org.jaga.knowledge.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LookalikeDetectorTest {

    private final LookalikeDetector detector = LookalikeDetector.withDefaultTargets();

    @Test
    void flagsRnForM() {
        assertThat(detector.check("drnw.gov.ph")).hasValueSatisfying(l -> {
            assertThat(l.flag()).isEqualTo("lookalike-of:dmw.gov.ph");
            assertThat(l.technique()).isEqualTo(Lookalike.Technique.HOMOGLYPH);
        });
    }

    @Test
    void flagsCyrillicLetterInPunycodeOrUnicodeForm() {
        String spoof = "jobsdb.cоm".replace("cоm", "com").replace("jobsdb", "jоbsdb"); // Cyrillic о
        assertThat(detector.check(spoof)).map(Lookalike::imitated).hasValue("jobsdb.com");
        String ascii = Domains.normalize(spoof).orElseThrow();
        assertThat(ascii).startsWith("xn--");
        assertThat(detector.check(ascii)).map(Lookalike::technique).hasValue(Lookalike.Technique.HOMOGLYPH);
    }

    @Test
    void flagsTyposAndBrandInOtherDomain() {
        assertThat(detector.check("jobstret.com")).map(Lookalike::technique).hasValue(Lookalike.Technique.TYPO);
        assertThat(detector.check("linkedin-careers-asia.xyz"))
                .map(Lookalike::technique)
                .hasValue(Lookalike.Technique.BRAND_IN_OTHER_DOMAIN);
        assertThat(detector.check("dmw-gov-ph.com")).map(Lookalike::imitated).hasValue("dmw.gov.ph");
    }

    @Test
    void leavesGenuineDomainsSubdomainsAndOtherGovernmentSitesAlone() {
        assertThat(detector.check("www.dmw.gov.ph")).isEmpty();
        assertThat(detector.check("online.dmw.gov.ph")).isEmpty();
        assertThat(detector.check("moe.go.th")).isEmpty();
        assertThat(detector.check("example.com")).isEmpty();
    }

    @Test
    void checksDomainsOfExtractedIdentifiers() {
        var ids = new IdentifierExtractor().extract("Apply at https://drnw.gov.ph/apply", java.util.Optional.empty());
        assertThat(ids).anySatisfy(id -> assertThat(detector.check(id)).isPresent());
    }
}
