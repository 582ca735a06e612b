package vn.ktgs.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.DateRange;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentId;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportId;
import vn.ktgs.report.ReportStatus;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.testing.contract.TestData;

/**
 * The database's own constraints mirror the domain's invariants, so bad data cannot enter even through a host's
 * own SQL; through the ports a broken reference is a {@link KtgsDataAccessException} with nothing stored.
 */
class ConstraintsTest extends DatabaseTest {

    private static final String ORG = "INSERT INTO \"ktgs\".ktgs_organisation (id, code, name, kind, parent_id, "
            + "established, version) VALUES ";

    @Test
    void refusesAnUnknownEnumValueAWrongVersionAndADuplicateCode() {
        assertThatThrownBy(() -> db.sql(ORG + "('" + UUID.randomUUID() + "', 'A1', 'Chi bộ', 'CELL', NULL, "
                + "DATE '2020-01-01', 1)")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> db.sql(ORG + "('" + UUID.randomUUID() + "', 'A2', 'Chi bộ', 'GRASSROOTS_CELL', "
                + "NULL, DATE '2020-01-01', 0)")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> db.sql(ORG + "('" + UUID.randomUUID() + "', 'ĐUK-VP-01', 'Trùng mã', "
                + "'GRASSROOTS_CELL', NULL, DATE '2020-01-01', 1)")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> db.sql(ORG + "('" + UUID.randomUUID() + "', 'A3', 'Mồ côi', 'SUBORDINATE_CELL', '"
                + UUID.randomUUID() + "', DATE '2020-01-01', 1)")).isInstanceOf(SQLException.class);
        assertThat(ports.organisations().all()).hasSize(4);
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> db.sql("INSERT INTO \"ktgs\".ktgs_membership (member_id, seq, organisation_id, "
                + "period_from, period_to, status) VALUES ('" + world.duc.id() + "', 5, '" + world.cellA.id()
                + "', DATE '2025-02-01', DATE '2025-01-31', 'FULL')")).isInstanceOf(SQLException.class);
        assertThat(ports.members().find(world.duc.id())).contains(world.duc);
    }

    @Test
    void refusesNegativeFiguresAndAPeriodThatDoesNotExist() {
        String insert = "INSERT INTO \"ktgs\".ktgs_report (id, organisation_id, period_kind, period_year, "
                + "period_index, plans_adopted, items_planned, items_concluded, activities_opened, "
                + "unplanned_inspections, members_reached, violations_found, discipline_decisions, "
                + "recommendations_made, recommendations_closed, coordinations, computed_on, narrative, status, "
                + "version) VALUES ('%s', '" + world.cellA.id() + "', '%s', 2025, %d, %d, 0, 0, 0, 0, 0, 0, 0, 0, "
                + "0, 0, DATE '2025-04-01', '', 'DRAFT', 1)";
        assertThatThrownBy(() -> db.sql(String.format(insert, UUID.randomUUID(), "QUARTER", 5, 0)))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> db.sql(String.format(insert, UUID.randomUUID(), "QUARTER", 1, -1)))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> db.sql(String.format(insert, UUID.randomUUID(), "WEEK", 1, 0)))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void refusesASecondDocumentWithTheSameNumberInTheTerm() {
        Document twin = new Document(DocumentId.random(), world.resolution.number(), world.resolution.issuer(),
                LocalDate.of(2024, 12, 1), world.resolution.term(), "Trùng số", null, 1);

        assertThatThrownBy(() -> ports.documents().save(twin)).isInstanceOf(ConflictException.class);
        assertThat(ports.documents().find(twin.id())).isEmpty();
        assertThat(ports.documents().all()).containsExactly(world.resolution);
    }

    @Test
    void storesNothingOfAnAggregateThatNamesAMissingRecord() throws SQLException {
        long audit = count("audit");
        Member stray = new Member(MemberId.random(), "DV-0404", "Hoàng Văn Lạc",
                List.of(new Member.Membership(OrganisationId.random(), DateRange.from(LocalDate.of(2020, 1, 1)),
                        MembershipStatus.FULL)), List.of(), 1);

        assertThatThrownBy(() -> ports.members().save(stray)).isInstanceOf(KtgsDataAccessException.class)
                .isNotInstanceOf(ImmutableRecordException.class);
        assertThat(ports.members().find(stray.id())).isEmpty();
        assertThat(count("audit")).isEqualTo(audit);
        Report orphan = new Report(ReportId.random(), OrganisationId.random(), ReportingPeriod.year(2024),
                new ReportFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), LocalDate.of(2025, 1, 5), "", ReportStatus.DRAFT,
                List.of(), 1);
        assertThatThrownBy(() -> ports.reports().save(orphan)).isInstanceOf(KtgsDataAccessException.class);
    }

    @Test
    void storesAVeryLongTextVerbatim() {
        String narrative = TestData.SQL_METACHARACTERS + TestData.longText(500_000);
        Report r = new Report(ReportId.random(), world.cellA.id(), ReportingPeriod.year(2024),
                new ReportFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), LocalDate.of(2025, 1, 5), narrative,
                ReportStatus.DRAFT, List.of(), 1);
        ports.reports().save(r);

        assertThat(ports.reports().find(r.id()).orElseThrow().narrative()).isEqualTo(narrative);
    }
}
