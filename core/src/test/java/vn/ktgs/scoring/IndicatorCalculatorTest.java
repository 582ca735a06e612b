package vn.ktgs.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static vn.ktgs.testing.RecordsTestData.activity;
import static vn.ktgs.testing.RecordsTestData.adoptedPlan;
import static vn.ktgs.testing.RecordsTestData.item;
import static vn.ktgs.testing.RecordsTestData.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationCommands.Leave;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.report.ReportingSchedule;
import vn.ktgs.testing.OrgFixture;

/**
 * One cell's 2025 by hand: five members (m5 leaves on 30/6), a plan of three items — i1 concluded on time, i2
 * concluded five days after its window (and later corrected), i3 never concluded — and an inspection on signs
 * of violation with a coordination and a recommendation closed in time.
 */
class IndicatorCalculatorTest {

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    private final OrgFixture fx = new OrgFixture();
    private final IndicatorCalculator calculator = new IndicatorCalculator(ReportingSchedule.defaults());
    private final Organisation cell = fx.cell("CB1", "Chi bộ Phòng Tổng hợp");
    private final Member m1 = fx.role(fx.member("DV1", "Nguyễn Văn Hùng", cell), cell, RoleKind.SECRETARY);
    private final Member m2 = fx.member("DV2", "Trần Thị Thu Hà", cell);
    private final Member m3 = fx.member("DV3", "Lê Quang Vinh", cell);
    private final Member m4 = fx.member("DV4", "Phạm Thị Hồng Nhung", cell);
    private final Member m5 = fx.member("DV5", "Tôn Thất Ấn", cell);
    private final PlanItem i1 = item(ActivityKind.REGULAR_SUPERVISION, d(2, 1), d(3, 31), m1.id(), member(m2));
    private final PlanItem i2 = item(ActivityKind.DUTY_INSPECTION, d(4, 1), d(6, 30), m2.id(), member(m3));
    private final PlanItem i3 = item(ActivityKind.DUTY_INSPECTION, d(7, 1), d(9, 30), m2.id(), member(m4));
    private final Plan plan = adoptedPlan(cell, 2025, d(1, 10), List.of(i1, i2, i3));

    private CellRecords records() {
        fx.service.leave(new Leave(m5.id(), cell.id(), d(6, 30))).orThrow();
        Activity a1 = activity(cell, m1.id(), d(2, 3)).planned(plan, i1).target(member(m2)).concluded(d(3, 20), 0)
                .build();
        Activity a2 = activity(cell, m2.id(), d(4, 2)).planned(plan, i2).target(member(m3)).concluded(d(7, 5), 1)
                .build();
        Activity a2Corrected = activity(cell, m2.id(), d(4, 2)).planned(plan, i2).target(member(m3))
                .concluded(d(7, 5), 0).correcting(a2).build();
        Activity a3 = activity(cell, m2.id(), d(7, 2)).planned(plan, i3).target(member(m4)).build();
        Activity a4 = activity(cell, m3.id(), d(8, 1)).target(member(m2)).coordination(
                CoordinationPartner.AGENCY_INSPECTION, d(8, 10)).concluded(d(8, 20), 1).recommendation(d(9, 1)).build();
        return new CellRecords(fx.service.organisation(cell.id()), fx.service.people(cell.id()), plan,
                List.of(a1, a2, a2Corrected, a3, a4), List.of());
    }

    private static String fraction(Map<Indicator, IndicatorValue> v, Indicator i) {
        return v.get(i).numerator() + "/" + v.get(i).denominator();
    }

