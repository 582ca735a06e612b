package vn.ktgs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.testing.RecordsTestData.activity;
import static vn.ktgs.testing.RecordsTestData.adoptedPlan;
import static vn.ktgs.testing.RecordsTestData.amended;
import static vn.ktgs.testing.RecordsTestData.item;
import static vn.ktgs.testing.RecordsTestData.member;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.testing.RecordsTestData;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.InMemoryActivities;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.InMemoryPlans;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.Target;
import vn.ktgs.testing.OrgFixture;

/**
 * A small hand-built first quarter of 2025 (window 1 January to 31 March under the default schedule): the
 * committee VPUB with cells CB1 and CB2, and a cell CB9 of another committee whose records must never count.
 */
class FigureCalculatorTest {

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    private final OrgFixture fx = new OrgFixture();
    private final InMemoryPlans plans = new InMemoryPlans();
    private final InMemoryActivities activities = new InMemoryActivities();
    private final FigureCalculator calculator =
            new FigureCalculator(plans, activities, fx.service, ReportingSchedule.defaults());
    private final ReportingPeriod q1 = ReportingPeriod.quarter(2025, 1);

    private Organisation cb1;
    private Organisation cb2;
    private Organisation cb9;
    private Member m1;
    private Member m2;
    private Member m3;
    private Member m4;

    @BeforeEach
    void scenario() {
        cb1 = fx.cell("CB1", "Chi bộ Phòng Tổng hợp");
        cb2 = fx.cell("CB2", "Chi bộ Phòng Hành chính");
        Organisation other = fx.organisation("SXD", "Đảng bộ Sở Xây dựng", OrganisationKind.GRASSROOTS_COMMITTEE,
                fx.bloc);
        cb9 = fx.organisation("CB9", "Chi bộ Thanh tra Sở", OrganisationKind.SUBORDINATE_CELL, other);
        m1 = fx.member("DV1", "Nguyễn Văn An", cb1);
        m2 = fx.member("DV2", "Trần Thị Bình", cb1);
        m3 = fx.member("DV3", "Lê Văn Cường", cb1);
        m4 = fx.member("DV4", "Phạm Thị Dung", cb2);
        Member m9 = fx.member("DV9", "Hoàng Văn Giang", cb9);

        // Committee plan, adopted 20/12/2024: one item starting 5 January.
        PlanItem c1 = item(ActivityKind.LOWER_ORGANISATION_INSPECTION, d(1, 5), d(1, 31), m1.id(),
                Target.organisation(cb1.id()));
        Plan committeePlan = adoptedPlan(fx.committee, 2025, LocalDate.of(2024, 12, 20), List.of(c1));
        // CB1 plan, adopted 15 January: items starting 1 February, 10 March, 1 June; amended 10 May (after the
        // window) with an item starting 1 March, which the quarter must not see.
        PlanItem i1 = item(ActivityKind.DUTY_INSPECTION, d(2, 1), d(2, 28), m1.id(), member(m1), member(m2));
        PlanItem i2 = item(ActivityKind.REGULAR_SUPERVISION, d(3, 10), d(4, 30), m1.id(), member(m3));
        PlanItem i3 = item(ActivityKind.THEMATIC_SUPERVISION, d(6, 1), d(6, 30), m1.id(), member(m2));
        PlanItem i4 = item(ActivityKind.DUTY_INSPECTION, d(3, 1), d(3, 31), m1.id(), member(m3));
        Plan cb1Plan = amended(adoptedPlan(cb1, 2025, d(1, 15), List.of(i1, i2, i3)), d(5, 10), i4);
        // CB2 adopted only on 2 April; CB9 is outside; CB1's 2024 plan is another year.
        Plan cb2Plan = adoptedPlan(cb2, 2025, d(4, 2),
                List.of(item(ActivityKind.DUTY_INSPECTION, d(2, 1), d(2, 5), m4.id(), member(m4))));
        Plan cb9Plan = adoptedPlan(cb9, 2025, d(1, 10),
                List.of(item(ActivityKind.DUTY_INSPECTION, d(2, 1), d(2, 5), m9.id(), member(m9))));
        Plan cb1Last = adoptedPlan(cb1, 2024, LocalDate.of(2024, 1, 10),
                List.of(item(ActivityKind.DUTY_INSPECTION, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 5),
                        m1.id(), member(m1))));
        RecordsTestData.save(plans, committeePlan, cb1Plan, cb2Plan, cb9Plan, cb1Last);

