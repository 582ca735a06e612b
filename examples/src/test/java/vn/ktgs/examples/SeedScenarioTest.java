package vn.ktgs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.testing.MovableClock;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.Stage;
import vn.ktgs.document.Document;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.plan.PlanStatus;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportStatus;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.Timeliness;
import vn.ktgs.report.TimelinessLine;

/** The seed scenario built through the public API only, and the figures of every quarterly report checked by hand. */
class SeedScenarioTest {

    private static Ktgs ktgs;
    private static SeedScenario seed;

    @BeforeAll
    static void load() {
        MovableClock clock = new MovableClock(LocalDate.of(2024, 6, 1));
        ktgs = Ktgs.builder(Ports.inMemory(), Validation.buildDefaultValidatorFactory().getValidator(), clock).build();
        seed = SeedScenario.load(ktgs, clock);
    }

    private static ReportFigures committeeFigures(int quarter) {
        Report r = ktgs.reports().reportFor(seed.committee().id(), ReportingPeriod.quarter(2025, quarter)).orElseThrow();
        assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED);
        return r.figures();
    }

    @Test
    void buildsTheTreeWithSixCellsAnExecutiveMemberAssignedToEachAndTheirMembers() {
        assertThat(ktgs.organisations().children(seed.bloc().id())).extracting(Organisation::name)
                .containsExactly("Đảng bộ Văn phòng UBND tỉnh");
        assertThat(seed.cells()).hasSize(6).allSatisfy(cell ->
                assertThat(ktgs.organisations().organisation(cell.id()).assignedOn(LocalDate.of(2025, 6, 1))).hasSize(1));
        // 29 members since 2020, and DV30 joins as a probationary member on 1 March 2025
        assertThat(ktgs.organisations().membersOn(seed.committee().id(), LocalDate.of(2025, 1, 1))).hasSize(29);
        assertThat(ktgs.organisations().membersOn(seed.committee().id(), LocalDate.of(2025, 3, 1))).hasSize(30);
        assertThat(ktgs.organisations().secretaryOn(seed.committee().id(), LocalDate.of(2025, 1, 1)))
                .map(Member::fullName).hasValue("Nguyễn Văn Hùng");
    }

    @Test
    void plan65ImplementsResolution02AndReachedEveryMemberButOne() {
        assertThat(ktgs.documents().chain(seed.plan65().id())).extracting(d -> d.number().format())
                .containsExactly("65-KH/ĐU", "02-NQ/ĐU");
        assertThat(seed.plan65().issuedOn()).isEqualTo(LocalDate.of(2024, 10, 13));
        Document plan = seed.plan65();
        // DV19 was absent; DV30 joined after the sessions
        assertThat(ktgs.documents().notYetReached(plan.id(), seed.committee().id(), LocalDate.of(2025, 12, 31)))
                .extracting(Member::code).containsExactly("DV19", "DV30");
    }

    @Test
    void everyCellAndTheCommitteeAdoptedTheir2025Plan() {
        assertThat(ktgs.plans().plansOf(2025)).hasSize(7)
                .allSatisfy(p -> assertThat(p.status()).isEqualTo(PlanStatus.ADOPTED));
    }

    @Test
    void theInspectionOnSignsOfViolationEndedInAWarningAndWasClosed() {
        var u = seed.unplanned();
        assertThat(u.isPlanned()).isFalse();
        assertThat(u.stage()).isEqualTo(Stage.CLOSED);
        assertThat(u.disciplines()).singleElement().satisfies(d -> assertThat(d.form()).isEqualTo(DisciplineForm.WARNING));
        assertThat(u.coordinations()).singleElement().satisfies(c -> assertThat(c.partnerName())
                .isEqualTo("Thanh tra Văn phòng UBND tỉnh"));
    }

    @Test
    void firstQuarterFigures() {
        ReportFigures f = committeeFigures(1);
        assertThat(f.plansAdopted()).isEqualTo(7);        // 6 cells + the committee, all adopted in January
        assertThat(f.itemsPlanned()).isEqualTo(6);        // item A of each cell starts 1/2; B, C and the committee's later
        assertThat(f.itemsConcluded()).isEqualTo(6);      // the six A items, concluded 17/3
        assertThat(f.activitiesOpened()).isEqualTo(6);
        assertThat(f.unplannedInspections()).isZero();
        assertThat(f.membersReached()).isEqualTo(12);     // members 2 and 3 of each cell
        assertThat(f.violationsFound()).isZero();
        assertThat(f.disciplineDecisions()).isZero();
        assertThat(f.recommendationsMade()).isZero();
        assertThat(f.recommendationsClosed()).isZero();
        assertThat(f.coordinations()).isZero();
    }

    @Test
    void secondQuarterFigures() {
        ReportFigures f = committeeFigures(2);
        assertThat(f.plansAdopted()).isEqualTo(7);
        assertThat(f.itemsPlanned()).isEqualTo(13);       // A and B of six cells (12) + the committee's item from 1/5
        assertThat(f.itemsConcluded()).isEqualTo(6);      // B of five cells (22/4) + the committee's (20/6)
        assertThat(f.activitiesOpened()).isEqualTo(7);    // six B items (1/4) + the committee's (5/5)
        assertThat(f.unplannedInspections()).isZero();
        assertThat(f.membersReached()).isEqualTo(6);      // member 4 of each cell; the committee targets cells
        assertThat(f.violationsFound()).isZero();
        assertThat(f.disciplineDecisions()).isZero();
        assertThat(f.recommendationsMade()).isEqualTo(6); // one per B concluded (5) + the committee's (1)
        assertThat(f.recommendationsClosed()).isEqualTo(5); // the five B recommendations, closed 15/5
        assertThat(f.coordinations()).isZero();
    }

    @Test
    void thirdQuarterFigures() {
        ReportFigures f = committeeFigures(3);
        assertThat(f.plansAdopted()).isEqualTo(7);
        assertThat(f.itemsPlanned()).isEqualTo(19);       // 13 + item C of six cells (from 1/8)
        assertThat(f.itemsConcluded()).isEqualTo(1);      // the late cell's B item, concluded 10/7
        assertThat(f.activitiesOpened()).isEqualTo(7);    // six C items (1/8) + the unplanned inspection (5/9)
        assertThat(f.unplannedInspections()).isEqualTo(1);
        assertThat(f.membersReached()).isEqualTo(7);      // member 5 of each cell + DV14
        assertThat(f.violationsFound()).isEqualTo(1);     // concluded 26/9
        assertThat(f.disciplineDecisions()).isZero();     // the warning is decided 3/10
        assertThat(f.recommendationsMade()).isEqualTo(2); // the late B (10/7) + the unplanned inspection (26/9)
        assertThat(f.recommendationsClosed()).isEqualTo(2); // the committee's (25/7) + the late B's (5/8)
        assertThat(f.coordinations()).isEqualTo(2);       // trade union (10/8) + the agency's inspection (15/9)
    }

    @Test
    void fourthQuarterFigures() {
        ReportFigures f = committeeFigures(4);
        assertThat(f.plansAdopted()).isEqualTo(7);
        assertThat(f.itemsPlanned()).isEqualTo(19);
        assertThat(f.itemsConcluded()).isEqualTo(6);      // six C items, concluded 15/10
        assertThat(f.activitiesOpened()).isZero();
        assertThat(f.unplannedInspections()).isZero();
        assertThat(f.membersReached()).isZero();
        assertThat(f.violationsFound()).isZero();
        assertThat(f.disciplineDecisions()).isEqualTo(1); // the warning of 3/10
        assertThat(f.recommendationsMade()).isZero();
        assertThat(f.recommendationsClosed()).isEqualTo(1); // the unplanned inspection's, closed 20/10
        assertThat(f.coordinations()).isZero();
    }

    @Test
    void oneCellWasLateInTheSecondQuarterAndOneMissedTheThird() {
        List<TimelinessLine> q2 = ktgs.reports().timeliness(seed.committee().id(), ReportingPeriod.quarter(2025, 2));
        List<TimelinessLine> q3 = ktgs.reports().timeliness(seed.committee().id(), ReportingPeriod.quarter(2025, 3));

        assertThat(q2).filteredOn(l -> l.status() != Timeliness.ON_TIME).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo(Timeliness.LATE);
            assertThat(l.daysLate()).isEqualTo(5);        // due 10/7, submitted 15/7
        });
        assertThat(q3).filteredOn(l -> l.status() != Timeliness.ON_TIME).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(Timeliness.MISSING));
    }
}
