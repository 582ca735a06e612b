package vn.ktgs.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Discipline;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.activity.Stage;
import vn.ktgs.activity.ViolationFinding;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.Target;
import vn.ktgs.report.PeriodKind;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.ReportingSchedule;
import vn.ktgs.scoring.CellRecords;

/**
 * The floor: a hand-written single pass over the same records computing the same counts as the indicator
 * calculator (numerator and denominator of every cell indicator, and the committee's three), with primitive
 * counters and no intermediate collections — what a careful programmer would write for one fixed set of
 * indicators. The engine is measured against it. {@link #COUNTS} numbers per cell, in the order of
 * {@link #INDICES}.
 */
public final class HandWrittenFloor {

    /** The counts per cell, numerator then denominator, in this order of indicator codes. */
    public static final List<String> INDICES = List.of("plan.adopted", "plan.quality.targets", "plan.quality.focus",
            "plan.quality.mix", "implementation.onTime", "implementation.late", "members.coverage", "followUp.onTime",
            "reports.onTime", "coordination.count", "dissemination.reach", "leadership.secretary", "violations.found",
            "violations.handled");

    public static final int COUNTS = 2 * 14;

    private final ReportingSchedule schedule;

    public HandWrittenFloor(ReportingSchedule schedule) {
        this.schedule = schedule;
    }

    /** Adds one cell's counts into {@code out} (length {@link #COUNTS}). */
    public void cell(CellRecords r, int year, LocalDate asOf, Set<MemberId> reached, long[] out) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        PlanRevision revision = null;
        if (r.plan() != null) {
            for (PlanRevision rev : r.plan().revisions()) {
                if (!rev.adoptedOn().isAfter(end)) {
                    revision = rev;
                }
            }
        }
        out[0] += revision != null ? 1 : 0;
        out[1] += 1;
        List<PlanItem> items = revision == null ? List.of() : revision.items();
        int n = items.size();
        LocalDate[] concludedOn = new LocalDate[n];
        LocalDate[] openedOn = new LocalDate[n];

        List<Member> people = r.people();
        int p = people.size();
        boolean[] onRoll = new boolean[p];
        boolean[] atYearEnd = new boolean[p];
        boolean[] secretary = new boolean[p];
        boolean[] covered = new boolean[p];
        for (int i = 0; i < p; i++) {
            Member m = people.get(i);
            for (Member.Membership ms : m.memberships()) {
                if (ms.organisation().equals(r.cell().id())) {
                    DateRange d = ms.period();
                    onRoll[i] |= !d.from().isAfter(end) && (d.to() == null || !d.to().isBefore(start));
                    atYearEnd[i] |= d.contains(end);
                }
            }
            for (Member.Role role : m.roles()) {
                secretary[i] |= role.kind() == RoleKind.SECRETARY && role.organisation().equals(r.cell().id())
                        && !role.period().from().isAfter(end)
                        && (role.period().to() == null || !role.period().to().isBefore(start));
            }
        }

