package vn.ktgs.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.Activities;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.Plans;
import vn.ktgs.plan.Target;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.ReportingSchedule;
import vn.ktgs.report.Reports;

/**
 * Theo dõi, đôn đốc: what an organisation and everything below it owe on a day. Judged from the records as they
 * stood on that day (a conclusion, a closing or a submission dated after it does not count), so that the same
 * question asked about the same day always gets the same answer.
 *
 * <ul>
 *   <li>{@link OverdueKind#PLAN_NOT_ADOPTED}: an organisation (committee or cell) established before the day has
 *       no revision of its plan for the day's year adopted by the day; due on 1 January of the year (or the day it
 *       was established, if later). Responsible: its secretary.</li>
 *   <li>{@link OverdueKind#ITEM_PAST_WINDOW}: an item of the revision in force on the day (plans of the day's
 *       year and the year before) whose window ended before the day, with no record of it concluded by the day.
 *       Responsible: the item's responsible member.</li>
 *   <li>{@link OverdueKind#RECOMMENDATION_PAST_DUE}: a recommendation of a conclusion dated by the day, due before
 *       the day and not closed by it (records superseded by a correction concluded by the day left out).
 *       Responsible: its addressee when a member, else the secretary of the organisation addressed (or of the
 *       organisation that concluded).</li>
 *   <li>{@link OverdueKind#REPORT_NOT_SUBMITTED}: a report of a required period of the day's year, or of the
 *       year before when the cell had a plan adopted for it, whose deadline is before the day and that was not
 *       first submitted by the day, for every cell below (established by the end of the period's window), as the
 *       timeliness of reports counts them. Responsible: the cell's secretary.</li>
 * </ul>
 *
 * <p>The list is ordered by days overdue (most first), then organisation code, kind and due day.
 */
public final class FollowUpService {

    private final OrganisationService organisations;
    private final Plans plans;
    private final Activities activities;
    private final Reports reports;
    private final ReportingSchedule schedule;

