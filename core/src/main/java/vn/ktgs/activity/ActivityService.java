package vn.ktgs.activity;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ktgs.activity.ActivityCommands.Advance;
import vn.ktgs.activity.ActivityCommands.CloseRecommendation;
import vn.ktgs.activity.ActivityCommands.Conclude;
import vn.ktgs.activity.ActivityCommands.Correct;
import vn.ktgs.activity.ActivityCommands.DecideDiscipline;
import vn.ktgs.activity.ActivityCommands.Finding;
import vn.ktgs.activity.ActivityCommands.OpenUnplanned;
import vn.ktgs.activity.ActivityCommands.Recommend;
import vn.ktgs.activity.ActivityCommands.RecordCoordination;
import vn.ktgs.activity.ActivityCommands.Start;
import vn.ktgs.common.BeanValidation;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.Entity;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.common.Texts;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.Plans;
import vn.ktgs.plan.SupervisionMode;
import vn.ktgs.plan.Target;

/**
 * Thực hiện kiểm tra, giám sát: carries each plan item, and each inspection on signs of violation, from the
 * notification of its targets through self-report, verification and conclusion to follow-up and closing (S4);
 * records coordination with the agency's inspection and mass organisations (S5) and discipline within the
 * deciding organisation's competence.
 *
 * <p>Every command is checked whole: a rejected command reports every violation and stores nothing. A command
 * on a stored record names the version its caller read and gets a {@link ConflictException} when the record has
 * changed since. A concluded record's conclusion never changes: {@link #correct(Correct)} makes a new record
 * linked to it, and the corrected original takes no further changes.
 */