        // a1: CB1 carries out i1; notified 3/2, concluded 20/3 with 2 violations and 2 recommendations (one closed
        // 28/3), a warning decided 25/3, a coordination with the trade union on 10/2.
        activity(cb1, m1.id(), d(2, 3)).planned(cb1Plan, i1).target(member(m1), member(m2))
                .concluded(d(3, 20), 2).recommendation(d(3, 28)).recommendation(null)
                .discipline(member(m1), DisciplineForm.WARNING, d(3, 25))
                .coordination(CoordinationPartner.TRADE_UNION, d(2, 10))
                .saveIn(activities);
        // a2: CB1 carries out i2; notified 15/3, not concluded.
        activity(cb1, m1.id(), d(3, 15)).planned(cb1Plan, i2).target(member(m3)).saveIn(activities);
        // a3: CB1 inspects on signs of violation; notified 30/3, concluded 5/4 (after the window).
        activity(cb1, m1.id(), d(3, 30)).target(member(m2)).concluded(d(4, 5), 1).recommendation(null)
                .saveIn(activities);
        // a4: CB2 inspects on signs of violation; notified 20/12/2024 (before the window), concluded 10/1 with 1
        // violation and 2 recommendations (closed 1/2 and 3/4), a reprimand 20/1, a coordination 22/12/2024.
        activity(cb2, m4.id(), LocalDate.of(2024, 12, 20)).target(member(m4)).concluded(d(1, 10), 1)
                .recommendation(d(2, 1)).recommendation(d(4, 3))
                .discipline(member(m4), DisciplineForm.REPRIMAND, d(1, 20))
                .coordination(CoordinationPartner.AGENCY_INSPECTION, LocalDate.of(2024, 12, 22))
                .saveIn(activities);
        // a5: the committee carries out c1 on CB1; notified 6/1, concluded 30/1 with no violation and one open
        // recommendation, a coordination with the agency's inspection on 20/1.
        activity(fx.committee, m1.id(), d(1, 6)).planned(committeePlan, c1).target(Target.organisation(cb1.id()))
                .concluded(d(1, 30), 0).recommendation(null)
                .coordination(CoordinationPartner.AGENCY_INSPECTION, d(1, 20))
                .saveIn(activities);
        // a6: CB9, outside the committee: everything inside the window, none of it counts.
        activity(cb9, m9.id(), d(2, 2)).planned(cb9Plan, cb9Plan.items().get(0)).target(member(m9))
                .concluded(d(3, 1), 3).recommendation(d(3, 2))
                .discipline(member(m9), DisciplineForm.WARNING, d(3, 3))
                .coordination(CoordinationPartner.YOUTH_UNION, d(2, 4))
                .saveIn(activities);
    }

    @Test
    void countsTheCommitteeAndEveryCellBelowItOverTheQuarter() {
        ReportFigures f = calculator.figures(fx.committee.id(), q1);

        // VPUB (adopted 20/12/2024) + CB1 (15/1); CB2 adopted 2/4 is after 31/3; CB9 is outside.
        assertThat(f.plansAdopted()).isEqualTo(2);
        // VPUB: c1 (5/1) = 1; CB1 revision 1 (revision 2 came 10/5): i1 (1/2) + i2 (10/3) = 2, i3 (1/6) too late.
        assertThat(f.itemsPlanned()).isEqualTo(1 + 2);
        // a1 (20/3, planned) + a5 (30/1, planned); a3 concluded 5/4; a4 is unplanned.
        assertThat(f.itemsConcluded()).isEqualTo(2);
        // a1 3/2 + a2 15/3 + a3 30/3 + a5 6/1; a4 notified 20/12/2024.
        assertThat(f.activitiesOpened()).isEqualTo(4);
        // a3 only; a4 was notified before the window.
        assertThat(f.unplannedInspections()).isEqualTo(1);
        // a1 {DV1, DV2} ∪ a2 {DV3} ∪ a3 {DV2} = 3; a5 targets an organisation.
        assertThat(f.membersReached()).isEqualTo(3);
        // a1 2 + a4 1 (concluded 10/1); a3's is concluded 5/4.
        assertThat(f.violationsFound()).isEqualTo(2 + 1);
        // a1 warning 25/3 + a4 reprimand 20/1.
        assertThat(f.disciplineDecisions()).isEqualTo(2);
        // a1 2 + a4 2 + a5 1 (records concluded in the window); a3's is concluded 5/4.
        assertThat(f.recommendationsMade()).isEqualTo(2 + 2 + 1);
        // a1 28/3 + a4 1/2; a4's other closed 3/4.
        assertThat(f.recommendationsClosed()).isEqualTo(2);
        // a1 10/2 + a5 20/1; a4's was 22/12/2024.
        assertThat(f.coordinations()).isEqualTo(2);
    }

    @Test
    void countsOneCellAloneWithoutItsSiblingsOrCommittee() {
        ReportFigures f = calculator.figures(cb1.id(), q1);

        assertThat(f).isEqualTo(new ReportFigures(
                1,      // CB1's plan
                2,      // i1 + i2
                1,      // a1
                3,      // a1, a2, a3
                1,      // a3
                3,      // DV1, DV2, DV3
                2,      // a1's violations
                1,      // a1's warning
                2,      // a1's recommendations
                1,      // a1's closed 28/3
                1));    // a1's trade union
    }

    @Test
    void seesTheAmendmentOnceItIsInForceAtTheWindowEnd() {
        // 2025-H1 ends 30/6: CB1's revision 2 (10/5) is in force: i1 + i2 + i3 (1/6) + i4 (1/3) = 4; CB2 adopted.
        ReportFigures f = calculator.figures(fx.committee.id(), ReportingPeriod.halfYear(2025, 1));

        assertThat(f.plansAdopted()).isEqualTo(3);
        assertThat(f.itemsPlanned()).isEqualTo(1 + 4 + 1);
        // H1 counts from 1 January: a1, a2, a3, a5 opened; a3 also concluded (5/4) with 1 violation and 1 rec.
        assertThat(f.activitiesOpened()).isEqualTo(4);
        assertThat(f.violationsFound()).isEqualTo(2 + 1 + 1);
        assertThat(f.recommendationsMade()).isEqualTo(2 + 2 + 1 + 1);
        // a1 28/3 + a4 1/2 + a4 3/4.
        assertThat(f.recommendationsClosed()).isEqualTo(3);
    }

    @Test
    void countsACorrectedRecordOnlyThroughItsCorrection() {
        ReportFigures before = calculator.figures(fx.committee.id(), q1);
        var original = activity(cb2, m3.id(), d(2, 1)).target(member(m3)).concluded(d(2, 20), 3)
                .saveIn(activities);
        activity(cb2, m3.id(), d(2, 1)).target(member(m3)).concluded(d(3, 5), 1).correcting(original)
                .saveIn(activities);

        ReportFigures after = calculator.figures(fx.committee.id(), q1);

        // one record opened and concluded, not two; its 1 violation, not 1 + 3
        assertThat(after.activitiesOpened()).isEqualTo(before.activitiesOpened() + 1);
        assertThat(after.unplannedInspections()).isEqualTo(before.unplannedInspections() + 1);
        assertThat(after.violationsFound()).isEqualTo(before.violationsFound() + 1);
    }

    @Test
    void namesEveryFigureInBothLanguages() {
        ReportFigures f = calculator.figures(fx.committee.id(), q1);

        assertThat(f.asMap()).hasSize(Figure.values().length).containsEntry(Figure.VIOLATIONS_FOUND, 3);
        assertThat(Figure.MEMBERS_REACHED.label()).isEqualTo("Số đảng viên được kiểm tra, giám sát");
        assertThat(Figure.MEMBERS_REACHED.label(java.util.Locale.ENGLISH)).isEqualTo("Members inspected or supervised");
    }
}
