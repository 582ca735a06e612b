package vn.ktgs.scoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Coordination;
import vn.ktgs.activity.Discipline;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.activity.Stage;
import vn.ktgs.activity.StageRecord;
import vn.ktgs.activity.ViolationFinding;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.MemberId;
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

    /** How many days' ISO text {@link #isoDate} keeps (a year has 366 days at most). */
    private static final int DATES_KEPT = 4096;

    private final ReportingSchedule schedule;
    private volatile @Nullable DuePeriods duePeriods;
    /** The ISO text of the adoption dates seen, made once per day rather than once per cell. */
    private final Map<LocalDate, String> isoDates = new ConcurrentHashMap<>();

    public IndicatorCalculator(ReportingSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /** The reporting schedule the reports are counted under. */
    ReportingSchedule schedule() {
        return schedule;
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
        return cell(records, year, asOf, reached, new Workspace());
    }

    /**
     * The same, with the buffers of {@code ws} (one thread scoring a committee's cells one after another), and
     * what the committee's own indicators need from this cell added to it ({@link Workspace#committee}).
     */
    Map<Indicator, IndicatorValue> cell(CellRecords records, int year, LocalDate asOf,
                                        @Nullable Set<MemberId> reached, Workspace ws) {
        DateRange y = DateRange.year(year);
        LocalDate yearEnd = y.to();
        Map<Indicator, IndicatorValue> out = Scorer.values();

        Plan plan = records.plan();
        PlanRevision revision = plan == null ? null : inForce(plan, yearEnd);
        out.put(Indicator.PLAN_ADOPTED, IndicatorValue.flag(Indicator.PLAN_ADOPTED, revision != null,
                revision != null ? List.of(plan.id().value()) : List.of(),
                plan == null ? "" : plan.adoptedOn().map(this::isoDate).orElse("")));
        List<PlanItem> items = revision == null ? List.of() : revision.items();
        int n = items.size();

        // the latest record of each item of the plan (a later opening wins; on the same day the larger id), and
        // whether each item has a record (any, not only the latest) concluded by 31 December
        List<Activity> activities = current(records.activities());
        int count = activities.size();
        Activity[] byItem = ws.byItem(n);
        boolean[] done = ws.done(n);
        int left = n;
        for (int k = 0; k < count; k++) {
            Activity a = activities.get(k);
            PlanItemId item = a.item();
            if (item == null) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (items.get(j).id().equals(item)) {
                    if (plan.id().equals(a.plan())) {
                        Activity held = byItem[j];
                        if (held == null || later(a, held)) {
                            byItem[j] = a;
                        }
                    }
                    Conclusion x = a.conclusion();
                    if (!done[j] && x != null && !x.concludedOn().isAfter(yearEnd)) {
                        done[j] = true;
                        left--;
                    }
                    break;
                }
            }
        }
        ws.committee.add(records.cell(), revision != null, revision != null && left == 0, y);

        Ids withTargets = ws.withTargets.reset(n);
        Ids tied = ws.tied.reset(n);
        Ids onTime = ws.onTime.reset(n);
        Ids late = ws.late.reset(n);
        boolean inspection = false;
        boolean supervision = false;
        int[] itemOrder = byId(items);
        for (int o = 0; o < n; o++) {
            int j = itemOrder[o];
            PlanItem item = items.get(j);
            UUID id = item.id().value();
            if (!item.targets().isEmpty()) {
                withTargets.add(id);
            }
            if (!item.focus().isEmpty() && !item.politicalTask().isBlank()) {
                tied.add(id);
            }
            inspection |= item.kind().isInspection();
            supervision |= item.kind().isSupervision();
            Conclusion concluded = byItem[j] == null ? null : byItem[j].conclusion();
            if (concluded != null && !concluded.concludedOn().isAfter(item.window().to())) {
                onTime.add(id);
            } else {
                late.add(id);
            }
        }
        out.put(Indicator.PLAN_ITEMS_WITH_TARGETS, IndicatorValue.ratio(Indicator.PLAN_ITEMS_WITH_TARGETS,
                withTargets.size(), n, withTargets.toList()));
        out.put(Indicator.PLAN_ITEMS_TIED_TO_POLITICAL_TASK, IndicatorValue.ratio(
                Indicator.PLAN_ITEMS_TIED_TO_POLITICAL_TASK, tied.size(), n, tied.toList()));
        boolean mix = inspection && supervision;
        out.put(Indicator.PLAN_HAS_INSPECTION_AND_SUPERVISION, IndicatorValue.flag(
                Indicator.PLAN_HAS_INSPECTION_AND_SUPERVISION, mix, mix ? List.of(plan.id().value()) : List.of(),
                ""));
        out.put(Indicator.ITEMS_CONCLUDED_ON_TIME, IndicatorValue.ratio(Indicator.ITEMS_CONCLUDED_ON_TIME,
                onTime.size(), n, onTime.toList()));
        out.put(Indicator.ITEMS_LATE, IndicatorValue.ratio(Indicator.ITEMS_LATE, late.size(), n, late.toList()));

        // the roll, and the members targeted by the year's records
        Workspace.People people = ws.people.reset(records.people(), records.cell().id(), y);
        for (int j = 0; j < n; j++) {
            List<Target> targets = items.get(j).targets();
            for (int t = 0; t < targets.size(); t++) {
                if (targets.get(t) instanceof Target.OfMember m) {
                    people.plan(m.member());
                }
            }
        }
        Ids coordinated = ws.coordinated.reset(count);
        Ids ledBySecretary = ws.ledBySecretary.reset(count);
        Ids recommendationsDue = ws.recommendationsDue.reset(count);
        Ids recommendationsInTime = ws.recommendationsInTime.reset(count);
        Ids findings = ws.findings.reset(count);
        Ids handled = ws.handled.reset(count);
        for (int k = 0; k < count; k++) {
            Activity a = activities.get(k);
            UUID id = a.id().value();
            if (y.contains(a.openedOn())) {
                List<Target> targets = a.targets();
                for (int t = 0; t < targets.size(); t++) {
                    if (targets.get(t) instanceof Target.OfMember m) {
                        people.cover(m.member());
                    }
                }
                if (people.isSecretary(a.responsible())) {
                    ledBySecretary.add(id);
                }
            }
            List<Coordination> coordinations = a.coordinations();
            for (int c = 0; c < coordinations.size(); c++) {
                if (y.contains(coordinations.get(c).on())) {
                    coordinated.add(id);
                    break;
                }
            }
            List<Recommendation> recommendations = a.recommendations();
            for (int r = 0; r < recommendations.size(); r++) {
                Recommendation rec = recommendations.get(r);
                if (y.contains(rec.due())) {
                    recommendationsDue.add(rec.id().value());
                    if (rec.closedInTime()) {
                        recommendationsInTime.add(rec.id().value());
                    }
                }
            }
            List<Discipline> decisions = a.disciplines();
            for (int d = 0; d < decisions.size(); d++) {
                Discipline decision = decisions.get(d);
                if (y.contains(decision.decidedOn()) && decision.target() instanceof Target.OfMember m) {
                    people.discipline(m.member());
                }
            }
            Conclusion c = a.conclusion();
            if (c != null && y.contains(c.concludedOn())) {
                List<ViolationFinding> violations = c.violations();
                for (int f = 0; f < violations.size(); f++) {
                    findings.add(id);
                    if (handled(a, violations.get(f))) {
                        handled.add(id);
                    }
                }
            }
        }
        Ids covered = ws.covered.reset(people.size());
        Ids reachedIds = ws.reachedIds.reset(people.size());
        Ids planned = ws.planned.reset(people.size());
        Ids plannedLeaders = ws.plannedLeaders.reset(people.size());
        Ids disciplined = ws.disciplined.reset(people.size());
        Ids disciplinedLeaders = ws.disciplinedLeaders.reset(people.size());
        int roll = 0;
        int members = 0;
        int leaders = 0;
        for (int o = 0; o < people.size(); o++) {
            int i = people.order[o];
            roll += people.onRoll[i] ? 1 : 0;
            leaders += people.leader[i] ? 1 : 0;
            if (people.covered[i]) {
                covered.add(people.id(i));
            }
            if (people.planned[i] && people.onRoll[i]) {
                planned.add(people.id(i));
            }
            if (people.planned[i] && people.leader[i]) {
                plannedLeaders.add(people.id(i));
            }
            if (people.disciplined[i]) {
                disciplined.add(people.id(i));
                if (people.leader[i]) {
                    disciplinedLeaders.add(people.id(i));
                }
            }
            if (people.atYearEnd[i]) {
                members++;
                if (reached != null && reached.contains(people.member(i).id())) {
                    reachedIds.add(people.id(i));
                }
            }
        }
        out.put(Indicator.MEMBER_COVERAGE, IndicatorValue.ratio(Indicator.MEMBER_COVERAGE, covered.size(),
                roll, covered.toList()));
        out.put(Indicator.PLAN_TARGETS_MEMBER_SHARE, IndicatorValue.ratio(Indicator.PLAN_TARGETS_MEMBER_SHARE,
                planned.size(), roll, planned.toList()));
        out.put(Indicator.PLAN_TARGETS_LEADERSHIP, IndicatorValue.ratio(Indicator.PLAN_TARGETS_LEADERSHIP,
                plannedLeaders.size(), leaders, plannedLeaders.toList()));
        out.put(Indicator.MEMBERS_DISCIPLINED, IndicatorValue.count(Indicator.MEMBERS_DISCIPLINED,
                disciplined.size(), disciplined.toList()));
        out.put(Indicator.LEADERSHIP_DISCIPLINED, IndicatorValue.count(Indicator.LEADERSHIP_DISCIPLINED,
                disciplinedLeaders.size(), disciplinedLeaders.toList()));
        out.put(Indicator.RECOMMENDATIONS_CLOSED_ON_TIME, IndicatorValue.ratio(
                Indicator.RECOMMENDATIONS_CLOSED_ON_TIME, recommendationsInTime.size(), recommendationsDue.size(),
                recommendationsInTime.toList()));
        out.put(Indicator.COORDINATED_ACTIVITIES, IndicatorValue.count(Indicator.COORDINATED_ACTIVITIES,
                coordinated.size(), coordinated.toList()));
        out.put(Indicator.SECRETARY_LED, IndicatorValue.flag(Indicator.SECRETARY_LED, !ledBySecretary.isEmpty(),
                ledBySecretary.toList(), ""));
        out.put(Indicator.VIOLATIONS_FOUND, IndicatorValue.count(Indicator.VIOLATIONS_FOUND, findings.size(),
                findings.toList()));
        int found = findings.size();
        out.put(Indicator.VIOLATIONS_HANDLED, IndicatorValue.ratio(Indicator.VIOLATIONS_HANDLED, handled.size(),
                found, handled.toList()));

        out.put(Indicator.REPORTS_ON_TIME, reports(records.reports(), year, asOf, ws.reportsInTime));

        out.put(Indicator.DISSEMINATION_REACH, reached == null
                ? IndicatorValue.ratio(Indicator.DISSEMINATION_REACH, 0, 0, List.of())
                : IndicatorValue.ratio(Indicator.DISSEMINATION_REACH, reachedIds.size(), members,
                        reachedIds.toList()));
        out.putAll(NOT_FOR_CELLS);
        return out;
    }

    /**
     * The committee's own indicators over its cells (S3, S4, S6): the share with an adopted plan, the share that
     * concluded every item of it by 31 December (with any of the item's records, not only the latest), and the
     * share with an executive committee member assigned on at least one day of the year. Scoring a committee
     * gathers the same figures while it computes each cell; this computes them alone.
     */
    public Map<Indicator, IndicatorValue> committee(List<CellRecords> cells, int year) {
        Workspace ws = new Workspace();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        for (CellRecords c : cells) {
            cell(c, year, yearEnd, null, ws);
        }
        return ws.committee.values();
    }

    private String isoDate(LocalDate day) {
        String text = isoDates.get(day);
        if (text == null) {
            text = day.toString();
            if (isoDates.size() < DATES_KEPT) {
                isoDates.put(day, text);
            }
        }
        return text;
    }

    /** The indexes of {@code items} in the order of their ids (so that the ids counted come out sorted). */
    private static int[] byId(List<PlanItem> items) {
        int n = items.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            UUID id = items.get(i).id().value();
            int j = i - 1;
            while (j >= 0 && items.get(order[j]).id().value().compareTo(id) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = i;
        }
        return order;
    }

    /** Whether {@code a} is a later record of its item than {@code b}: opened later, or the same day with a larger id. */
    private static boolean later(Activity a, Activity b) {
        int byDay = a.openedOn().compareTo(b.openedOn());
        return byDay > 0 || byDay == 0 && a.id().value().compareTo(b.id().value()) > 0;
    }
    private IndicatorValue reports(List<Report> reports, int year, LocalDate asOf, Ids buffer) {
        Map<ReportingPeriod, LocalDate> due = due(year, asOf);
        Ids inTime = buffer.reset(due.size());
        for (int k = 0; k < reports.size(); k++) {
            Report r = reports.get(k);
            LocalDate deadline = due.get(r.period());
            if (deadline != null && !r.submissions().isEmpty()
                    && !r.submissions().get(0).submittedOn().isAfter(deadline)) {
                inTime.add(r.id().value());
            }
        }
        return IndicatorValue.ratio(Indicator.REPORTS_ON_TIME, inTime.size(), due.size(), inTime.toList());
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
    static boolean handled(Activity a, ViolationFinding f) {
        if (f.disciplineToBeConsidered()) {
            List<Discipline> decided = a.disciplines();
            for (int k = 0; k < decided.size(); k++) {
                if (f.target() == null || decided.get(k).target().equals(f.target())) {
                    return true;
                }
            }
            return false;
        }
        List<StageRecord> stages = a.stages();
        for (int k = 0; k < stages.size(); k++) {
            Stage s = stages.get(k).stage();
            if (s == Stage.FOLLOW_UP || s == Stage.CLOSED) {
                return true;
            }
        }
        return false;
    }

    /** The latest revision adopted on or before {@code day}, or {@code null}. */
    static @Nullable PlanRevision inForce(Plan plan, LocalDate day) {
        PlanRevision found = null;
        List<PlanRevision> revisions = plan.revisions();
        for (int k = 0; k < revisions.size(); k++) {
            if (!revisions.get(k).adoptedOn().isAfter(day)) {
                found = revisions.get(k);
            }
        }
        return found;
    }

    /** The records, less those superseded by a correction. */
    static List<Activity> current(List<Activity> activities) {
        Set<ActivityId> superseded = null;
        for (int k = 0; k < activities.size(); k++) {
            ActivityId corrected = activities.get(k).corrects();
            if (corrected != null) {
                if (superseded == null) {
                    superseded = new HashSet<>();
                }
                superseded.add(corrected);
            }
        }
        if (superseded == null) {
            return activities;
        }
        Set<ActivityId> left = superseded;
        return activities.stream().filter(a -> !left.contains(a.id())).toList();
    }
}