    @Test
    void computesEveryIndicatorFromTheRecords() {
        var v = calculator.cell(records(), 2025, LocalDate.of(2026, 2, 1), Set.of(m1.id(), m2.id(), m5.id()));

        assertThat(fraction(v, Indicator.PLAN_ADOPTED)).isEqualTo("1/1");
        assertThat(v.get(Indicator.PLAN_ADOPTED).note()).isEqualTo("2025-01-10");
        assertThat(fraction(v, Indicator.PLAN_ITEMS_WITH_TARGETS)).isEqualTo("3/3");
        assertThat(fraction(v, Indicator.PLAN_ITEMS_TIED_TO_POLITICAL_TASK)).isEqualTo("0/3"); // no content focus
        assertThat(fraction(v, Indicator.PLAN_HAS_INSPECTION_AND_SUPERVISION)).isEqualTo("1/1");
        assertThat(fraction(v, Indicator.ITEMS_CONCLUDED_ON_TIME)).isEqualTo("1/3");          // i1 only
        assertThat(v.get(Indicator.ITEMS_CONCLUDED_ON_TIME).counted()).containsExactly(i1.id().value());
        assertThat(fraction(v, Indicator.ITEMS_LATE)).isEqualTo("2/3");                       // i2 late, i3 never
        assertThat(fraction(v, Indicator.MEMBER_COVERAGE)).isEqualTo("3/5");                  // m2, m3, m4 (a3, open) of m1..m5
        assertThat(fraction(v, Indicator.RECOMMENDATIONS_CLOSED_ON_TIME)).isEqualTo("1/1");
        assertThat(fraction(v, Indicator.COORDINATED_ACTIVITIES)).isEqualTo("1/1");
        assertThat(fraction(v, Indicator.SECRETARY_LED)).isEqualTo("1/1");                    // m1 led a1
        assertThat(fraction(v, Indicator.VIOLATIONS_FOUND)).isEqualTo("1/1");                 // a4; a2 corrected to 0
        assertThat(fraction(v, Indicator.VIOLATIONS_HANDLED)).isEqualTo("0/1");               // a4 not followed up
        assertThat(fraction(v, Indicator.REPORTS_ON_TIME)).isEqualTo("0/5");                  // 4 quarters + year due
        assertThat(fraction(v, Indicator.DISSEMINATION_REACH)).isEqualTo("2/4");              // m1, m2 of m1..m4
        assertThat(v.get(Indicator.CELLS_WITH_ADOPTED_PLAN).applicable()).isFalse();
        assertThat(fraction(v, Indicator.PLAN_TARGETS_MEMBER_SHARE)).isEqualTo("3/5");        // m2, m3, m4 named by i1..i3
        assertThat(fraction(v, Indicator.PLAN_TARGETS_LEADERSHIP)).isEqualTo("0/1");          // m1, the secretary, is not
        assertThat(fraction(v, Indicator.MEMBERS_DISCIPLINED)).isEqualTo("0/1");
        assertThat(fraction(v, Indicator.LEADERSHIP_DISCIPLINED)).isEqualTo("0/1");
    }

    @Test
    void countsTheMembersAndTheLeadersDisciplinedInTheYearEachOnce() {
        CellRecords r = records();
        Member m6 = fx.role(fx.member("DV6", "Đỗ Minh Tuấn", cell), cell, RoleKind.CELL_COMMITTEE_MEMBER);
        // m3 warned twice in 2025 (counted once), m1 (secretary) reprimanded in 2025, m6 (cell committee) in 2024,
        // m4 in 2026: only 2025's count
        Activity disciplines = activity(cell, m1.id(), d(5, 1)).target(member(m3), member(m1)).concluded(d(6, 1), 2)
                .discipline(member(m3), vn.ktgs.activity.DisciplineForm.WARNING, d(6, 10))
                .build();
        List<Activity> all = new ArrayList<>(r.activities());
        all.add(disciplines);
        all.add(activity(cell, m1.id(), d(7, 1)).target(member(m3), member(m1)).concluded(d(7, 20), 2)
                .discipline(member(m3), vn.ktgs.activity.DisciplineForm.REPRIMAND, d(7, 25))
                .discipline(member(m1), vn.ktgs.activity.DisciplineForm.REPRIMAND, d(7, 25)).build());
        all.add(activity(cell, m1.id(), LocalDate.of(2024, 3, 1)).target(member(m6))
                .concluded(LocalDate.of(2024, 4, 1), 1)
                .discipline(member(m6), vn.ktgs.activity.DisciplineForm.REPRIMAND, LocalDate.of(2024, 4, 5)).build());
        all.add(activity(cell, m1.id(), d(12, 1)).target(member(m4)).concluded(d(12, 20), 1)
                .discipline(member(m4), vn.ktgs.activity.DisciplineForm.REPRIMAND, LocalDate.of(2026, 1, 5)).build());
        CellRecords withDisciplines = new CellRecords(fx.service.organisation(cell.id()), fx.service.people(cell.id()),
                r.plan(), all, List.of());

        var v = calculator.cell(withDisciplines, 2025, LocalDate.of(2026, 2, 1), null);
        assertThat(fraction(v, Indicator.MEMBERS_DISCIPLINED)).isEqualTo("2/1");
        assertThat(v.get(Indicator.MEMBERS_DISCIPLINED).counted()).containsExactlyInAnyOrder(m1.id().value(),
                m3.id().value()).isSorted();
        assertThat(fraction(v, Indicator.LEADERSHIP_DISCIPLINED)).isEqualTo("1/1");
        assertThat(v.get(Indicator.LEADERSHIP_DISCIPLINED).counted()).containsExactly(m1.id().value());
        // m6 now holds a leadership role: the plan names none of m1 and m6
        assertThat(fraction(v, Indicator.PLAN_TARGETS_LEADERSHIP)).isEqualTo("0/2");
        assertThat(fraction(v, Indicator.PLAN_TARGETS_MEMBER_SHARE)).isEqualTo("3/6");
    }

