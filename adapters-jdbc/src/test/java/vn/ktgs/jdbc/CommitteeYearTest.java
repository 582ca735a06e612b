package vn.ktgs.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.Activity;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportId;
import vn.ktgs.report.ReportStatus;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.testing.contract.ActivitiesContract.ActivityTestData;
import vn.ktgs.testing.contract.PlanTestData;
import vn.ktgs.testing.contract.TestData;

/** A committee's year read set-based: its subtree at every depth, and only that year's records. */
class CommitteeYearTest extends DatabaseTest {

    @Test
    void loadsTheSubtreeAndTheRecordsOfTheYearOnly() {
        Organisation partial = TestData.organisation("ĐUK-VP-P1", "Đảng ủy bộ phận Khối Nghiên cứu",
                OrganisationKind.PARTIAL_COMMITTEE, world.committee.id());
        Organisation deep = TestData.organisation("ĐUK-VP-P1-01", "Chi bộ Nghiên cứu – Tổng hợp",
                OrganisationKind.SUBORDINATE_CELL, partial.id());
        Organisation elsewhere = TestData.organisation("ĐUK-KHAC", "Đảng ủy khác",
                OrganisationKind.GRASSROOTS_COMMITTEE, world.bloc.id());
        for (Organisation o : List.of(partial, deep, elsewhere)) {
            ports.organisations().save(o);
        }
        Plan p2025 = PlanTestData.draft(world.cellA, 2025, List.of(PlanTestData.supervisionItem(world, 2025)));
        Plan deep2025 = PlanTestData.draft(deep, 2025, List.of());
        Plan p2024 = PlanTestData.draft(world.cellA, 2024, List.of());
        Plan other2025 = PlanTestData.draft(elsewhere, 2025, List.of());
        for (Plan p : List.of(p2025, deep2025, p2024, other2025)) {
            ports.plans().save(p);
        }
        Activity opened2025 = ActivityTestData.opened(world, p2025, LocalDate.of(2025, 2, 1));
        Activity concluded2025 = ActivityTestData.concluded(world, LocalDate.of(2025, 1, 5));
        Activity old = ActivityTestData.opened(world, null, LocalDate.of(2024, 5, 1));
        for (Activity a : List.of(opened2025, concluded2025, old)) {
            ports.activities().save(a);
        }
        Report q1 = report(world.cellB, ReportingPeriod.quarter(2025, 1));
        Report y2024 = report(world.cellB, ReportingPeriod.year(2024));
        ports.reports().save(q1);
        ports.reports().save(y2024);

        CommitteeYear year = jdbc.committeeYear(world.committee.id(), 2025);

        assertThat(year.organisations()).extracting(Organisation::code)
                .containsExactly("ĐUK-VP", "ĐUK-VP-01", "ĐUK-VP-02", "ĐUK-VP-P1", "ĐUK-VP-P1-01");
        assertThat(year.plans()).containsExactlyInAnyOrder(p2025, deep2025);
        assertThat(year.activities()).containsExactly(concluded2025, opened2025);
        assertThat(year.reports()).containsExactly(q1);
        assertThat(jdbc.committeeYear(world.cellA.id(), 2024).activities()).containsExactly(old, concluded2025);
    }

    @Test
    void readsTheSameYearOnTwoConnectionsAsOnOneAndJoinsAnOpenTransaction() {
        ports.plans().save(PlanTestData.draft(world.cellA, 2025, List.of(PlanTestData.supervisionItem(world, 2025))));
        ports.activities().save(ActivityTestData.concluded(world, LocalDate.of(2025, 1, 5)));
        ports.reports().save(report(world.cellB, ReportingPeriod.quarter(2025, 1)));
        JdbcPorts twoConnections = JdbcPorts.open(db.dataSource(), JdbcOptions.builder(
                Actor.fixed(TestDatabase.ACTOR), TestDatabase.CLOCK).parallelReads().build());

        CommitteeYear year = twoConnections.committeeYear(world.committee.id(), 2025);

        assertThat(year).isEqualTo(jdbc.committeeYear(world.committee.id(), 2025));
        assertThat(year.members()).isNotEmpty();
        assertThat(year.activities()).hasSize(1);
        Activity unsaved = ActivityTestData.opened(world, null, LocalDate.of(2025, 6, 1));
        CommitteeYear inside = twoConnections.inTransaction(() -> {
            twoConnections.ports().activities().save(unsaved);
            return twoConnections.committeeYear(world.committee.id(), 2025);
        });
        assertThat(inside.activities()).hasSize(2).contains(unsaved);
    }

    private static Report report(Organisation o, ReportingPeriod period) {
        return new Report(ReportId.random(), o.id(), period, new ReportFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                period.lastMonth().atEndOfMonth().plusDays(1), "", ReportStatus.DRAFT, List.of(), 1);
    }
}
