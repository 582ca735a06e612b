package vn.ktgs.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Coordination;
import vn.ktgs.activity.Discipline;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.activity.Stage;
import vn.ktgs.activity.ViolationFinding;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.Target;
import vn.ktgs.report.PeriodKind;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.ReportingSchedule;

/**
 * Tính chỉ số: computes the {@link Indicator}s of one organisation for one year from its records only. Pure and
 * deterministic: the same records give the same values whatever their order. The definitions are in
 * {@code core/docs/scoring.md}; in short, for the year Y (1 January to 31 December):
 *
 * <ul>
 *   <li>the plan counts when a revision was adopted on or before 31 December of Y; its items are those of the
 *       revision in force on 31 December;</li>
 *   <li>a record superseded by a correction is left out; the correction counts in its place;</li>
 *   <li>an item is on time when its record was concluded on or before the last day of its window;</li>
 *   <li>the roll is every member who belonged to the organisation on at least one day of Y;</li>
 *   <li>reports count for the periods the schedule requires whose deadline is on or before {@code asOf}.</li>
 * </ul>
 */
public final class IndicatorCalculator {

    /** The committee's own indicators, not applicable to a cell. */
    private static final Map<Indicator, IndicatorValue> NOT_FOR_CELLS = Map.of(
            Indicator.CELLS_WITH_ADOPTED_PLAN, IndicatorValue.ratio(Indicator.CELLS_WITH_ADOPTED_PLAN, 0, 0, List.of()),
            Indicator.CELLS_IMPLEMENTING_PLAN, IndicatorValue.ratio(Indicator.CELLS_IMPLEMENTING_PLAN, 0, 0, List.of()),
            Indicator.CELLS_WITH_ASSIGNED_BCH_MEMBER,
            IndicatorValue.ratio(Indicator.CELLS_WITH_ASSIGNED_BCH_MEMBER, 0, 0, List.of()));

    private final ReportingSchedule schedule;
    private volatile @Nullable DuePeriods duePeriods;

