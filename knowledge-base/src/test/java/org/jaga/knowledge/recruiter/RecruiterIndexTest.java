package org.jaga.knowledge.recruiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jaga.knowledge.identifier.CompanyNames;
import org.jaga.knowledge.identifier.IdentifierKind;
import org.junit.jupiter.api.Test;

class RecruiterIndexTest {

    private static final LocalDate DAY = LocalDate.of(2024, 9, 12);

    private static RecruiterEntry company(String name, RecruiterStatus status) {
        return new RecruiterEntry(
                IdentifierKind.COMPANY,
                CompanyNames.key(name),
                name,
                status,
                List.of("https://example.org/source"),
                0,
                DAY,
                DAY,
                List.of());
    }

    @Test
    void findsAnIdentifierByItsNormalizedValue() {
        RecruiterIndex index = new RecruiterIndex();
        RecruiterEntry phone = new RecruiterEntry(
                IdentifierKind.PHONE,
                "+66812345678",
                "081-234-5678",
                RecruiterStatus.KNOWN_SCAM,
                List.of("https://example.org/a"),
                2,
                DAY,
                DAY,
                List.of());
        index.upsert(phone);
        assertThat(index.exact(IdentifierKind.PHONE, "+66812345678")).hasValue(phone);
        assertThat(index.exact(IdentifierKind.WHATSAPP, "+66812345678")).isEmpty();
    }

    @Test
    void matchesCompanyNamesWhateverTheirCaseSpacingOrLegalForm() {
        RecruiterIndex index = new RecruiterIndex();
        index.upsert(company("Hong Tai Co., Ltd", RecruiterStatus.KNOWN_SCAM));
        index.upsert(company("PT. Maju Jaya Abadi", RecruiterStatus.REVOKED_LICENCE));
        index.upsert(company("Golden Star Manpower Agency", RecruiterStatus.LICENSED_AGENCY));

        assertThat(index.fuzzyName("HONGTAI", 5)).first().satisfies(m -> {
            assertThat(m.entry().displayName()).isEqualTo("Hong Tai Co., Ltd");
            assertThat(m.score()).isEqualTo(1.0);
        });
        assertThat(index.fuzzyName("Hongtai Company Limited", 5)).hasSize(1);
        assertThat(index.fuzzyName("Maju Jaya Abadi", 5))
                .extracting(m -> m.entry().status())
                .containsExactly(RecruiterStatus.REVOKED_LICENCE);
        assertThat(index.fuzzyName("Maju Jaya Abadii", 5)).first().satisfies(m -> assertThat(m.score())
                .isBetween(0.9, 0.999));
        assertThat(index.fuzzyName("Completely Different Trading", 5)).isEmpty();
    }

    @Test
    void recordsReportsAndDisputes() {
        RecruiterIndex index = new RecruiterIndex();
        RecruiterEntry reported = index.report(IdentifierKind.TELEGRAM, "hongtai_hr", "@HongTai_HR", "report:1", DAY);
        assertThat(reported.status()).isEqualTo(RecruiterStatus.REPORTED_UNVERIFIED);
        index.report(IdentifierKind.TELEGRAM, "hongtai_hr", "@HongTai_HR", "report:2", DAY.plusDays(3));
        assertThat(index.dispute(IdentifierKind.TELEGRAM, "hongtai_hr", "This is my personal account"))
                .hasValueSatisfying(e -> {
                    assertThat(e.reports()).isEqualTo(2);
                    assertThat(e.lastSeen()).isEqualTo(DAY.plusDays(3));
                    assertThat(e.disputes()).containsExactly("This is my personal account");
                });
        assertThat(index.dispute(IdentifierKind.TELEGRAM, "unknown_one", "x")).isEmpty();
    }

    @Test
    void mergingKeepsTheStrongerStatusAndAllSources() {
        RecruiterIndex index = new RecruiterIndex();
        index.merge(company("Hong Tai Co., Ltd", RecruiterStatus.LICENSED_AGENCY));
        RecruiterEntry revoked = company("Hong Tai", RecruiterStatus.REVOKED_LICENCE);
        index.merge(new RecruiterEntry(
                revoked.kind(),
                revoked.normalized(),
                revoked.displayName(),
                revoked.status(),
                List.of("https://example.org/revoked"),
                0,
                DAY,
                DAY.plusDays(1),
                List.of()));
        assertThat(index.exact(IdentifierKind.COMPANY, "hongtai")).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(RecruiterStatus.REVOKED_LICENCE);
            assertThat(e.sources()).hasSize(2);
        });
        assertThat(index.fuzzyName("hongtai", 10)).hasSize(1);
    }

    @Test
    void rejectsEntriesSeenLastBeforeFirst() {
        assertThatThrownBy(() -> new RecruiterEntry(
                        IdentifierKind.PHONE,
                        "+66812345678",
                        "x",
                        RecruiterStatus.KNOWN_SCAM,
                        List.of("s"),
                        0,
                        DAY,
                        DAY.minusDays(1),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loadsTheShippedListsWithoutBadRows() {
        RecruiterIndex index = new RecruiterIndex();
        LoadReport report = RecruiterFiles.loadBundled(index);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.accepted()).isPositive();
        assertThat(index.fuzzyName("Prince Holding Group", 3)).isNotEmpty();
    }
}
