package vn.ktgs.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.ktgs.testing.RecordsTestData.activity;
import static vn.ktgs.testing.RecordsTestData.adoptedPlan;
import static vn.ktgs.testing.RecordsTestData.item;
import static vn.ktgs.testing.RecordsTestData.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.InMemoryActivities;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.document.InMemoryDisseminations;
import vn.ktgs.document.InMemoryDocuments;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.InMemoryPlans;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.report.InMemoryReports;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportId;
import vn.ktgs.report.ReportStatus;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.ReportingSchedule;
import vn.ktgs.testing.OrgFixture;

/**
 * A committee with two cells in 2025 under the default schedule (quarter and year required; quarter deadlines
 * 10 days after the quarter, the year's 20 days after it). Cell 1 adopted its plan on 10/1 with two items; cell 2
 * and the committee itself have none.
 */
class FollowUpServiceTest {

    private final OrgFixture fx = new OrgFixture();
    private final InMemoryPlans plans = new InMemoryPlans();
    private final InMemoryActivities activities = new InMemoryActivities();
    private final InMemoryReports reports = new InMemoryReports();
    private final FollowUpService service = new FollowUpService(fx.service, plans, activities, reports,
            new InMemoryDocuments(), new InMemoryDisseminations(), new InMemorySentNotices(),
            ReportingSchedule.defaults(), FollowUpRules.defaults());
    private final Organisation cb1 = fx.cell("CB1", "Chi bộ Phòng Tổng hợp");
    private final Organisation cb2 = fx.cell("CB2", "Chi bộ Phòng Kinh tế");
    private final Member an = fx.role(fx.member("DV1", "Nguyễn Văn An", cb1), cb1, RoleKind.SECRETARY);
    private final Member binh = fx.member("DV2", "Trần Thị Bình", cb1);
    private final Member cuong = fx.role(fx.member("DV3", "Lê Văn Cường", cb2), cb2, RoleKind.SECRETARY);
    private final PlanItem spring = item(ActivityKind.REGULAR_SUPERVISION, LocalDate.of(2025, 2, 1),
            LocalDate.of(2025, 3, 31), binh.id(), member(an));
    private final PlanItem summer = item(ActivityKind.DUTY_INSPECTION, LocalDate.of(2025, 6, 1),
            LocalDate.of(2025, 7, 31), an.id(), member(binh));
    private final Plan plan1 = adoptedPlan(cb1, 2025, LocalDate.of(2025, 1, 10), List.of(spring, summer));

    FollowUpServiceTest() {
        plans.save(plan1);
    }

    private List<Overdue> of(OverdueKind kind, OrganisationId root, LocalDate day) {
        return service.overdue(root, day).stream().filter(o -> o.kind() == kind).toList();
    }