    public IndicatorCalculator(ReportingSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * The indicators of one organisation.
     *
     * @param asOf the day the scoring is done; reports not yet due then are not counted
     * @param reached the members reached by the dissemination of every governing document the scoring names, or
     *     {@code null} when it names none (the dissemination indicator is then not applicable)
     */
    public Map<Indicator, IndicatorValue> cell(CellRecords records, int year, LocalDate asOf,
                                               @Nullable Set<MemberId> reached) {
        DateRange y = DateRange.year(year);
        LocalDate yearEnd = y.to();
        Map<Indicator, IndicatorValue> out = Scorer.values();

        Optional<PlanRevision> revision = records.planOfYear().flatMap(p -> inForce(p, yearEnd));
        UUID planId = records.planOfYear().map(p -> p.id().value()).orElse(null);
        out.put(Indicator.PLAN_ADOPTED, IndicatorValue.flag(Indicator.PLAN_ADOPTED, revision.isPresent(),
                revision.isPresent() ? List.of(planId) : List.of(),
                records.planOfYear().flatMap(Plan::adoptedOn).map(LocalDate::toString).orElse("")));
        List<PlanItem> items = revision.map(PlanRevision::items).orElse(List.of());

        List<Activity> activities = current(records.activities());
        Map<PlanItemId, Activity> byItem = new HashMap<>();
        Plan plan = records.plan();
        for (Activity a : activities) {
            if (a.item() != null && plan != null && plan.id().equals(a.plan())) {
                byItem.merge(a.item(), a, (x, z) -> x.openedOn().isAfter(z.openedOn()) ? x : z);
            }
        }

        List<UUID> withTargets = new ArrayList<>();
        List<UUID> tied = new ArrayList<>();
        List<UUID> onTime = new ArrayList<>();
        List<UUID> late = new ArrayList<>();
        boolean inspection = false;
        boolean supervision = false;
        for (PlanItem item : items) {
            UUID id = item.id().value();
            if (!item.targets().isEmpty()) {
                withTargets.add(id);
            }
            if (!item.focus().isEmpty() && !item.politicalTask().isBlank()) {
                tied.add(id);
            }
            inspection |= item.kind().isInspection();
            supervision |= item.kind().isSupervision();
            Activity record = byItem.get(item.id());
            Conclusion concluded = record == null ? null : record.conclusion();
            if (concluded != null && !concluded.concludedOn().isAfter(item.window().to())) {
                onTime.add(id);
            } else {
                late.add(id);
            }
        }
        out.put(Indicator.PLAN_ITEMS_WITH_TARGETS, IndicatorValue.ratio(Indicator.PLAN_ITEMS_WITH_TARGETS,
                withTargets.size(), items.size(), withTargets));
        out.put(Indicator.PLAN_ITEMS_TIED_TO_POLITICAL_TASK, IndicatorValue.ratio(
                Indicator.PLAN_ITEMS_TIED_TO_POLITICAL_TASK, tied.size(), items.size(), tied));
        out.put(Indicator.PLAN_HAS_INSPECTION_AND_SUPERVISION, IndicatorValue.flag(
                Indicator.PLAN_HAS_INSPECTION_AND_SUPERVISION, inspection && supervision,
                inspection && supervision ? List.of(planId) : List.of(), ""));
        out.put(Indicator.ITEMS_CONCLUDED_ON_TIME, IndicatorValue.ratio(Indicator.ITEMS_CONCLUDED_ON_TIME,
                onTime.size(), items.size(), onTime));
        out.put(Indicator.ITEMS_LATE, IndicatorValue.ratio(Indicator.ITEMS_LATE, late.size(), items.size(), late));

        // the roll, and the members targeted by the year's records
        List<Member> people = records.people();
        int p = people.size();
        Map<MemberId, Integer> index = p > SMALL ? new HashMap<>(p * 2) : Map.of();
        boolean[] onRoll = new boolean[p];
        boolean[] atYearEnd = new boolean[p];
        boolean[] secretary = new boolean[p];
        boolean[] covered = new boolean[p];
        OrganisationId cellId = records.cell().id();
        for (int i = 0; i < p; i++) {
            Member m = people.get(i);
            if (p > SMALL) {
                index.put(m.id(), i);
            }
            onRoll[i] = m.wasMemberDuring(cellId, y);
            atYearEnd[i] = m.isMemberOf(cellId, yearEnd);
            for (Member.Role r : m.roles()) {
                secretary[i] |= r.kind() == RoleKind.SECRETARY && r.organisation().equals(cellId)
                        && r.period().overlaps(y);
            }
        }
        List<UUID> coordinated = new ArrayList<>();
        List<UUID> ledBySecretary = new ArrayList<>();
        List<UUID> recommendationsDue = new ArrayList<>();
        List<UUID> recommendationsInTime = new ArrayList<>();
        List<UUID> findings = new ArrayList<>();
        List<UUID> handled = new ArrayList<>();
        for (Activity a : activities) {
            if (y.contains(a.openedOn())) {
                for (Target t : a.targets()) {
                    int i = t instanceof Target.OfMember m ? indexOf(people, index, m.member()) : -1;
                    if (i >= 0 && onRoll[i]) {
                        covered[i] = true;
                    }
                }
                int r = indexOf(people, index, a.responsible());
                if (r >= 0 && secretary[r]) {
                    ledBySecretary.add(a.id().value());
                }
            }
            for (Coordination c : a.coordinations()) {
                if (y.contains(c.on())) {
                    coordinated.add(a.id().value());
                    break;
                }
            }
            for (Recommendation r : a.recommendations()) {
                if (y.contains(r.due())) {
                    recommendationsDue.add(r.id().value());
                    if (r.closedInTime()) {
                        recommendationsInTime.add(r.id().value());
                    }
                }
            }
            Conclusion c = a.conclusion();
            if (c != null && y.contains(c.concludedOn())) {
                for (ViolationFinding f : c.violations()) {
                    findings.add(a.id().value());
                    if (handled(a, f)) {
                        handled.add(a.id().value());
                    }
                }
            }
        }
        int roll = 0;
        int members = 0;
        List<UUID> coveredIds = new ArrayList<>();
        List<UUID> reachedIds = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            roll += onRoll[i] ? 1 : 0;
            if (covered[i]) {
                coveredIds.add(people.get(i).id().value());
            }
            if (atYearEnd[i]) {
                members++;
                if (reached != null && reached.contains(people.get(i).id())) {
                    reachedIds.add(people.get(i).id().value());
                }
            }
        }
        out.put(Indicator.MEMBER_COVERAGE, IndicatorValue.ratio(Indicator.MEMBER_COVERAGE, coveredIds.size(),
                roll, coveredIds));
        out.put(Indicator.RECOMMENDATIONS_CLOSED_ON_TIME, IndicatorValue.ratio(
                Indicator.RECOMMENDATIONS_CLOSED_ON_TIME, recommendationsInTime.size(), recommendationsDue.size(),
                recommendationsInTime));
        out.put(Indicator.COORDINATED_ACTIVITIES, IndicatorValue.count(Indicator.COORDINATED_ACTIVITIES,
                coordinated.size(), coordinated));
        out.put(Indicator.SECRETARY_LED, IndicatorValue.flag(Indicator.SECRETARY_LED, !ledBySecretary.isEmpty(),
                ledBySecretary, ""));
        out.put(Indicator.VIOLATIONS_FOUND, IndicatorValue.count(Indicator.VIOLATIONS_FOUND, findings.size(),
                findings));
        out.put(Indicator.VIOLATIONS_HANDLED, IndicatorValue.ratio(Indicator.VIOLATIONS_HANDLED, handled.size(),
                findings.size(), handled));

        out.put(Indicator.REPORTS_ON_TIME, reports(records.reports(), year, asOf));

        out.put(Indicator.DISSEMINATION_REACH, reached == null
                ? IndicatorValue.ratio(Indicator.DISSEMINATION_REACH, 0, 0, List.of())
                : IndicatorValue.ratio(Indicator.DISSEMINATION_REACH, reachedIds.size(), members, reachedIds));
        out.putAll(NOT_FOR_CELLS);
        return out;
    }

