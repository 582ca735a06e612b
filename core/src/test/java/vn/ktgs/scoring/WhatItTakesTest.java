package vn.ktgs.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.testing.RecordsTestData.activity;
import static vn.ktgs.testing.RecordsTestData.item;
import static vn.ktgs.testing.RecordsTestData.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.common.Messages;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.Target;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportId;
import vn.ktgs.report.ReportStatus;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.ReportingSchedule;
import vn.ktgs.testing.OrgFixture;
import vn.ktgs.testing.RecordsTestData;

/**
 * What it takes on records: cells built as records on 1 September 2025, their guidance, and the steps it proposes
 * done as records (the activities, amendments and reports a secretary would record) and scored again.
 */
class WhatItTakesTest {

    private static final int YEAR = 2025;
    private static final LocalDate ON = LocalDate.of(2025, 9, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    private final OrgFixture org = new OrgFixture();
    private final IndicatorCalculator calculator = new IndicatorCalculator(ReportingSchedule.defaults());
    private final Scorer scorer = new Scorer(CriteriaSetTestData.v2Like());

    /** A cell of ten members (the first its secretary), a plan of four items, two concluded on time. */
    private final class Cell {
        final Organisation cell;
        final List<Member> members = new ArrayList<>();
        Member secretary;
        Plan plan;
        final List<Activity> activities = new ArrayList<>();
        final List<Report> reports = new ArrayList<>();
        final Set<MemberId> reached = new HashSet<>();

        Cell(String code, boolean pastWindowOpen) {
            cell = org.cell(code, "Chi bộ " + code);
            for (int i = 1; i <= 10; i++) {
                members.add(org.member(code + "-" + i, "Đảng viên " + code + " số " + i, cell));
            }
            secretary = org.role(members.get(0), cell, RoleKind.SECRETARY);
            members.set(0, secretary);
            MemberId deputy = members.get(1).id();
            PlanItem a = item(ActivityKind.REGULAR_SUPERVISION, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31),
                    deputy, member(members.get(2)));
            PlanItem b = item(ActivityKind.REGULAR_SUPERVISION, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31),
                    deputy, member(members.get(3)));
            PlanItem c = item(ActivityKind.REGULAR_SUPERVISION, LocalDate.of(2025, pastWindowOpen ? 6 : 7, 1),
                    pastWindowOpen ? LocalDate.of(2025, 6, 30) : LocalDate.of(2025, 9, 30), deputy,
                    member(members.get(4)));
            PlanItem d = item(pastWindowOpen ? ActivityKind.DUTY_INSPECTION : ActivityKind.REGULAR_SUPERVISION,
                    LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 15),
                    deputy, member(members.get(5)));
            plan = RecordsTestData.adoptedPlan(cell, YEAR, LocalDate.of(2025, 1, 10), List.of(a, b, c, d));
            activities.add(activity(cell, deputy, LocalDate.of(2025, 2, 10)).planned(plan, a)
                    .target(member(members.get(2))).concluded(LocalDate.of(2025, 3, 20), 0).build());
            activities.add(activity(cell, deputy, LocalDate.of(2025, 4, 10)).planned(plan, b)
                    .target(member(members.get(3))).concluded(LocalDate.of(2025, 5, 20), 0).build());
            reports.add(report(cell, ReportingPeriod.quarter(YEAR, 1), LocalDate.of(2025, 4, 5)));
            reports.add(report(cell, ReportingPeriod.quarter(YEAR, 2), LocalDate.of(2025, 7, 5)));
        }

        CellRecords records() {
            return new CellRecords(cell, members, plan, activities, reports);
        }

        /** Does {@code count} steps of {@code kind} as records, on {@link #ON}, on the first candidates. */
        void apply(Step step) {
            List<Step.Candidate> on = step.candidates().subList(0, Math.min(step.count(),
                    step.candidates().size()));
            MemberId deputy = members.get(1).id();
            switch (step.kind()) {
                case CONCLUDE_ITEM -> {
                    for (Step.Candidate c : on) {
                        PlanItem item = plan.current().orElseThrow().items().stream()
                                .filter(i -> i.id().value().equals(c.id())).findFirst().orElseThrow();
                        activities.add(activity(cell, deputy, ON).planned(plan, item)
                                .target(item.targets().toArray(Target[]::new)).concluded(ON, 0).build());
                    }
                }
                case SUPERVISE_MEMBER -> {
                    for (Step.Candidate c : on) {
                        activities.add(activity(cell, deputy, ON).target(Target.member(new MemberId(c.id())))
                                .build());
                    }
                }
                case NAME_MEMBER_TARGET, NAME_LEADER_TARGET -> {
                    PlanRevision now = plan.current().orElseThrow();
                    List<PlanItem> items = new ArrayList<>(now.items());
                    PlanItem last = items.get(items.size() - 1);
                    List<Target> targets = new ArrayList<>(last.targets());
                    on.forEach(c -> targets.add(Target.member(new MemberId(c.id()))));
                    items.set(items.size() - 1, new PlanItem(last.id(), last.kind(), last.mode(), targets,
                            last.focus(), last.politicalTask(), last.content(), last.window(), last.responsible(),
                            last.team()));
                    List<PlanRevision> revisions = new ArrayList<>(plan.revisions());
                    revisions.add(new PlanRevision(revisions.size() + 1, items, ON, "Bổ sung đối tượng"));
                    plan = new Plan(plan.id(), plan.organisation(), YEAR, plan.title(), List.of(), revisions,
                            plan.version() + 1);
                }
                case ADD_MISSING_KIND_ITEM -> {
                    PlanItem added = item(ActivityKind.DUTY_INSPECTION, ON, YEAR_END, deputy, member(members.get(2)));
                    plan = RecordsTestData.amended(plan, ON, added);
                    activities.add(activity(cell, deputy, ON).planned(plan, added).target(member(members.get(2)))
                            .concluded(ON, 0).build());
                }
                case SUBMIT_REPORT -> on.forEach(c -> reports.add(report(cell, ReportingPeriod.parse(c.name()), ON)));
                case SECRETARY_LEADS -> activities.add(activity(cell, secretary.id(), ON).build());
                case COORDINATE -> {
                    for (int i = 0; i < step.count(); i++) {
                        activities.add(activity(cell, deputy, ON).coordination(CoordinationPartner.TRADE_UNION, ON)
                                .build());
                    }
                }
                case DISSEMINATE -> on.forEach(c -> reached.add(new MemberId(c.id())));
                default -> throw new AssertionError("no record made for " + step.kind() + " in this test");
            }
        }
    }

    private static Report report(Organisation cell, ReportingPeriod period, LocalDate submittedOn) {
        return new Report(ReportId.random(), cell.id(), period, new ReportFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                submittedOn, "", ReportStatus.SUBMITTED, List.of(new Report.Submission(submittedOn, null, null)), 1);
    }

    private CellGuidance guide(Cell cell) {
        return WhatItTakes.guide(List.of(cell.records()), YEAR, ON, scorer, null, calculator, null).get(0);
    }

    private Scorecard scoreAgain(Cell cell) {
        Map<Indicator, IndicatorValue> v = calculator.cell(cell.records(), YEAR, YEAR_END, null);
        return scorer.score(new Scorer.Subject(cell.cell.id(), cell.cell.code(), cell.cell.name()), YEAR, v);
    }

    @Test
    void theStepsForEachLevelDoneAsRecordsReachItWhenScoredAgain() {
        CellGuidance g = guide(new Cell("CB-A", false));
        // projected: plan 15, member share 4/10 → 10, leadership not applicable (no committee member but the
        // secretary, not named) 0/1 → 0, mix 0, implementation 2/4 → 8, coverage 2/10 → 5, reports 2/3 → 4, …
        assertThat(g.projected().afterGates()).isEqualTo(Level.NOT_COMPLETED);
        assertThat(g.paths()).extracting(LevelPath::level)
                .containsExactly(Level.COMPLETED, Level.GOOD, Level.EXCELLENT);
        for (Level level : List.of(Level.COMPLETED, Level.GOOD)) {
            LevelPath path = g.path(level).orElseThrow();
            assertThat(path.reachable()).as(level.name()).isTrue();
            Cell fresh = new Cell("CB-" + level.name(), false);
            CellGuidance again = guide(fresh);
            for (Step s : again.path(level).orElseThrow().steps()) {
                fresh.apply(s);
            }
            Scorecard after = scoreAgain(fresh);
            assertThat(after.afterGates().isAtLeast(level)).as("%s after %s", level,
                    again.path(level).orElseThrow().steps().stream().map(s -> s.text(Locale.ENGLISH)).toList())
                    .isTrue();
            assertThat(after.total()).isGreaterThanOrEqualTo(again.path(level).orElseThrow().total());
        }
        // one cell alone: the quota of 20% of one good cell allows no excellent one
        LevelPath excellent = g.path(Level.EXCELLENT).orElseThrow();
        assertThat(excellent.reachable()).isFalse();
        assertThat(excellent.noteTexts(Locale.ENGLISH)).singleElement().asString()
                .startsWith("the quota of 0.2 × 1 lets no organisation be rated excellent");
    }

    @Test
    void goodNeedsBothOpenItemsConcludedInTheirWindowsAndNamesThemWithTheirDays() {
        LevelPath good = guide(new Cell("CB-B", false)).path(Level.GOOD).orElseThrow();
        Step conclude = good.steps().stream().filter(s -> s.kind() == StepKind.CONCLUDE_ITEM).findFirst()
                .orElseThrow();
        // not every item on time caps at completed: both open items, soonest window first
        assertThat(conclude.count()).isEqualTo(2);
        assertThat(conclude.candidates()).extracting(Step.Candidate::due)
                .containsExactly(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 15));
        assertThat(conclude.text(Messages.VIETNAMESE)).startsWith("Kết luận nội dung kế hoạch trong thời hạn: cả 2 — ")
                .contains("(hạn 30/09/2025)").contains("2/4 → 4/4, khung [1, …), 8 → 20 điểm; thêm 12 điểm");
        assertThat(conclude.text(Locale.ENGLISH)).startsWith("Conclude plan items within their window: all 2 — ")
                .contains("(by 30/09/2025)").endsWith("+12 points");
    }

    @Test
    void anItemWhoseWindowClosedWithoutAConclusionKeepsEveryLevelAboveNotCompletedOutOfReach() {
        CellGuidance g = guide(new Cell("CB-C", true));
        // one of four items late for good: 25% > 20%, its window closed on 30 June; the plan has both kinds of
        // item, so no item of a missing kind can be added to lower the share
        for (LevelPath p : g.paths()) {
            assertThat(p.reachable()).isFalse();
            assertThat(p.noteTexts(Locale.ENGLISH)).anyMatch(t -> t.startsWith("gate \"Gate late-items\" (late-items)")
                    && t.contains("implementation.late") || t.contains("every step still possible brings it only to 1"));
        }
        assertThat(g.path(Level.COMPLETED).orElseThrow().noteTexts(Messages.VIETNAMESE)).anyMatch(t ->
                t.startsWith("điều kiện chặn \"Điều kiện late-items\" (mã late-items) giữ mức xếp loại không quá"));
    }

    @Test
    void aMemberDisciplinedThisYearKeepsExcellentOutOfReachWhateverElseIsDone() {
        Cell c = new Cell("CB-D", false);
        c.activities.add(activity(c.cell, c.members.get(1).id(), LocalDate.of(2025, 8, 1))
                .target(member(c.members.get(6))).concluded(LocalDate.of(2025, 8, 10), 1)
                .discipline(member(c.members.get(6)), DisciplineForm.REPRIMAND, LocalDate.of(2025, 8, 20)).build());
        // a committee of two cells so that the quota allows one excellent
        Cell other = new Cell("CB-E", false);
        List<CellGuidance> all = WhatItTakes.guide(List.of(c.records(), other.records()), YEAR, ON, scorer, null,
                calculator, c.cell.id());
        LevelPath excellent = all.get(0).path(Level.EXCELLENT).orElseThrow();
        assertThat(excellent.reachable()).isFalse();
        assertThat(excellent.noteTexts(Locale.ENGLISH)).anyMatch(t ->
                t.contains("(excellent-no-member-disciplined) holds the level at \"")
                        && t.contains("no step still possible changes it"));
    }

    @Test
    void onADayAfterTheYearNothingCanBeDone() {
        CellGuidance g = WhatItTakes.guide(List.of(new Cell("CB-F", false).records()), YEAR,
                LocalDate.of(2026, 2, 1), scorer, null, calculator, null).get(0);
        assertThat(g.paths()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.reachable()).isFalse();
            assertThat(p.noteTexts(Locale.ENGLISH)).containsExactly(
                    "the year 2025 is over on 01/02/2026: no further work counts");
        });
    }

    @Test
    void aCellWhosePlanIsStillADraftIsToldToAdoptItFirst() {
        Cell c = new Cell("CB-G", false);
        List<PlanItem> open = c.plan.items().subList(2, 4);
        c.plan = new Plan(c.plan.id(), c.cell.id(), YEAR, c.plan.title(), open, List.of(), 1);
        c.activities.clear();
        CellGuidance g = guide(c);
        assertThat(g.projected().afterGates()).isEqualTo(Level.NOT_COMPLETED);
        LevelPath completed = g.path(Level.COMPLETED).orElseThrow();
        assertThat(completed.reachable()).isTrue();
        assertThat(completed.steps().get(0).kind()).isEqualTo(StepKind.ADOPT_PLAN);
        assertThat(completed.steps().get(0).text(Locale.ENGLISH)).startsWith("Adopt the year's KT-GS plan: 1× — ")
                .contains("plan-adopted: 0 → 1, band [1, …), 0 → 15 points")
                .contains("plan-member-share: 0/10 → 2/10, band [0.15, 0.3), 0 → 5 points");
        // the draft's two items then count: both concluded in their windows, as for good
        assertThat(completed.steps()).extracting(Step::kind).contains(StepKind.CONCLUDE_ITEM);
    }
}