    private void submitted(Organisation cell, ReportingPeriod period, LocalDate on) {
        reports.save(new Report(ReportId.random(), cell.id(), period, new ReportFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0), on, "", ReportStatus.SUBMITTED, List.of(new Report.Submission(on, null, null)), 1));
    }

    @Test
    void aPlanNotAdoptedOnceTheYearHasBegunIsOverdueWithTheSecretaryResponsible() {
        List<Overdue> found = of(OverdueKind.PLAN_NOT_ADOPTED, fx.committee.id(), LocalDate.of(2025, 1, 15));

        // the committee (no secretary in the fixture) and cell 2; cell 1 adopted on 10/1
        assertThat(found).extracting(Overdue::organisation, Overdue::due, Overdue::daysOverdue, Overdue::responsible)
                .containsExactlyInAnyOrder(
                        tuple(fx.committee.id(), LocalDate.of(2025, 1, 1), 14L, null),
                        tuple(cb2.id(), LocalDate.of(2025, 1, 1), 14L, cuong.id()));
    }

    @Test
    void aPlanAdoptedAfterTheDayAskedAboutIsStillOverdueOnThatDay() {
        assertThat(of(OverdueKind.PLAN_NOT_ADOPTED, cb1.id(), LocalDate.of(2025, 1, 5)))
                .extracting(Overdue::organisation, Overdue::plan).containsExactly(tuple(cb1.id(), plan1.id()));
        assertThat(of(OverdueKind.PLAN_NOT_ADOPTED, cb1.id(), LocalDate.of(2025, 1, 10))).isEmpty();
        assertThat(of(OverdueKind.PLAN_NOT_ADOPTED, cb1.id(), LocalDate.of(2025, 1, 1))).as("not yet a day late")
                .isEmpty();
    }

    @Test
    void anItemPastItsWindowWithoutAConclusionIsOverdueWithItsResponsibleMember() {
        Activity open = activity(cb1, binh.id(), LocalDate.of(2025, 2, 5)).planned(plan1, spring).target(member(an))
                .saveIn(activities);

        List<Overdue> found = of(OverdueKind.ITEM_PAST_WINDOW, fx.committee.id(), LocalDate.of(2025, 4, 10));

        assertThat(found).extracting(Overdue::organisation, Overdue::item, Overdue::activity, Overdue::due,
                Overdue::daysOverdue, Overdue::responsible, Overdue::subject)
                .containsExactly(tuple(cb1.id(), spring.id(), open.id(), LocalDate.of(2025, 3, 31), 10L, binh.id(),
                        spring.content()));
        assertThat(of(OverdueKind.ITEM_PAST_WINDOW, fx.committee.id(), LocalDate.of(2025, 3, 31)))
                .as("on the window's last day it is not yet overdue").isEmpty();
    }

    @Test
    void anItemConcludedByTheDayIsNotOverdueButOneConcludedLaterStillIsOnThatDay() {
        activity(cb1, binh.id(), LocalDate.of(2025, 2, 5)).planned(plan1, spring).target(member(an))
                .concluded(LocalDate.of(2025, 4, 20), 0).saveIn(activities);

        assertThat(of(OverdueKind.ITEM_PAST_WINDOW, cb1.id(), LocalDate.of(2025, 4, 10))).hasSize(1);
        assertThat(of(OverdueKind.ITEM_PAST_WINDOW, cb1.id(), LocalDate.of(2025, 4, 21))).isEmpty();
        assertThat(of(OverdueKind.ITEM_PAST_WINDOW, cb1.id(), LocalDate.of(2025, 8, 5)))
                .extracting(Overdue::item).containsExactly(summer.id());
    }

    @Test
    void anOpenRecommendationPastItsDueDayIsOverdueAndOneFromASignsOfViolationInspectionIsMarkedConfidential() {
        // concluded 1/3, due 1/4, closed 15/4
        activity(cb1, an.id(), LocalDate.of(2025, 2, 5)).planned(plan1, spring).target(member(an))
                .concluded(LocalDate.of(2025, 3, 1), 0).recommendation(LocalDate.of(2025, 4, 15)).saveIn(activities);
        // unplanned, concluded 10/3, due 10/4, still open
        Activity hidden = activity(cb1, an.id(), LocalDate.of(2025, 3, 1)).target(member(binh))
                .concluded(LocalDate.of(2025, 3, 10), 1).recommendation(null).saveIn(activities);

        List<Overdue> onTheTwelfth = of(OverdueKind.RECOMMENDATION_PAST_DUE, fx.committee.id(),
                LocalDate.of(2025, 4, 12));
        assertThat(onTheTwelfth).extracting(Overdue::due, Overdue::daysOverdue, Overdue::confidential,
                Overdue::responsible).containsExactly(
                        tuple(LocalDate.of(2025, 4, 1), 11L, false, an.id()),
                        tuple(LocalDate.of(2025, 4, 10), 2L, true, an.id()));
        assertThat(of(OverdueKind.RECOMMENDATION_PAST_DUE, fx.committee.id(), LocalDate.of(2025, 4, 20)))
                .extracting(Overdue::activity).containsExactly(hidden.id());
    }

    @Test
    void aRequiredReportPastItsDeadlineAndNotSubmittedByTheDayIsOverdue() {
        plans.save(adoptedPlan(cb1, 2024, LocalDate.of(2024, 1, 5), List.of(item(ActivityKind.REGULAR_SUPERVISION,
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31), an.id(), member(binh)))));
        submitted(cb1, ReportingPeriod.quarter(2025, 1), LocalDate.of(2025, 4, 8));
        submitted(cb2, ReportingPeriod.quarter(2025, 1), LocalDate.of(2025, 4, 14));

        List<Overdue> found = of(OverdueKind.REPORT_NOT_SUBMITTED, fx.committee.id(), LocalDate.of(2025, 4, 12));

        // Q1 deadline 10/4: cell 2 sent it on 14/4, after the day asked about; cell 1, which had a plan for 2024,
        // never sent that year's reports; cell 2 had no plan for 2024, so owes none of its reports here
        assertThat(found).hasSize(1 + 5);
        assertThat(found).filteredOn(o -> o.period().year() == 2024).extracting(Overdue::period).containsOnly(
                ReportingPeriod.quarter(2024, 1), ReportingPeriod.quarter(2024, 2), ReportingPeriod.quarter(2024, 3),
                ReportingPeriod.quarter(2024, 4), ReportingPeriod.year(2024));
        assertThat(found).extracting(Overdue::organisation, Overdue::period, Overdue::due, Overdue::responsible)
                .contains(
                        tuple(cb2.id(), ReportingPeriod.quarter(2025, 1), LocalDate.of(2025, 4, 10), cuong.id()),
                        tuple(cb1.id(), ReportingPeriod.year(2024), LocalDate.of(2025, 1, 20), an.id()));
        assertThat(found).noneMatch(o -> o.organisation().equals(cb2.id()) && o.period().year() == 2024);
        assertThat(found).noneMatch(o -> o.organisation().equals(fx.committee.id()));
        assertThat(of(OverdueKind.REPORT_NOT_SUBMITTED, fx.committee.id(), LocalDate.of(2025, 4, 15)))
                .noneMatch(o -> o.period().equals(ReportingPeriod.quarter(2025, 1)));
    }

    @Test
    void theListIsOrderedByDaysOverdueMostFirst() {
        List<Overdue> all = service.overdue(fx.committee.id(), LocalDate.of(2025, 9, 1));

        assertThat(all).isNotEmpty();
        assertThat(all).extracting(Overdue::daysOverdue).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(all).extracting(Overdue::kind).contains(OverdueKind.PLAN_NOT_ADOPTED, OverdueKind.ITEM_PAST_WINDOW,
                OverdueKind.REPORT_NOT_SUBMITTED);
    }

    @Test
    void aCellAskedAboutAloneListsOnlyItsOwnWork() {
        assertThat(service.overdue(cb2.id(), LocalDate.of(2025, 9, 1))).isNotEmpty()
                .allMatch(o -> o.organisation().equals(cb2.id()));
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        assertThatThrownBy(() -> service.overdue(OrganisationId.random(), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyKindHasAVietnameseAndAnEnglishLabel() {
        for (OverdueKind k : OverdueKind.values()) {
            assertThat(k.label()).isNotEqualTo(k.name());
            assertThat(k.label(Locale.ENGLISH)).isNotEqualTo(k.name()).isNotEqualTo(k.label());
        }
    }
}