    /**
     * The committee's own indicators over its cells (S3, S4, S6): the share with an adopted plan, the share that
     * concluded every item of it by 31 December, and the share with an executive committee member assigned on
     * at least one day of the year.
     */
    public Map<Indicator, IndicatorValue> committee(List<CellRecords> cells, int year) {
        DateRange y = DateRange.year(year);
        List<UUID> withPlan = new ArrayList<>();
        List<UUID> implementing = new ArrayList<>();
        List<UUID> assigned = new ArrayList<>();
        for (CellRecords c : cells) {
            UUID code = c.cell().id().value();
            Optional<PlanRevision> revision = c.planOfYear().flatMap(p -> inForce(p, y.to()));
            if (revision.isPresent()) {
                withPlan.add(code);
                List<Activity> records = current(c.activities());
                boolean all = true;
                for (PlanItem item : revision.get().items()) {
                    boolean done = false;
                    for (Activity a : records) {
                        Conclusion x = a.conclusion();
                        done |= x != null && item.id().equals(a.item()) && !x.concludedOn().isAfter(y.to());
                    }
                    all &= done;
                }
                if (all) {
                    implementing.add(code);
                }
            }
            if (c.cell().assignments().stream().anyMatch(a -> a.period().overlaps(y))) {
                assigned.add(code);
            }
        }
        Map<Indicator, IndicatorValue> out = Scorer.values();
        out.put(Indicator.CELLS_WITH_ADOPTED_PLAN, IndicatorValue.ratio(Indicator.CELLS_WITH_ADOPTED_PLAN,
                withPlan.size(), cells.size(), withPlan));
        out.put(Indicator.CELLS_IMPLEMENTING_PLAN, IndicatorValue.ratio(Indicator.CELLS_IMPLEMENTING_PLAN,
                implementing.size(), cells.size(), implementing));
        out.put(Indicator.CELLS_WITH_ASSIGNED_BCH_MEMBER, IndicatorValue.ratio(
                Indicator.CELLS_WITH_ASSIGNED_BCH_MEMBER, assigned.size(), cells.size(), assigned));
        return out;
    }