    public FollowUpService(OrganisationService organisations, Plans plans, Activities activities, Reports reports,
                           ReportingSchedule schedule) {
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.activities = Objects.requireNonNull(activities, "activities");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * Everything overdue on {@code day} in {@code root} and the organisations below it.
     *
     * @throws NotFoundException when the organisation does not exist
     */
    public List<Overdue> overdue(OrganisationId root, LocalDate day) {
        Objects.requireNonNull(day, "day");
        List<Overdue> out = new ArrayList<>();
        Map<OrganisationId, Optional<MemberId>> secretaries = new HashMap<>();
        Map<OrganisationId, String> codes = new HashMap<>();
        for (Organisation o : organisations.subtree(root)) {
            codes.put(o.id(), o.code());
            if (!o.established().isBefore(day)) {
                continue;
            }
            plan(o, day, secretaries, out);
            for (int year = day.getYear() - 1; year <= day.getYear(); year++) {
                items(o, year, day, out);
            }
            recommendations(o, day, secretaries, out);
            if (o.kind().isCell()) {
                reports(o, day, secretaries, out);
            }
        }
        out.sort(Comparator.comparingLong(Overdue::daysOverdue).reversed()
                .thenComparing(x -> codes.getOrDefault(x.organisation(), ""))
                .thenComparing(Overdue::kind)
                .thenComparing(Overdue::due));
        return List.copyOf(out);
    }

    private void plan(Organisation o, LocalDate day, Map<OrganisationId, Optional<MemberId>> secretaries,
                      List<Overdue> out) {
        LocalDate due = LocalDate.of(day.getYear(), 1, 1);
        if (o.established().isAfter(due)) {
            due = o.established();
        }
        if (!day.isAfter(due)) {
            return;
        }
        Optional<Plan> plan = plans.findFor(o.id(), day.getYear());
        if (plan.isPresent() && inForce(plan.get(), day) != null) {
            return;
        }
        out.add(new Overdue(OverdueKind.PLAN_NOT_ADOPTED, o.id(), plan.map(Plan::title).orElse(""), due,
                ChronoUnit.DAYS.between(due, day), secretary(o.id(), day, secretaries),
                plan.map(Plan::id).orElse(null), null, null, null, null, false));
    }

    private void items(Organisation o, int year, LocalDate day, List<Overdue> out) {
        Optional<Plan> plan = plans.findFor(o.id(), year);
        PlanRevision revision = plan.map(p -> inForce(p, day)).orElse(null);
        if (revision == null) {
            return;
        }
        Set<PlanItemId> concluded = new HashSet<>();
        Map<PlanItemId, Activity> open = new HashMap<>();
        for (Activity a : activities.ofOrganisation(o.id())) {
            PlanItemId item = a.item();
            if (item == null || a.openedOn().isAfter(day)) {
                continue;
            }
            if (a.conclusion() != null && !a.conclusion().concludedOn().isAfter(day)) {
                concluded.add(item);
            } else {
                open.merge(item, a, (x, y) -> x.openedOn().isAfter(y.openedOn()) ? x : y);
            }
        }
        for (PlanItem item : revision.items()) {
            LocalDate end = Objects.requireNonNull(item.window().to());
            if (end.isBefore(day) && !concluded.contains(item.id())) {
                Activity record = open.get(item.id());
                out.add(new Overdue(OverdueKind.ITEM_PAST_WINDOW, o.id(), item.content(), end,
                        ChronoUnit.DAYS.between(end, day), item.responsible(), plan.get().id(), item.id(),
                        record == null ? null : record.id(), null, null, false));
            }
        }
    }

    private void recommendations(Organisation o, LocalDate day, Map<OrganisationId, Optional<MemberId>> secretaries,
                                 List<Overdue> out) {
        List<Activity> all = activities.ofOrganisation(o.id());
        Set<ActivityId> superseded = new HashSet<>();
        for (Activity a : all) {
            if (a.corrects() != null && a.conclusion() != null && !a.conclusion().concludedOn().isAfter(day)) {
                superseded.add(a.corrects());
            }
        }
        for (Activity a : all) {
            if (superseded.contains(a.id()) || a.conclusion() == null || a.conclusion().concludedOn().isAfter(day)) {
                continue;
            }
            for (Recommendation r : a.recommendations()) {
                boolean closedByThen = r.closedOn() != null && !r.closedOn().isAfter(day);
                if (r.due().isBefore(day) && !closedByThen) {
                    out.add(new Overdue(OverdueKind.RECOMMENDATION_PAST_DUE, o.id(), r.text(), r.due(),
                            ChronoUnit.DAYS.between(r.due(), day), addressee(r.addressee(), o.id(), day, secretaries),
                            a.plan(), a.item(), a.id(), r.id(), null, !a.isPlanned()));
                }
            }
        }
    }

    private void reports(Organisation cell, LocalDate day, Map<OrganisationId, Optional<MemberId>> secretaries,
                         List<Overdue> out) {
        for (int year = day.getYear() - 1; year <= day.getYear(); year++) {
            if (year < day.getYear() && plans.findFor(cell.id(), year).map(p -> inForce(p, day)).isEmpty()) {
                continue; // the year before is owed only by a cell that worked to a plan that year
            }
            for (ReportingPeriod period : schedule.requiredPeriods(year)) {
                LocalDate deadline = schedule.deadline(period);
                if (!deadline.isBefore(day) || cell.established().isAfter(schedule.windowEnd(period))) {
                    continue;
                }
                boolean submitted = reports.findFor(cell.id(), period).flatMap(Report::firstSubmittedOn)
                        .map(s -> !s.isAfter(day)).orElse(false);
                if (!submitted) {
                    out.add(new Overdue(OverdueKind.REPORT_NOT_SUBMITTED, cell.id(), "", deadline,
                            ChronoUnit.DAYS.between(deadline, day), secretary(cell.id(), day, secretaries),
                            null, null, null, null, period, false));
                }
            }
        }
    }

    /** The revision in force on {@code day}: the latest adopted on or before it. */
    private static @Nullable PlanRevision inForce(Plan plan, LocalDate day) {
        PlanRevision found = null;
        for (PlanRevision r : plan.revisions()) {
            if (!r.adoptedOn().isAfter(day)) {
                found = r;
            }
        }
        return found;
    }

    private @Nullable MemberId addressee(@Nullable Target addressee, OrganisationId concluding, LocalDate day,
                                         Map<OrganisationId, Optional<MemberId>> secretaries) {
        if (addressee instanceof Target.OfMember m) {
            return m.member();
        }
        OrganisationId organisation = addressee instanceof Target.OfOrganisation org ? org.organisation() : concluding;
        return secretary(organisation, day, secretaries);
    }

    private @Nullable MemberId secretary(OrganisationId organisation, LocalDate day,
                                         Map<OrganisationId, Optional<MemberId>> secretaries) {
        return secretaries.computeIfAbsent(organisation, o -> organisations.secretaryOn(o, day).map(Member::id))
                .orElse(null);
    }
}
