package vn.ktgs.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.ktgs.activity.Activities;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Coordination;
import vn.ktgs.activity.Discipline;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.Plans;
import vn.ktgs.plan.Target;

/**
 * Tổng hợp số liệu: computes the {@link ReportFigures} of an organisation and period from the stored plans and
 * execution records of the organisation and every organisation below it, over the period's data window. Reads
 * only; the definition of each figure is on {@link ReportFigures}.
 */
final class FigureCalculator {

    private final Plans plans;
    private final Activities activities;
    private final OrganisationService organisations;
    private final ReportingSchedule schedule;

    FigureCalculator(Plans plans, Activities activities, OrganisationService organisations,
                            ReportingSchedule schedule) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.activities = Objects.requireNonNull(activities, "activities");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * The figures of {@code organisation} and its subtree for {@code period}.
     *
     * @throws vn.ktgs.common.NotFoundException when the organisation does not exist
     */
    ReportFigures figures(OrganisationId organisation, ReportingPeriod period) {
        DateRange window = schedule.window(period);
        LocalDate end = schedule.windowEnd(period);
        DateRange yearToEnd = DateRange.of(LocalDate.of(period.year(), 1, 1), end);
        List<Organisation> subtree = organisations.subtree(organisation);

        int plansAdopted = 0;
        int itemsPlanned = 0;
        List<Activity> records = new ArrayList<>();
        for (Organisation o : subtree) {
            Optional<PlanRevision> inForce = plans.findFor(o.id(), period.year())
                    .flatMap(p -> revisionInForce(p, end));
            if (inForce.isPresent()) {
                plansAdopted++;
                itemsPlanned += (int) inForce.get().items().stream()
                        .map(PlanItem::window).filter(w -> yearToEnd.contains(w.from())).count();
            }
            records.addAll(activities.ofOrganisation(o.id()));
        }
        // a record superseded by a correction counts only through its correction
        Set<vn.ktgs.activity.ActivityId> superseded = new HashSet<>();
        records.forEach(a -> a.correctionOf().ifPresent(superseded::add));
        records.removeIf(a -> superseded.contains(a.id()));

        List<Activity> opened = records.stream().filter(a -> window.contains(a.openedOn())).toList();
        List<Activity> concluded = records.stream()
                .filter(a -> a.concluded().map(Conclusion::concludedOn).filter(window::contains).isPresent())
                .toList();
        Set<MemberId> reached = new HashSet<>();
        for (Activity a : opened) {
            for (Target t : a.targets()) {
                if (t instanceof Target.OfMember m) {
                    reached.add(m.member());
                }
            }
        }
        return new ReportFigures(
                plansAdopted,
                itemsPlanned,
                count(concluded.stream().filter(Activity::isPlanned)),
                opened.size(),
                count(opened.stream().filter(a -> a.kind() == ActivityKind.SIGNS_OF_VIOLATION_INSPECTION)),
                reached.size(),
                count(concluded.stream().flatMap(a -> a.concluded().orElseThrow().violations().stream())),
                count(records.stream().flatMap(a -> a.disciplines().stream())
                        .map(Discipline::decidedOn).filter(window::contains)),
                count(concluded.stream().flatMap(a -> a.recommendations().stream())),
                count(records.stream().flatMap(a -> a.recommendations().stream())
                        .map(Recommendation::closedOn).filter(d -> d != null && window.contains(d))),
                count(records.stream().flatMap(a -> a.coordinations().stream())
                        .map(Coordination::on).filter(window::contains)));
    }

    /** The latest revision adopted on or before {@code day}; empty when the plan was not yet adopted then. */
    private static Optional<PlanRevision> revisionInForce(Plan plan, LocalDate day) {
        return plan.revisions().stream()
                .filter(r -> !r.adoptedOn().isAfter(day))
                .max(Comparator.comparingInt(PlanRevision::number));
    }

    private static int count(Stream<?> s) {
        return Math.toIntExact(s.count());
    }
}