    private IndicatorValue reports(List<Report> reports, int year, LocalDate asOf) {
        Map<ReportingPeriod, LocalDate> due = due(year, asOf);
        List<UUID> inTime = new ArrayList<>();
        for (Report r : reports) {
            LocalDate deadline = due.get(r.period());
            if (deadline != null && !r.submissions().isEmpty()
                    && !r.submissions().get(0).submittedOn().isAfter(deadline)) {
                inTime.add(r.id().value());
            }
        }
        return IndicatorValue.ratio(Indicator.REPORTS_ON_TIME, inTime.size(), due.size(), inTime);
    }

    /** The required periods of {@code year} whose deadline has passed on {@code asOf}, with their deadlines. */
    private Map<ReportingPeriod, LocalDate> due(int year, LocalDate asOf) {
        DuePeriods cached = duePeriods;
        if (cached != null && cached.year() == year && cached.asOf().equals(asOf)) {
            return cached.deadlines();
        }
        Map<ReportingPeriod, LocalDate> out = new HashMap<>();
        for (PeriodKind kind : PeriodKind.values()) {
            if (!schedule.isRequired(kind)) {
                continue;
            }
            for (int i = 1; i <= kind.perYear(); i++) {
                ReportingPeriod period = new ReportingPeriod(kind, year, i);
                LocalDate deadline = schedule.deadline(period);
                if (!deadline.isAfter(asOf)) {
                    out.put(period, deadline);
                }
            }
        }
        duePeriods = new DuePeriods(year, asOf, Map.copyOf(out));
        return duePeriods.deadlines();
    }

    private record DuePeriods(int year, LocalDate asOf, Map<ReportingPeriod, LocalDate> deadlines) {
    }

    /** A violation is handled when discipline was decided on it where it was to be considered, else followed up. */
    private static boolean handled(Activity a, ViolationFinding f) {
        if (f.disciplineToBeConsidered()) {
            return a.disciplines().stream().map(Discipline::target)
                    .anyMatch(t -> f.target() == null || t.equals(f.target()));
        }
        return a.reached(Stage.FOLLOW_UP).isPresent() || a.reached(Stage.CLOSED).isPresent();
    }

    /** Below this many people a linear search is cheaper than a hash map. */
    private static final int SMALL = 32;

    /** The position of {@code id} among {@code people}, or -1. */
    private static int indexOf(List<Member> people, Map<MemberId, Integer> index, MemberId id) {
        if (people.size() > SMALL) {
            Integer i = index.get(id);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The latest revision adopted on or before {@code day}. */
    private static Optional<PlanRevision> inForce(Plan plan, LocalDate day) {
        PlanRevision found = null;
        for (PlanRevision r : plan.revisions()) {
            if (!r.adoptedOn().isAfter(day)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The records, less those superseded by a correction. */
    private static List<Activity> current(List<Activity> activities) {
        Set<ActivityId> superseded = new HashSet<>();
        activities.forEach(a -> a.correctionOf().ifPresent(superseded::add));
        return superseded.isEmpty() ? activities
                : activities.stream().filter(a -> !superseded.contains(a.id())).toList();
    }
}