public final class ActivityService {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityService.class);

    private final Activities activities;
    private final Plans plans;
    private final OrganisationService organisations;
    private final BeanValidation validation;
    private final Clock clock;

    public ActivityService(Activities activities, Plans plans, OrganisationService organisations,
                           Validator validator, Clock clock) {
        this.activities = Objects.requireNonNull(activities, "activities");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.validation = new BeanValidation(Objects.requireNonNull(validator, "validator"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---------------------------------------------------------------- commands

    /**
     * Opens the record of an item of an adopted plan's current revision, copying its kind, mode, targets,
     * content (as the subject) and responsible member. One record per item; the notification falls in the
     * plan's year, not before its adoption and not after today.
     */
    public Outcome<Activity> start(Start cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        LocalDate day = cmd.notifiedOn();
        notInFuture(day, "notifiedOn", v);
        Optional<Plan> found = plans.find(cmd.planId());
        if (found.isEmpty()) {
            v.add(Violation.of("planId", "ktgs.activity.plan.unknown", "id", cmd.planId()));
            return Outcome.rejected(v);
        }
        Plan plan = found.get();
        Optional<PlanRevision> current = plan.current();
        if (current.isEmpty()) {
            v.add(Violation.of("planId", "ktgs.activity.plan.notAdopted", "plan", plan.title()));
            return Outcome.rejected(v);
        }
        Optional<PlanItem> item = current.get().item(cmd.itemId());
        if (item.isEmpty()) {
            v.add(Violation.of("itemId", "ktgs.activity.item.notInPlan", "revision", current.get().number()));
        } else if (activities.ofPlan(plan.id()).stream()
                .anyMatch(a -> cmd.itemId().equals(a.item()) && a.corrects() == null)) {
            v.add(Violation.of("itemId", "ktgs.activity.item.alreadyStarted"));
        }
        if (!plan.period().contains(day)) {
            v.add(Violation.of("notifiedOn", "ktgs.activity.notifiedOn.outsidePlanYear", "year", plan.year()));
        }
        LocalDate adopted = plan.adoptedOn().orElseThrow();
        if (day.isBefore(adopted)) {
            v.add(Violation.of("notifiedOn", "ktgs.activity.notifiedOn.beforeAdoption", "day", adopted));
        }
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        PlanItem i = item.orElseThrow();
        Activity opened = Activity.opened(plan.organisation(), plan.id(), i.id(), i.kind(), i.mode(), i.targets(),
                i.content(), i.responsible(), new StageRecord(Stage.NOTIFIED, day, text(cmd.note())));
        activities.save(opened);
        LOG.debug("started activity {} for item {} of plan {}", opened.id(), i.id(), plan.id());
        return Outcome.accepted(opened);
    }

    /**
     * Opens an inspection on signs of violation, never planned. Its targets are members of the organisation (or
     * of a cell below it, for a committee) on the day of notification, or, for a committee only, organisations
     * below it. The responsible member belongs to the organisation (or a cell below it) that day.
     */
    public Outcome<Activity> openUnplanned(OpenUnplanned cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        LocalDate day = cmd.notifiedOn();
        notInFuture(day, "notifiedOn", v);
        Optional<Organisation> org = organisations.findOrganisation(cmd.organisation());
        Optional<Member> responsible = organisations.findMember(cmd.responsible());
        if (org.isEmpty()) {
            v.add(Violation.of("organisation", "ktgs.organisation.unknown", "id", cmd.organisation()));
        }
        if (responsible.isEmpty()) {
            v.add(Violation.of("responsible", "ktgs.member.unknown", "id", cmd.responsible()));
        }
        if (org.isPresent()) {
            Organisation o = org.get();
            if (responsible.isPresent() && !organisations.belongsOn(responsible.get(), o.id(), day)) {
                v.add(Violation.of("responsible", "ktgs.activity.responsible.notMember",
                        "member", responsible.get().fullName(), "organisation", o.name(), "day", day));
            }
            checkUnplannedTargets(o, cmd.targets(), day, v);
        }
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Activity opened = Activity.opened(cmd.organisation(), null, null, ActivityKind.SIGNS_OF_VIOLATION_INSPECTION,
                SupervisionMode.DIRECT, cmd.targets(), text(cmd.subject()), cmd.responsible(),
                new StageRecord(Stage.NOTIFIED, day, text(cmd.reason())));
        activities.save(opened);
        LOG.debug("opened unplanned inspection {} in {}", opened.id(), cmd.organisation());
        return Outcome.accepted(opened);
    }

    /**
     * Moves the record to its next step: {@link Stage#SELF_REPORT_RECEIVED} after notification,
     * {@link Stage#VERIFIED} after the self-report, {@link Stage#FOLLOW_UP} after the conclusion and
     * {@link Stage#CLOSED} after the conclusion or the follow-up, once every recommendation is closed. Days never
     * go backwards nor beyond today. The conclusion itself is {@link #conclude(Conclude)}.
     */
    public Outcome<Activity> advance(Advance cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Activity a = load(cmd.activityId(), cmd.expectedVersion(), v);
        Stage next = cmd.stage();
        LocalDate on = cmd.on();
        if (next == Stage.NOTIFIED || next == Stage.CONCLUDED) {
            v.add(Violation.of("stage", "ktgs.activity.stage.notByAdvance", "stage", next));
        } else if (!follows(a.stage(), next)) {
            v.add(Violation.of("stage", "ktgs.activity.stage.outOfOrder",
                    "stage", next, "current", a.stage()));
        }
        notBeforeLastStep(a, on, "on", v);
        notInFuture(on, "on", v);
        if (next == Stage.CLOSED) {
            long open = a.recommendations().stream().filter(r -> r.status() == RecommendationStatus.OPEN).count();
            if (open > 0) {
                v.add(Violation.of("stage", "ktgs.activity.close.openRecommendations", "count", open));
            }
            latestEvent(a).filter(on::isBefore).ifPresent(latest ->
                    v.add(Violation.of("on", "ktgs.activity.close.beforeRecordedEvent", "day", latest)));
        }
        return save(v, () -> a.withStage(new StageRecord(next, on, text(cmd.note()))));
    }

    /**
     * Records the conclusion of a verified record: strengths, shortcomings, violations found (each about one of
     * the record's targets, or the work in general) and the minutes of the conference. Never before
     * verification, and never a second time.
     */
    public Outcome<Activity> conclude(Conclude cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Activity a = load(cmd.activityId(), cmd.expectedVersion(), v);
        if (a.conclusion() != null) {
            v.add(Violation.of("activityId", "ktgs.activity.concluded.immutable"));
        } else {
            if (a.stage() != Stage.VERIFIED) {
                v.add(Violation.of("activityId", "ktgs.activity.conclusion.beforeVerification",
                        "stage", a.stage()));
            }
            notBeforeLastStep(a, cmd.concludedOn(), "concludedOn", v);
        }
        notInFuture(cmd.concludedOn(), "concludedOn", v);
        checkFindings(a, cmd.findings(), v);
        return save(v, () -> a.withConclusion(conclusion(cmd.concludedOn(), cmd.strengths(), cmd.shortcomings(),
                cmd.findings(), cmd.minutesReference()), ""));
    }

    /**
     * Adds a recommendation to a concluded record that is not closed, due on or after the conclusion day, and
     * addressed to one of the record's targets or to the organisation itself. The new recommendation is the last
     * one of the returned record.
     */
    public Outcome<Activity> recommend(Recommend cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Activity a = load(cmd.activityId(), cmd.expectedVersion(), v);
        Conclusion c = a.conclusion();
        if (c == null) {
            v.add(Violation.of("activityId", "ktgs.activity.recommendation.beforeConclusion"));
        } else if (cmd.due().isBefore(c.concludedOn())) {
            v.add(Violation.of("due", "ktgs.activity.recommendation.dueBeforeConclusion", "day", c.concludedOn()));
        }
        notClosed(a, v);
        if (cmd.addressee() != null && !a.targets().contains(cmd.addressee())) {
            v.add(Violation.of("addressee", "ktgs.activity.recommendation.addresseeNotTarget"));
        }
        return save(v, () -> {
            List<Recommendation> next = new ArrayList<>(a.recommendations());
            next.add(new Recommendation(RecommendationId.random(), text(cmd.text()), cmd.addressee(), cmd.due(),
                    RecommendationStatus.OPEN, null, ""));
            return a.withRecommendations(next);
        });
    }

    /** Closes an open recommendation, carried out on a day on or after the conclusion day, once. */
    public Outcome<Activity> closeRecommendation(CloseRecommendation cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Activity a = load(cmd.activityId(), cmd.expectedVersion(), v);
        Optional<Recommendation> found = a.recommendations().stream()
                .filter(r -> r.id().equals(cmd.recommendationId())).findFirst();
        if (found.isEmpty()) {
            v.add(Violation.of("recommendationId", "ktgs.activity.recommendation.unknown",
                    "id", cmd.recommendationId()));
        } else if (found.get().closedOn() != null) {
            v.add(Violation.of("recommendationId", "ktgs.activity.recommendation.alreadyClosed",
                    "day", found.get().closedOn()));
        }
        Conclusion c = a.conclusion();
        if (c != null && cmd.closedOn().isBefore(c.concludedOn())) {
            v.add(Violation.of("closedOn", "ktgs.activity.recommendation.closedBeforeConclusion",
                    "day", c.concludedOn()));
        }
        notInFuture(cmd.closedOn(), "closedOn", v);
        return save(v, () -> {
            List<Recommendation> next = new ArrayList<>();
            for (Recommendation r : a.recommendations()) {
                next.add(!r.id().equals(cmd.recommendationId()) ? r : new Recommendation(r.id(), r.text(),
                        r.addressee(), r.due(), RecommendationStatus.CLOSED, cmd.closedOn(), text(cmd.note())));
            }
            return a.withRecommendations(next);
        });
    }

    /**
     * Records coordination with the agency's inspection or a mass organisation (S5), dated within the record's
     * life: not before its notification, not after its closing, not after today.
     */
    public Outcome<Activity> recordCoordination(RecordCoordination cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Activity a = load(cmd.activityId(), cmd.expectedVersion(), v);
        if (cmd.on().isBefore(a.openedOn())) {
            v.add(Violation.of("on", "ktgs.activity.coordination.beforeOpening", "day", a.openedOn()));
        }
        a.reached(Stage.CLOSED).filter(closed -> cmd.on().isAfter(closed)).ifPresent(closed ->
                v.add(Violation.of("on", "ktgs.activity.coordination.afterClosing", "day", closed)));
        notInFuture(cmd.on(), "on", v);
        return save(v, () -> a.withCoordination(new Coordination(cmd.partner(), text(cmd.partnerName()), cmd.on(),
                text(cmd.note()))));
    }

    /**
     * Records a disciplinary decision on a target that the conclusion found worth considering for discipline,
     * once per target. The form must fit the target (its membership status on the day of decision, or an
     * organisation); a cell may only reprimand or warn its own members and never disciplines an organisation.
     */
    public Outcome<Activity> decideDiscipline(DecideDiscipline cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Activity a = load(cmd.activityId(), cmd.expectedVersion(), v);
        Target target = cmd.target();
        LocalDate day = cmd.decidedOn();
        Conclusion c = a.conclusion();
        if (c == null) {
            v.add(Violation.of("activityId", "ktgs.activity.discipline.notConcluded"));
        } else {
            if (c.violations().stream().noneMatch(f -> f.disciplineToBeConsidered() && target.equals(f.target()))) {
                v.add(Violation.of("target", "ktgs.activity.discipline.noFinding"));
            }
            if (day.isBefore(c.concludedOn())) {
                v.add(Violation.of("decidedOn", "ktgs.activity.discipline.beforeConclusion", "day", c.concludedOn()));
            }
        }
        notClosed(a, v);
        notInFuture(day, "decidedOn", v);
        if (a.disciplines().stream().anyMatch(d -> d.target().equals(target))) {
            v.add(Violation.of("target", "ktgs.activity.discipline.duplicate"));
        }
        checkCompetence(organisations.organisation(a.organisation()), target, cmd.form(), day, v);
        return save(v, () -> a.withDiscipline(new Discipline(target, cmd.form(), day, text(cmd.reason()),
                text(cmd.decisionReference()))));
    }

    /**
     * Corrects a concluded record: stores a new record whose {@code corrects} names the original, with the
     * original's steps up to verification, the corrected conclusion (on or after the original's) and the reason
     * as the note of its conclusion step. The original stays as it was and takes no further changes; only the
     * latest correction may be corrected again.
     */
    public Outcome<Activity> correct(Correct cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Activity original = activity(cmd.activityId());
        Conclusion c = original.conclusion();
        if (c == null) {
            v.add(Violation.of("activityId", "ktgs.activity.correction.notConcluded"));
        } else {
            correctionOf(original).ifPresent(later -> v.add(Violation.of("activityId",
                    "ktgs.activity.correction.alreadyCorrected", "correction", later.id())));
            if (cmd.concludedOn().isBefore(c.concludedOn())) {
                v.add(Violation.of("concludedOn", "ktgs.activity.correction.beforeOriginal",
                        "day", c.concludedOn()));
            }
        }
        notInFuture(cmd.concludedOn(), "concludedOn", v);
        checkFindings(original, cmd.findings(), v);
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Activity corrected = original.correctedBy(conclusion(cmd.concludedOn(), cmd.strengths(), cmd.shortcomings(),
                cmd.findings(), cmd.minutesReference()), text(cmd.reason()));
        activities.save(corrected);
        LOG.debug("activity {} corrects {}", corrected.id(), original.id());
        return Outcome.accepted(corrected);
    }

    // ---------------------------------------------------------------- queries

    /** The record, or {@link NotFoundException}. */
    public Activity activity(ActivityId id) {
        return activities.find(id).orElseThrow(() -> new NotFoundException(Entity.ACTIVITY, id));
    }

    /** Every record of an organisation, corrections included, ordered by opening day. */
    public List<Activity> ofOrganisation(OrganisationId organisation) {
        return activities.ofOrganisation(organisation);
    }

    /** One page of {@link #ofOrganisation(OrganisationId)}: opening day then id, as the port orders them. */
    public Page<Activity> ofOrganisation(OrganisationId organisation, PageRequest request) {
        return activities.ofOrganisation(organisation, request);
    }

    /** Every record carrying out an item of the plan, corrections included, ordered by opening day. */
    public List<Activity> ofPlan(PlanId plan) {
        return activities.ofPlan(plan);
    }

    /** One page of {@link #ofPlan(PlanId)}: opening day then id, as the port orders them. */
    public Page<Activity> ofPlan(PlanId plan, PageRequest request) {
        return activities.ofPlan(plan, request);
    }

    /**
     * The records of an organisation still open on {@code asOf}: opened on or before it, not closed by then, and
     * not superseded by a correction concluded by then.
     */
    public List<Activity> open(OrganisationId organisation, LocalDate asOf) {
        List<Activity> all = activities.ofOrganisation(organisation);
        Set<ActivityId> superseded = new HashSet<>();
        for (Activity a : all) {
            if (a.corrects() != null && a.concluded().map(c -> !c.concludedOn().isAfter(asOf)).orElse(false)) {
                superseded.add(a.corrects());
            }
        }
        return all.stream()
                .filter(a -> !a.openedOn().isAfter(asOf))
                .filter(a -> a.reached(Stage.CLOSED).map(closed -> closed.isAfter(asOf)).orElse(true))
                .filter(a -> !superseded.contains(a.id()))
                .toList();
    }

    // ---------------------------------------------------------------- rules

    /** The stored record at the caller's version, noting a violation when a correction has superseded it. */
    private Activity load(ActivityId id, long expectedVersion, List<Violation> v) {
        Activity a = activity(id);
        if (a.version() != expectedVersion) {
            throw new ConflictException("Activity", id, expectedVersion, a.version());
        }
        correctionOf(a).ifPresent(later -> v.add(Violation.of("activityId", "ktgs.activity.superseded",
                "correction", later.id())));
        return a;
    }

    private Optional<Activity> correctionOf(Activity a) {
        return activities.ofOrganisation(a.organisation()).stream()
                .filter(other -> a.id().equals(other.corrects())).findFirst();
    }

    private Outcome<Activity> save(List<Violation> v, Supplier<Activity> next) {
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Activity saved = next.get();
        activities.save(saved);
        return Outcome.accepted(saved);
    }

    private static boolean follows(Stage current, Stage next) {
        return switch (next) {
            case SELF_REPORT_RECEIVED -> current == Stage.NOTIFIED;
            case VERIFIED -> current == Stage.SELF_REPORT_RECEIVED;
            case FOLLOW_UP -> current == Stage.CONCLUDED;
            case CLOSED -> current == Stage.CONCLUDED || current == Stage.FOLLOW_UP;
            case NOTIFIED, CONCLUDED -> false;
        };
    }

    private static void notBeforeLastStep(Activity a, LocalDate day, String path, List<Violation> v) {
        StageRecord last = a.stages().get(a.stages().size() - 1);
        if (day.isBefore(last.on())) {
            v.add(Violation.of(path, "ktgs.activity.stage.dateBeforePrevious",
                    "stage", last.stage(), "day", last.on()));
        }
    }

    private void notInFuture(LocalDate day, String path, List<Violation> v) {
        LocalDate today = LocalDate.now(clock);
        if (day.isAfter(today)) {
            v.add(Violation.of(path, "ktgs.activity.date.future", "today", today));
        }
    }

    private static void notClosed(Activity a, List<Violation> v) {
        if (a.stage() == Stage.CLOSED) {
            v.add(Violation.of("activityId", "ktgs.activity.closed"));
        }
    }

    /** The last day something was recorded on the record besides its steps. */
    private static Optional<LocalDate> latestEvent(Activity a) {
        return Stream.of(
                        a.recommendations().stream().map(Recommendation::closedOn).filter(Objects::nonNull),
                        a.coordinations().stream().map(Coordination::on),
                        a.disciplines().stream().map(Discipline::decidedOn))
                .flatMap(s -> s)
                .max(LocalDate::compareTo);
    }

    private static void checkFindings(Activity a, List<Finding> findings, List<Violation> v) {
        for (int i = 0; i < findings.size(); i++) {
            Target t = findings.get(i).target();
            if (t != null && !a.targets().contains(t)) {
                v.add(Violation.of("findings[" + i + "].target", "ktgs.activity.finding.targetNotInActivity"));
            }
        }
    }

    private void checkUnplannedTargets(Organisation org, List<Target> targets, LocalDate day, List<Violation> v) {
        Set<Target> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            String path = "targets[" + i + "]";
            Target t = targets.get(i);
            if (!seen.add(t)) {
                v.add(Violation.of(path, "ktgs.activity.target.duplicate"));
            } else if (t instanceof Target.OfMember m) {
                Optional<Member> member = organisations.findMember(m.member());
                if (member.isEmpty()) {
                    v.add(Violation.of(path, "ktgs.member.unknown", "id", m.member()));
                } else if (!organisations.belongsOn(member.get(), org.id(), day)) {
                    v.add(Violation.of(path, "ktgs.activity.target.notMember", "member", member.get().fullName(),
                            "organisation", org.name(), "day", day));
                }
            } else if (t instanceof Target.OfOrganisation o) {
                Optional<Organisation> lower = organisations.findOrganisation(o.organisation());
                if (org.kind().isCell()) {
                    v.add(Violation.of(path, "ktgs.activity.target.organisationOfCell"));
                } else if (lower.isEmpty()) {
                    v.add(Violation.of(path, "ktgs.organisation.unknown", "id", o.organisation()));
                } else if (lower.get().id().equals(org.id()) || !organisations.isWithin(lower.get().id(), org.id())) {
                    v.add(Violation.of(path, "ktgs.activity.target.notLower", "target", lower.get().name(),
                            "organisation", org.name()));
                }
            }
        }
    }

    private void checkCompetence(Organisation decider, Target target, DisciplineForm form, LocalDate day,
                                 List<Violation> v) {
        if (target instanceof Target.OfMember m) {
            Optional<Member> member = organisations.findMember(m.member());
            if (member.isEmpty()) {
                v.add(Violation.of("target", "ktgs.member.unknown", "id", m.member()));
                return;
            }
            Optional<MembershipStatus> status = member.get().statusOn(day);
            if (status.isEmpty()) {
                v.add(Violation.of("target", "ktgs.activity.discipline.notAMember",
                        "member", member.get().fullName(), "day", day));
            } else if (!form.fitsMember(status.get())) {
                v.add(Violation.of("form", "ktgs.activity.discipline.formDoesNotFit",
                        "form", form, "target", status.get()));
            }
            if (decider.kind().isCell()
                    && (!form.withinCellCompetence() || !member.get().isMemberOf(decider.id(), day))) {
                v.add(Violation.of("form", "ktgs.activity.discipline.beyondCellCompetence",
                        "form", form, "member", member.get().fullName()));
            }
        } else if (target instanceof Target.OfOrganisation o) {
            if (!form.fitsOrganisation()) {
                v.add(Violation.of("form", "ktgs.activity.discipline.formDoesNotFit", "form", form,
                        "target", organisations.findOrganisation(o.organisation()).map(Organisation::name)
                                .orElse(o.organisation().toString())));
            }
            if (decider.kind().isCell()) {
                v.add(Violation.of("target", "ktgs.activity.discipline.cellCannotDisciplineOrganisation"));
            }
        }
    }

    private static Conclusion conclusion(LocalDate on, List<String> strengths, List<String> shortcomings,
                                         List<Finding> findings, String minutesReference) {
        return new Conclusion(on, strengths.stream().map(ActivityService::text).toList(),
                shortcomings.stream().map(ActivityService::text).toList(),
                findings.stream().map(f -> new ViolationFinding(f.target(), text(f.description()), f.severity(),
                        f.disciplineToBeConsidered())).toList(),
                text(minutesReference));
    }



    private static String text(@Nullable String s) {
        String nfc = Texts.nfc(s);
        return nfc == null ? "" : nfc;
    }
}
