package vn.ktgs.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.ConflictException;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportId;
import vn.ktgs.report.ReportStatus;
import vn.ktgs.report.ReportingPeriod;

/** The contract of {@link vn.ktgs.report.Reports}. */
public abstract class ReportsContract extends PortsContract {

    private static final ReportFigures FIGURES = new ReportFigures(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

    @Test
    public void findsWhatWasSavedWithItsSubmissions() {
        Report r = new Report(ReportId.random(), world.cellA.id(), ReportingPeriod.quarter(2025, 1), FIGURES,
                LocalDate.of(2025, 4, 1), TestData.VIETNAMESE_LETTERS, ReportStatus.SUBMITTED,
                List.of(new Report.Submission(LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 3), "Thiếu số liệu"),
                        new Report.Submission(LocalDate.of(2025, 4, 5), null, null)), 1);
        ports.reports().save(r);

        assertThat(ports.reports().find(r.id())).contains(r);
        assertThat(ports.reports().find(ReportId.random())).isEmpty();
    }

    @Test
    public void findsTheReportOfAnOrganisationForAPeriod() {
        Report q1 = draft(world.cellA, ReportingPeriod.quarter(2025, 1));
        Report m3 = draft(world.cellA, ReportingPeriod.month(2025, 3));
        ports.reports().save(q1);
        ports.reports().save(m3);

        assertThat(ports.reports().findFor(world.cellA.id(), ReportingPeriod.quarter(2025, 1))).contains(q1);
        assertThat(ports.reports().findFor(world.cellA.id(), ReportingPeriod.month(2025, 3))).contains(m3);
        assertThat(ports.reports().findFor(world.cellA.id(), ReportingPeriod.quarter(2025, 2))).isEmpty();
        assertThat(ports.reports().findFor(world.cellB.id(), ReportingPeriod.quarter(2025, 1))).isEmpty();
    }

    @Test
    public void listsAnOrganisationsReportsOrderedByPeriod() {
        List<Report> saved = new ArrayList<>();
        for (ReportingPeriod p : List.of(ReportingPeriod.year(2024), ReportingPeriod.quarter(2025, 1),
                ReportingPeriod.nineMonths(2024), ReportingPeriod.month(2025, 3), ReportingPeriod.halfYear(2024, 1),
                ReportingPeriod.month(2024, 12))) {
            Report r = draft(world.cellA, p);
            ports.reports().save(r);
            saved.add(r);
        }
        ports.reports().save(draft(world.cellB, ReportingPeriod.year(2024)));

        saved.sort(java.util.Comparator.comparing(Report::period));
        assertThat(ports.reports().ofOrganisation(world.cellA.id())).containsExactlyElementsOf(saved);
        assertThat(ports.reports().ofOrganisation(world.cellA.id()).get(0).period())
                .isEqualTo(ReportingPeriod.halfYear(2024, 1));
    }

    @Test
    public void listsAPeriodsReportsOrderedByOrganisationId() {
        Report a = draft(world.cellA, ReportingPeriod.year(2024));
        Report b = draft(world.cellB, ReportingPeriod.year(2024));
        Report c = draft(world.committee, ReportingPeriod.year(2024));
        ports.reports().save(a);
        ports.reports().save(b);
        ports.reports().save(c);
        ports.reports().save(draft(world.cellA, ReportingPeriod.year(2025)));

        List<Report> expected = new ArrayList<>(List.of(a, b, c));
        expected.sort(java.util.Comparator.comparing(r -> r.organisation().value()));
        assertThat(ports.reports().ofPeriod(ReportingPeriod.year(2024))).containsExactlyElementsOf(expected);
        assertThat(ports.reports().ofPeriod(ReportingPeriod.year(2023))).isEmpty();
    }

    @Test
    public void storesSubmissionAndReturnAsNextVersions() {
        Report r = draft(world.cellA, ReportingPeriod.quarter(2025, 1));
        ports.reports().save(r);
        Report submitted = new Report(r.id(), r.organisation(), r.period(), r.figures(), r.computedOn(), r.narrative(),
                ReportStatus.SUBMITTED, List.of(new Report.Submission(LocalDate.of(2025, 4, 3), null, null)), 2);
        ports.reports().save(submitted);
        Report returned = new Report(r.id(), r.organisation(), r.period(), r.figures(), r.computedOn(), r.narrative(),
                ReportStatus.RETURNED, List.of(new Report.Submission(LocalDate.of(2025, 4, 3),
                LocalDate.of(2025, 4, 4), "Bổ sung phần đánh giá")), 3);
        ports.reports().save(returned);
        Report edited = new Report(r.id(), r.organisation(), r.period(), FIGURES, LocalDate.of(2025, 4, 5),
                "Đã bổ sung", ReportStatus.RETURNED, returned.submissions(), 4);
        ports.reports().save(edited);

        assertThat(ports.reports().find(r.id())).contains(edited);
    }