    @Test
    void aPlanThatNamesTheLeadershipCoversIt() {
        PlanItem onSecretary = item(ActivityKind.REGULAR_SUPERVISION, d(2, 1), d(3, 31), m2.id(), member(m1),
                member(m2));
        Plan named = adoptedPlan(cell, 2025, d(1, 10), List.of(onSecretary));
        CellRecords r = new CellRecords(fx.service.organisation(cell.id()), fx.service.people(cell.id()), named,
                List.of(), List.of());
        var v = calculator.cell(r, 2025, LocalDate.of(2026, 2, 1), null);
        assertThat(fraction(v, Indicator.PLAN_TARGETS_LEADERSHIP)).isEqualTo("1/1");
        assertThat(fraction(v, Indicator.PLAN_TARGETS_MEMBER_SHARE)).isEqualTo("2/5");
    }

    @Test
    void countsOnlyTheReportsAlreadyDueAndNoDisseminationWhenNoDocumentIsNamed() {
        var v = calculator.cell(records(), 2025, LocalDate.of(2025, 12, 31), null);
        assertThat(fraction(v, Indicator.REPORTS_ON_TIME)).isEqualTo("0/3");     // Q4 is due 10/1, the year 20/1
        assertThat(v.get(Indicator.DISSEMINATION_REACH).applicable()).isFalse();
    }

    @Test
    void noPlanMeansNoItemsAndAFailedFlag() {
        CellRecords r = records();
        var v = calculator.cell(new CellRecords(r.cell(), r.people(), null, r.activities(), r.reports()), 2025,
                LocalDate.of(2026, 2, 1), null);
        assertThat(fraction(v, Indicator.PLAN_ADOPTED)).isEqualTo("0/1");
        assertThat(v.get(Indicator.ITEMS_CONCLUDED_ON_TIME).applicable()).isFalse();
        assertThat(fraction(v, Indicator.MEMBER_COVERAGE)).isEqualTo("3/5");
        // no plan: nobody is named by it, which counts as 0 over the roll (not as "not applicable")
        assertThat(fraction(v, Indicator.PLAN_TARGETS_MEMBER_SHARE)).isEqualTo("0/5");
        assertThat(fraction(v, Indicator.PLAN_TARGETS_LEADERSHIP)).isEqualTo("0/1");
        assertThat(fraction(v, Indicator.PLAN_HAS_INSPECTION_AND_SUPERVISION)).isEqualTo("0/1");
    }

    @Test
    void theCommitteeSeesWhichCellsHaveAPlanCarriedOutAndAnAssignedMember() {
        CellRecords r = records();
        Organisation other = fx.cell("CB2", "Chi bộ Phòng Kinh tế");
        var v = calculator.committee(List.of(r, new CellRecords(other, List.of(), null, List.of(), List.of())), 2025);
        assertThat(fraction(v, Indicator.CELLS_WITH_ADOPTED_PLAN)).isEqualTo("1/2");
        assertThat(fraction(v, Indicator.CELLS_IMPLEMENTING_PLAN)).isEqualTo("0/2");         // i3 never concluded
        assertThat(fraction(v, Indicator.CELLS_WITH_ASSIGNED_BCH_MEMBER)).isEqualTo("0/2");
    }