        boolean anySuperseded = false;
        for (Activity a : r.activities()) {
            anySuperseded |= a.corrects() != null;
        }
        long coordinated = 0;
        long led = 0;
        long recsDue = 0;
        long recsInTime = 0;
        long findings = 0;
        long handled = 0;
        for (Activity a : r.activities()) {
            if (anySuperseded && superseded(a, r.activities())) {
                continue;
            }
            LocalDate opened = a.stages().get(0).on();
            boolean openedInYear = !opened.isBefore(start) && !opened.isAfter(end);
            if (a.item() != null && r.plan() != null && r.plan().id().equals(a.plan())) {
                for (int k = 0; k < n; k++) {
                    if (items.get(k).id().equals(a.item()) && (openedOn[k] == null || !opened.isBefore(openedOn[k]))) {
                        openedOn[k] = opened;
                        concludedOn[k] = a.conclusion() == null ? null : a.conclusion().concludedOn();
                    }
                }
            }
            if (openedInYear) {
                for (Target t : a.targets()) {
                    if (t instanceof Target.OfMember m) {
                        for (int i = 0; i < p; i++) {
                            if (onRoll[i] && people.get(i).id().equals(m.member())) {
                                covered[i] = true;
                            }
                        }
                    }
                }
                for (int i = 0; i < p; i++) {
                    if (secretary[i] && people.get(i).id().equals(a.responsible())) {
                        led++;
                        break;
                    }
                }
            }
            for (var c : a.coordinations()) {
                if (!c.on().isBefore(start) && !c.on().isAfter(end)) {
                    coordinated++;
                    break;
                }
            }
            for (Recommendation rec : a.recommendations()) {
                if (!rec.due().isBefore(start) && !rec.due().isAfter(end)) {
                    recsDue++;
                    if (rec.closedOn() != null && !rec.closedOn().isAfter(rec.due())) {
                        recsInTime++;
                    }
                }
            }
            Conclusion c = a.conclusion();
            if (c != null && !c.concludedOn().isBefore(start) && !c.concludedOn().isAfter(end)) {
                for (ViolationFinding f : c.violations()) {
                    findings++;
                    boolean ok = false;
                    if (f.disciplineToBeConsidered()) {
                        for (Discipline d : a.disciplines()) {
                            ok |= f.target() == null || d.target().equals(f.target());
                        }
                    } else {
                        for (var s : a.stages()) {
                            ok |= s.stage() == Stage.FOLLOW_UP || s.stage() == Stage.CLOSED;
                        }
                    }
                    handled += ok ? 1 : 0;
                }
            }
        }

        long withTargets = 0;
        long tied = 0;
        long onTime = 0;
        boolean inspection = false;
        boolean supervision = false;
        for (int k = 0; k < n; k++) {
            PlanItem item = items.get(k);
            withTargets += item.targets().isEmpty() ? 0 : 1;
            tied += !item.focus().isEmpty() && !item.politicalTask().isBlank() ? 1 : 0;
            inspection |= item.kind().isInspection();
            supervision |= item.kind().isSupervision();
            onTime += concludedOn[k] != null && !concludedOn[k].isAfter(item.window().to()) ? 1 : 0;
        }
        long roll = 0;
        long coveredCount = 0;
        long yearEnd = 0;
        long reachedCount = 0;
        for (int i = 0; i < p; i++) {
            roll += onRoll[i] ? 1 : 0;
            coveredCount += covered[i] ? 1 : 0;
            if (atYearEnd[i]) {
                yearEnd++;
                reachedCount += reached.contains(people.get(i).id()) ? 1 : 0;
            }
        }
        long reportsDue = 0;
        long reportsInTime = 0;
        for (PeriodKind kind : PeriodKind.values()) {
            if (!schedule.isRequired(kind)) {
                continue;
            }
            for (int i = 1; i <= kind.perYear(); i++) {
                ReportingPeriod period = new ReportingPeriod(kind, year, i);
                LocalDate deadline = schedule.deadline(period);
                if (deadline.isAfter(asOf)) {
                    continue;
                }
                reportsDue++;
                for (Report rep : r.reports()) {
                    if (rep.period().equals(period) && !rep.submissions().isEmpty()
                            && !rep.submissions().get(0).submittedOn().isAfter(deadline)) {
                        reportsInTime++;
                    }
                }
            }
        }
        long[] c = {withTargets, n, tied, n, inspection && supervision ? 1 : 0, 1, onTime, n, n - onTime, n,
            coveredCount, roll, recsInTime, recsDue, reportsInTime, reportsDue, coordinated, 1, reachedCount, yearEnd,
            led > 0 ? 1 : 0, 1, findings, 1, handled, findings};
        for (int i = 0; i < c.length; i++) {
            out[2 + i] += c[i];
        }
    }

    private static boolean superseded(Activity a, List<Activity> all) {
        for (Activity b : all) {
            if (a.id().equals(b.corrects())) {
                return true;
            }
        }
        return false;
    }
}
