package vn.ktgs.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ktgs.access.AccessRules;
import vn.ktgs.access.Action;
import vn.ktgs.access.Caller;
import vn.ktgs.activity.Activities;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.Disseminations;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentId;
import vn.ktgs.document.Documents;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.organisation.RoleKind;
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
 * Theo dõi, đôn đốc: what an organisation and everything below it owe on a day, and the step of escalation each
 * item has reached. Judged from the records as they stood on that day (a conclusion, a closing, a submission, an
 * assignment or a session dated after it does not count), so that the same question asked about the same day
 * always gets the same answer. The numbers that are set locally come from {@link FollowUpRules}.
 *
 * <ul>
 *   <li>{@link OverdueKind#PLAN_NOT_ADOPTED}: an organisation (committee or cell) established before the day has
 *       no revision of its plan for the day's year adopted by the day; due {@link FollowUpRules#planAdoptionDays()}
 *       days after 1 January of the year (or the day it was established, if later). Responsible: its secretary.</li>
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
 *   <li>{@link OverdueKind#CELL_WITHOUT_ASSIGNED_MEMBER}: a cell established before the day with no BCH member
 *       assigned on the day (S6); due {@link FollowUpRules#assignmentDays()} days after the first day without one
 *       (the day it was established, or the day after its last assignment ended). Responsible: the secretary of the
 *       nearest committee above it, which assigns.</li>
 *   <li>{@link OverdueKind#MEMBER_NOT_REACHED}: a document is being disseminated when a session on it was held in
 *       the organisation asked about (or below it) between 1 January of the year before the day's and the day; a
 *       member of a cell below on the day who attended no session on it by the day (in any cell) is overdue
 *       {@link FollowUpRules#disseminationDays()} days after the document was issued, or after the member joined
 *       the cell (or the cell was established) if later (S8). Responsible: the cell's secretary.</li>
 * </ul>
 *
 * <p>Each item carries the step of escalation it has reached ({@link EscalationPolicy}) and the members that step
 * names on the day. The list is ordered by days overdue (most first), then organisation code, kind, due day and, for
 * members not reached, member code.
 */
public final class FollowUpService {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final OrganisationService organisations;
    private final Plans plans;
    private final Activities activities;
    private final Reports reports;
    private final Documents documents;
    private final Disseminations disseminations;
    private final SentNotices sent;
    private final ReportingSchedule schedule;
    private final FollowUpRules rules;

    /**
     * @param sent where the notices sent are remembered ({@link #notify})
     * @param rules the locally set numbers and steps, usually {@link FollowUpRules#defaults()}
     */
    public FollowUpService(OrganisationService organisations, Plans plans, Activities activities, Reports reports,
                           Documents documents, Disseminations disseminations, SentNotices sent,
                           ReportingSchedule schedule, FollowUpRules rules) {
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.activities = Objects.requireNonNull(activities, "activities");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.disseminations = Objects.requireNonNull(disseminations, "disseminations");
        this.sent = Objects.requireNonNull(sent, "sent");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The rules this service judges by. */
    public FollowUpRules rules() {
        return rules;
    }

    /**
     * Everything overdue on {@code day} in {@code root} and the organisations below it, each with its step of
     * escalation.
     *
     * @throws NotFoundException when the organisation does not exist
     */
    public List<Overdue> overdue(OrganisationId root, LocalDate day) {
        Objects.requireNonNull(day, "day");
        Run run = new Run(day);
        List<Organisation> tree = organisations.subtree(root);
        for (Organisation o : tree) {
            run.known.put(o.id(), o);
        }
        List<Overdue> out = new ArrayList<>();
        for (Organisation o : tree) {
            if (!o.established().isBefore(day)) {
                continue;
            }
            List<Activity> records = activities.ofOrganisation(o.id());
            plan(o, run, out);
            for (int year = day.getYear() - 1; year <= day.getYear(); year++) {
                items(o, year, records, run, out);
            }
            recommendations(o, records, run, out);
            if (o.kind().isCell()) {
                reports(o, run, out);
                assignment(o, run, out);
            }
        }
        notReached(tree, run, out);
        List<Overdue> escalated = new ArrayList<>(out.size());
        for (Overdue x : out) {
            escalated.add(x.escalated(escalation(x, run)));
        }
        escalated.sort(Comparator.comparingLong(Overdue::daysOverdue).reversed()
                .thenComparing(x -> run.code(x.organisation()))
                .thenComparing(Overdue::kind)
                .thenComparing(Overdue::due)
                .thenComparing(x -> x.member() == null ? "" : run.memberCode(x.member()))
                .thenComparing(x -> x.key().reference()));
        return List.copyOf(escalated);
    }

    /**
     * Sends what is overdue on {@code day} in {@code root} and below it, each item at the step it has reached, once:
     * an item whose step (or a later one) was sent by an earlier run is not sent again, so a second run on the same
     * day sends nothing new and a later day sends the items that reached their next step. Only the step reached is
     * sent (a run after a long pause does not send the steps skipped). Each notice is recorded in
     * {@link SentNotices} before {@code notifier} is called, and forgotten again if it throws; two runs at once
     * send each step once.
     *
     * @throws NotFoundException when the organisation does not exist
     * @throws RuntimeException what {@code notifier} threw (the notices sent before it stay sent)
     */
    public NoticeRun notify(OrganisationId root, LocalDate day, Notifier notifier) {
        Objects.requireNonNull(notifier, "notifier");
        List<Overdue> list = overdue(root, day);
        List<OverdueKey> keys = new ArrayList<>();
        for (Overdue x : list) {
            if (x.escalation() != null) {
                keys.add(x.key());
            }
        }
        Map<OverdueKey, Integer> highest = keys.isEmpty() ? Map.of() : sent.highestSteps(keys);
        List<Notice> out = new ArrayList<>();
        List<Overdue> unaddressed = new ArrayList<>();
        int already = 0;
        for (Overdue x : list) {
            Escalation e = x.escalation();
            if (e == null) {
                continue;
            }
            Integer done = highest.get(x.key());
            if (done != null && done >= e.step()) {
                already++;
                continue;
            }
            if (e.recipients().isEmpty()) {
                unaddressed.add(x);
                continue;
            }
            Notice notice = new Notice(x, e, day);
            if (!sent.record(notice.sent())) {
                already++;
                continue;
            }
            try {
                notifier.send(notice);
            } catch (RuntimeException failed) {
                sent.forget(x.key(), e.step());
                throw failed;
            }
            out.add(notice);
        }
        return new NoticeRun(day, out, already, unaddressed);
    }

    /** The notices sent for one item, by step. */
    public List<SentNotice> sentFor(OverdueKey key) {
        return sent.ofItem(key);
    }

    // ---------------------------------------------------------------- kinds

    private void plan(Organisation o, Run run, List<Overdue> out) {
        LocalDate day = run.day;
        LocalDate due = LocalDate.of(day.getYear(), 1, 1).plusDays(rules.planAdoptionDays());
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
        out.add(new Overdue(OverdueKey.of(OverdueKind.PLAN_NOT_ADOPTED, o.id(), day.getYear()), o.id(),
                plan.map(Plan::title).orElse(""), due, ChronoUnit.DAYS.between(due, day), run.secretary(o.id()),
                plan.map(Plan::id).orElse(null), null, null, null, null, null, null, false, null));
    }

    private void items(Organisation o, int year, List<Activity> records, Run run, List<Overdue> out) {
        LocalDate day = run.day;
        Optional<Plan> plan = plans.findFor(o.id(), year);
        PlanRevision revision = plan.map(p -> inForce(p, day)).orElse(null);
        if (revision == null) {
            return;
        }
        Set<PlanItemId> concluded = new HashSet<>();
        Map<PlanItemId, Activity> open = new HashMap<>();
        for (Activity a : records) {
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
                out.add(new Overdue(OverdueKey.of(OverdueKind.ITEM_PAST_WINDOW, item.id()), o.id(), item.content(),
                        end, ChronoUnit.DAYS.between(end, day), item.responsible(), plan.get().id(), item.id(),
                        record == null ? null : record.id(), null, null, null, null, false, null));
            }
        }
    }

    private void recommendations(Organisation o, List<Activity> all, Run run, List<Overdue> out) {
        LocalDate day = run.day;
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
                    out.add(new Overdue(OverdueKey.of(OverdueKind.RECOMMENDATION_PAST_DUE, r.id()), o.id(), r.text(),
                            r.due(), ChronoUnit.DAYS.between(r.due(), day), addressee(r.addressee(), o.id(), run),
                            a.plan(), a.item(), a.id(), r.id(), null, null, null, !a.isPlanned(), null));
                }
            }
        }
    }

    private void reports(Organisation cell, Run run, List<Overdue> out) {
        LocalDate day = run.day;
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
                    out.add(new Overdue(OverdueKey.of(OverdueKind.REPORT_NOT_SUBMITTED, cell.id(), period),
                            cell.id(), "", deadline, ChronoUnit.DAYS.between(deadline, day), run.secretary(cell.id()),
                            null, null, null, null, period, null, null, false, null));
                }
            }
        }
    }

    private void assignment(Organisation cell, Run run, List<Overdue> out) {
        LocalDate day = run.day;
        if (!cell.assignedOn(day).isEmpty()) {
            return;
        }
        LocalDate since = cell.established();
        for (Organisation.Assignment a : cell.assignments()) {
            LocalDate end = a.period().to();
            if (end != null && end.isBefore(day) && !end.plusDays(1).isBefore(since)) {
                since = end.plusDays(1);
            }
        }
        LocalDate due = since.plusDays(rules.assignmentDays());
        if (!day.isAfter(due)) {
            return;
        }
        Organisation committee = run.committeeOver(cell);
        out.add(new Overdue(OverdueKey.of(OverdueKind.CELL_WITHOUT_ASSIGNED_MEMBER, cell.id(), since), cell.id(), "",
                due, ChronoUnit.DAYS.between(due, day), committee == null ? null : run.secretary(committee.id()),
                null, null, null, null, null, null, null, false, null));
    }

    private void notReached(List<Organisation> tree, Run run, List<Overdue> out) {
        LocalDate day = run.day;
        LocalDate horizon = LocalDate.of(day.getYear() - 1, 1, 1);
        List<Organisation> cells = new ArrayList<>();
        Set<DocumentId> being = new LinkedHashSet<>();
        for (Organisation o : tree) {
            if (!o.kind().isCell()) {
                continue;
            }
            if (o.established().isBefore(day)) {
                cells.add(o);
            }
            for (Dissemination d : disseminations.ofCell(o.id())) {
                if (!d.heldOn().isBefore(horizon) && !d.heldOn().isAfter(day)) {
                    being.add(d.document());
                }
            }
        }
        if (being.isEmpty()) {
            return;
        }
        List<Document> docs = new ArrayList<>();
        for (DocumentId id : being) {
            documents.find(id).ifPresent(docs::add);
        }
        // who belongs to each cell on the day, and when they joined it
        Map<Organisation, Map<MemberId, LocalDate>> joinedByCell = new LinkedHashMap<>();
        Set<MemberId> everyone = new HashSet<>();
        for (Organisation cell : cells) {
            Map<MemberId, LocalDate> joined = new LinkedHashMap<>();
            for (Member m : run.people(cell.id())) {
                if (m.isMemberOf(cell.id(), day)) {
                    joined.put(m.id(), joinedOn(m, cell.id(), day));
                    run.memberCodes.put(m.id(), m.code());
                }
            }
            if (!joined.isEmpty()) {
                joinedByCell.put(cell, joined);
                everyone.addAll(joined.keySet());
            }
        }
        for (Document d : docs) {
            // one question a document for every member below: the port answers it in one look-up or query
            Set<MemberId> attended = disseminations.attendedAmong(d.id(), day, everyone);
            for (Map.Entry<Organisation, Map<MemberId, LocalDate>> c : joinedByCell.entrySet()) {
                Organisation cell = c.getKey();
                for (Map.Entry<MemberId, LocalDate> e : c.getValue().entrySet()) {
                    if (attended.contains(e.getKey())) {
                        continue;
                    }
                    LocalDate start = latest(latest(d.issuedOn(), e.getValue()), cell.established());
                    LocalDate due = start.plusDays(rules.disseminationDays());
                    if (day.isAfter(due)) {
                        out.add(new Overdue(OverdueKey.of(OverdueKind.MEMBER_NOT_REACHED, d.id(), e.getKey()),
                                cell.id(), d.number().format() + " " + d.title(), due,
                                ChronoUnit.DAYS.between(due, day), run.secretary(cell.id()), null, null, null, null,
                                null, d.id(), e.getKey(), false, null));
                    }
                }
            }
        }
    }

    /** The first day of the member's unbroken time in the cell up to {@code day} (across a change of status). */
    private static LocalDate joinedOn(Member m, OrganisationId cell, LocalDate day) {
        LocalDate from = m.membershipOn(day).map(x -> x.period().from()).orElse(day);
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Member.Membership x : m.memberships()) {
                LocalDate end = x.period().to();
                if (x.organisation().equals(cell) && end != null && end.plusDays(1).equals(from)) {
                    from = x.period().from();
                    moved = true;
                }
            }
        }
        return from;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // ---------------------------------------------------------------- escalation

    private @Nullable Escalation escalation(Overdue x, Run run) {
        Optional<Integer> number = rules.escalation().stepNumber(x.kind(), x.daysOverdue());
        if (number.isEmpty()) {
            return null;
        }
        List<EscalationStep> steps = rules.escalation().stepsFor(x.kind());
        EscalationStep step = steps.get(number.get() - 1);
        Organisation owner = run.organisation(x.organisation());
        Set<MemberId> who = new LinkedHashSet<>();
        for (EscalationRole role : step.to()) {
            switch (role) {
                case RESPONSIBLE -> {
                    if (x.responsible() != null) {
                        who.add(x.responsible());
                    }
                }
                case SECRETARY -> {
                    MemberId s = run.secretary(owner.id());
                    if (s != null) {
                        who.add(s);
                    }
                }
                case ASSIGNED_MEMBER -> {
                    if (owner.kind().isCell()) {
                        who.addAll(owner.assignedOn(run.day));
                    }
                }
                case COMMITTEE_SECRETARY -> {
                    Organisation c = run.committeeOver(owner);
                    MemberId s = c == null ? null : run.secretary(c.id());
                    if (s != null) {
                        who.add(s);
                    }
                }
                case STANDING_COMMITTEE -> {
                    Organisation c = run.committeeOver(owner);
                    if (c != null) {
                        for (Member m : run.people(c.id())) {
                            if (m.holds(RoleKind.STANDING_COMMITTEE_MEMBER, c.id(), run.day)) {
                                who.add(m.id());
                            }
                        }
                    }
                }
                default -> throw new IllegalStateException(role.name());
            }
        }
        List<MemberId> recipients = new ArrayList<>(who);
        if (x.confidential()) {
            AccessRules access = run.access();
            recipients.removeIf(m -> !access.allows(Caller.member(m), Action.READ_CONFIDENTIAL, owner.id()));
        }
        return new Escalation(number.get(), steps.size(), step, recipients);
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

    private @Nullable MemberId addressee(@Nullable Target addressee, OrganisationId concluding, Run run) {
        if (addressee instanceof Target.OfMember m) {
            return m.member();
        }
        OrganisationId organisation = addressee instanceof Target.OfOrganisation org ? org.organisation() : concluding;
        return run.secretary(organisation);
    }

    /** What one question about one day looks up more than once. */
    private final class Run {
        final LocalDate day;
        final Map<OrganisationId, Organisation> known = new HashMap<>();
        final Map<OrganisationId, Optional<MemberId>> secretaries = new HashMap<>();
        final Map<MemberId, String> memberCodes = new HashMap<>();
        final Map<OrganisationId, List<Member>> people = new HashMap<>();
        private @Nullable AccessRules access;

        Run(LocalDate day) {
            this.day = day;
        }

        Organisation organisation(OrganisationId id) {
            return known.computeIfAbsent(id, organisations::organisation);
        }

        String code(OrganisationId id) {
            Organisation o = known.get(id);
            return o == null ? "" : o.code();
        }

        String memberCode(MemberId id) {
            return memberCodes.computeIfAbsent(id, m -> organisations.findMember(m).map(Member::code).orElse(""));
        }

        /** The people of an organisation (members and role holders, by code), read once a run. */
        List<Member> people(OrganisationId organisation) {
            return people.computeIfAbsent(organisation, organisations::people);
        }

        /** The secretary on the day, as {@link OrganisationService#secretaryOn} finds them. */
        @Nullable MemberId secretary(OrganisationId organisation) {
            return secretaries.computeIfAbsent(organisation, o -> {
                for (Member m : people(o)) { // by code: the first holder, as holdersOn orders them
                    if (m.holds(RoleKind.SECRETARY, o, day)) {
                        return Optional.of(m.id());
                    }
                }
                return Optional.empty();
            }).orElse(null);
        }

        /** The committee over an organisation's work: the nearest committee above it. */
        @Nullable Organisation committeeOver(Organisation o) {
            OrganisationId next = o.parent();
            Set<OrganisationId> seen = new HashSet<>();
            while (next != null && seen.add(next)) {
                Organisation p = known.get(next);
                if (p == null) {
                    Optional<Organisation> found = organisations.findOrganisation(next);
                    if (found.isEmpty()) {
                        return null; // a store that does not enforce its references
                    }
                    p = found.get();
                    known.put(next, p);
                }
                if (p.kind().isCommittee()) {
                    return p;
                }
                next = p.parent();
            }
            return null;
        }

        /** The access rules as they stand on the day. */
        AccessRules access() {
            if (access == null) {
                access = new AccessRules(organisations, Clock.fixed(day.atStartOfDay(VIETNAM).toInstant(), VIETNAM));
            }
            return access;
        }
    }
}