    @Test
    void aCellImplementsItsPlanWhenEveryItemHasARecordConcludedByTheYearsEndEvenIfNotTheLatest() {
        CellRecords r = records();
        // i3 gets an earlier record concluded on 20/9; its latest record (a3, opened 2/7) is still open
        Activity a3Earlier = activity(cell, m2.id(), d(7, 1)).planned(plan, i3).target(member(m4))
                .concluded(d(9, 20), 0).build();
        List<Activity> activities = new ArrayList<>(r.activities());
        activities.add(a3Earlier);
        CellRecords done = new CellRecords(r.cell(), r.people(), r.plan(), activities, r.reports());
        Organisation other = fx.cell("CB2", "Chi bộ Phòng Kinh tế");
        CellRecords empty = new CellRecords(other, List.of(), null, List.of(), List.of());

        var own = calculator.committee(List.of(done, empty), 2025);
        assertThat(fraction(own, Indicator.CELLS_WITH_ADOPTED_PLAN)).isEqualTo("1/2");
        assertThat(fraction(own, Indicator.CELLS_IMPLEMENTING_PLAN)).isEqualTo("1/2");
        assertThat(own.get(Indicator.CELLS_IMPLEMENTING_PLAN).counted()).containsExactly(cell.id().value());
        // the cell's own figure still judges each item by its latest record: i3's is open, so late
        var v = calculator.cell(done, 2025, LocalDate.of(2026, 2, 1), null);
        assertThat(fraction(v, Indicator.ITEMS_CONCLUDED_ON_TIME)).isEqualTo("1/3");

        // scoring the committee gathers the same figures in its pass over the cells
        var scored = ScoringService.score(fx.committee,
                List.of(empty, done), 2025, LocalDate.of(2026, 2, 1), new Scorer(CriteriaSetTestData.aSet()), null,
                calculator);
        assertThat(scored.indicators()).containsExactlyElementsOf(own.values());
    }

    @Test
    void scoringACommitteeReusesItsBuffersFromCellToCellWithoutCarryingAnythingOver() {
        CellRecords small = records();
        // a cell of 40 (past the size at which people are found by a hash map and sorted as boxed indexes), every
        // other one targeted by a record, and an empty cell between the others
        Organisation big = fx.cell("CB0", "Chi bộ Phòng Tài chính – Kế toán");
        List<Member> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(fx.member("DV3-" + i, "Đảng viên số " + i, big));
        }
        List<Activity> records = new ArrayList<>();
        for (int i = 0; i < 40; i += 2) {
            records.add(activity(big, many.get(i + 1).id(), d(3, 1 + i / 2)).target(member(many.get(i)))
                    .concluded(d(5, 1), 0).build());
        }
        CellRecords large = new CellRecords(fx.service.organisation(big.id()), fx.service.people(big.id()), null,
                records, List.of());
        CellRecords empty = new CellRecords(fx.cell("CB2", "Chi bộ Phòng Kinh tế"), List.of(), null, List.of(),
                List.of());
        Set<vn.ktgs.organisation.MemberId> reached = Set.of(m1.id(), many.get(0).id(), many.get(39).id());
        LocalDate asOf = LocalDate.of(2026, 2, 1);

        var scored = ScoringService.score(fx.committee, List.of(large, empty, small), 2025, asOf,
                new Scorer(CriteriaSetTestData.aSet()), reached, calculator);
        // cells come out by code: CB0 (large), CB1 (small, in the large one's buffers), CB2 (empty); each as alone
        List<CellRecords> byCode = List.of(large, small, empty);
        assertThat(scored.cells()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            var alone = calculator.cell(byCode.get(i), 2025, asOf, reached);
            assertThat(scored.cells().get(i).indicators()).as(byCode.get(i).cell().code())
                    .containsExactlyElementsOf(alone.values());
        }
        var coverage = calculator.cell(large, 2025, asOf, reached).get(Indicator.MEMBER_COVERAGE);
        assertThat(coverage.numerator() + "/" + coverage.denominator()).isEqualTo("20/40");
        assertThat(coverage.counted()).isSorted().hasSize(20);
    }

    @Test
    void theValuesDoNotDependOnTheOrderOfTheRecords() {
        CellRecords r = records();
        var expected = calculator.cell(r, 2025, LocalDate.of(2026, 2, 1), Set.of(m1.id()));
        qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
            List<Activity> activities = new ArrayList<>(r.activities());
            List<Member> people = new ArrayList<>(r.people());
            Collections.shuffle(activities, new Random(seed));
            Collections.shuffle(people, new Random(seed + 1));
            var shuffled = new CellRecords(r.cell(), people, r.plan(), activities, r.reports());
            assertThat(calculator.cell(shuffled, 2025, LocalDate.of(2026, 2, 1), Set.of(m1.id())))
                    .isEqualTo(expected);
        });
    }
}