    @Test
    public void pagesTheReportsOfAPeriodAndOfAnOrganisationInTheirOrder() {
        ReportingPeriod q1 = ReportingPeriod.quarter(2025, 1);
        long[] highs = {6, -6, 0x7fff_0000_0000_0000L, Long.MIN_VALUE, 3, -3};
        for (int i = 0; i < highs.length; i++) {
            Organisation cell = new Organisation(new OrganisationId(new UUID(highs[i], 11)), "R-" + i,
                    "Chi bộ " + i, OrganisationKind.SUBORDINATE_CELL, world.committee.id(), LocalDate.of(2020, 1, 1),
                    List.of(), 1);
            ports.organisations().save(cell);
            ports.reports().save(draft(cell, q1));
        }
        for (ReportingPeriod p : List.of(q1, ReportingPeriod.month(2025, 3), ReportingPeriod.month(2025, 1),
                ReportingPeriod.halfYear(2025, 1), ReportingPeriod.year(2024), ReportingPeriod.quarter(2025, 2))) {
            ports.reports().save(draft(world.cellA, p));
        }
        List<Report> ofQ1 = ports.reports().ofPeriod(q1);
        assertThat(ofQ1).hasSize(7);
        List<Report> ofCellA = ports.reports().ofOrganisation(world.cellA.id());
        assertThat(ofCellA).hasSize(6);

        PageChecks.pagesMatchTheFullList(r -> ports.reports().ofPeriod(q1, r), ofQ1);
        PageChecks.pagesMatchTheFullList(r -> ports.reports().ofOrganisation(world.cellA.id(), r), ofCellA);
    }

    @Test
    public void rejectsASecondReportForTheSameOrganisationAndPeriod() {
        Report first = draft(world.cellA, ReportingPeriod.quarter(2025, 1));
        Report second = draft(world.cellA, ReportingPeriod.quarter(2025, 1));
        ports.reports().save(first);

        assertThatThrownBy(() -> ports.reports().save(second)).isInstanceOf(ConflictException.class);
        assertThat(ports.reports().find(second.id())).isEmpty();
        assertThat(ports.reports().findFor(world.cellA.id(), ReportingPeriod.quarter(2025, 1))).contains(first);
    }

    @Test
    public void rejectsAStaleVersionAndKeepsTheStoredOne() {
        Report r = draft(world.cellA, ReportingPeriod.quarter(2025, 1));
        ports.reports().save(r);
        Report mine = new Report(r.id(), r.organisation(), r.period(), FIGURES, r.computedOn(), "Của tôi",
                ReportStatus.DRAFT, List.of(), 2);
        Report theirs = new Report(r.id(), r.organisation(), r.period(), r.figures(), r.computedOn(), "Của họ",
                ReportStatus.DRAFT, List.of(), 2);
        ports.reports().save(mine);

        assertThatThrownBy(() -> ports.reports().save(theirs)).isInstanceOf(ConflictException.class);
        assertThat(ports.reports().find(r.id())).contains(mine);
    }

    @Test
    public void storesSqlMetacharactersAndLongTextVerbatim() {
        Report r = new Report(ReportId.random(), world.cellA.id(), ReportingPeriod.year(2024), FIGURES,
                LocalDate.of(2025, 1, 2), TestData.SQL_METACHARACTERS + TestData.longText(60_000), ReportStatus.DRAFT,
                List.of(), 1);
        ports.reports().save(r);

        assertThat(ports.reports().find(r.id())).contains(r);
    }

    private static Report draft(Organisation o, ReportingPeriod period) {
        return new Report(ReportId.random(), o.id(), period, new ReportFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                period.lastMonth().atEndOfMonth().plusDays(1), "", ReportStatus.DRAFT, List.of(), 1);
    }
}
