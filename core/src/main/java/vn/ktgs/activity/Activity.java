package vn.ktgs.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.SupervisionMode;
import vn.ktgs.plan.Target;

/**
 * Hồ sơ kiểm tra, giám sát: the execution record of one planned item or one unplanned inspection on signs of
 * violation (S4), from notification to closing.
 *
 * @param organisation the organisation carrying it out
 * @param plan the plan it carries out; {@code null} for an unplanned inspection
 * @param item the plan item it carries out; {@code null} for an unplanned inspection
 * @param subject what is inspected or supervised
 * @param responsible the member in charge
 * @param stages the steps reached, in order, with their days
 * @param conclusion the conclusion once concluded
 * @param corrects the record this one corrects, when it is a correction of a concluded record
 * @param version the optimistic-concurrency version, 1 when first stored
 */
public record Activity(
        ActivityId id,
        OrganisationId organisation,
        @Nullable PlanId plan,
        @Nullable PlanItemId item,
        ActivityKind kind,
        SupervisionMode mode,
        List<Target> targets,
        String subject,
        MemberId responsible,
        List<StageRecord> stages,
        @Nullable Conclusion conclusion,
        List<Recommendation> recommendations,
        List<Coordination> coordinations,
        List<Discipline> disciplines,
        @Nullable ActivityId corrects,
        long version) {

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        if ((plan == null) != (item == null)) {
            throw new IllegalArgumentException("a planned activity names both its plan and its item");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        targets = List.copyOf(targets);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(responsible, "responsible");
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("an activity starts with its notification");
        }
        recommendations = List.copyOf(recommendations);
        coordinations = List.copyOf(coordinations);
        disciplines = List.copyOf(disciplines);
    }

    /** Whether it carries out a plan item (false for an inspection on signs of violation). */
    public boolean isPlanned() {
        return item != null;
    }

    public Optional<PlanId> planId() {
        return Optional.ofNullable(plan);
    }

    public Optional<PlanItemId> itemId() {
        return Optional.ofNullable(item);
    }

    /** The step reached last. */
    public Stage stage() {
        return stages.get(stages.size() - 1).stage();
    }

    /** The day a step was reached, if it was. */
    public Optional<LocalDate> reached(Stage stage) {
        return stages.stream().filter(s -> s.stage() == stage).map(StageRecord::on).findFirst();
    }

    /** The day of notification, which opens the record. */
    public LocalDate openedOn() {
        return stages.get(0).on();
    }

    public Optional<Conclusion> concluded() {
        return Optional.ofNullable(conclusion);
    }

    public Optional<ActivityId> correctionOf() {
        return Optional.ofNullable(corrects);
    }

    /**
     * Phần không mật: this record as a reader who may not see confidential content reads it: the same version with
     * the conclusion's violations and the disciplinary decisions left out. Itself when there are none.
     */
    public Activity withoutConfidentialContent() {
        boolean violations = conclusion != null && !conclusion.violations().isEmpty();
        if (!violations && disciplines.isEmpty()) {
            return this;
        }
        Conclusion open = conclusion == null ? null : new Conclusion(conclusion.concludedOn(), conclusion.strengths(),
                conclusion.shortcomings(), List.of(), conclusion.minutesReference());
        return new Activity(id, organisation, plan, item, kind, mode, targets, subject, responsible, stages, open,
                recommendations, coordinations, List.of(), corrects, version);
    }

    /** A new record (version 1) opened by its notification. */
    static Activity opened(OrganisationId organisation, @Nullable PlanId plan, @Nullable PlanItemId item,
                           ActivityKind kind, SupervisionMode mode, List<Target> targets, String subject,
                           MemberId responsible, StageRecord notification) {
        return new Activity(ActivityId.random(), organisation, plan, item, kind, mode, targets, subject, responsible,
                List.of(notification), null, List.of(), List.of(), List.of(), null, 1);
    }

    /**
     * A new record (version 1) correcting this concluded one: the same work, its steps up to verification, and
     * the corrected conclusion; this record itself stays as it is.
     */
    Activity correctedBy(Conclusion corrected, String reason) {
        List<StageRecord> kept = new ArrayList<>();
        for (StageRecord s : stages) {
            if (s.stage().compareTo(Stage.VERIFIED) <= 0) {
                kept.add(s);
            }
        }
        kept.add(new StageRecord(Stage.CONCLUDED, corrected.concludedOn(), reason));
        return new Activity(ActivityId.random(), organisation, plan, item, kind, mode, targets, subject, responsible,
                kept, corrected, List.of(), List.of(), List.of(), id, 1);
    }

    /** The next version with one more step. */
    Activity withStage(StageRecord next) {
        return with(append(stages, next), conclusion, recommendations, coordinations, disciplines);
    }

    /** The next version, concluded. */
    Activity withConclusion(Conclusion concluded, String note) {
        return with(append(stages, new StageRecord(Stage.CONCLUDED, concluded.concludedOn(), note)), concluded,
                recommendations, coordinations, disciplines);
    }

    /** The next version with these recommendations. */
    Activity withRecommendations(List<Recommendation> next) {
        return with(stages, conclusion, next, coordinations, disciplines);
    }

    /** The next version with one more coordination. */
    Activity withCoordination(Coordination next) {
        return with(stages, conclusion, recommendations, append(coordinations, next), disciplines);
    }

    /** The next version with one more disciplinary decision. */
    Activity withDiscipline(Discipline next) {
        return with(stages, conclusion, recommendations, coordinations, append(disciplines, next));
    }

    private Activity with(List<StageRecord> s, @Nullable Conclusion c, List<Recommendation> r,
                          List<Coordination> co, List<Discipline> d) {
        return new Activity(id, organisation, plan, item, kind, mode, targets, subject, responsible, s, c, r, co, d,
                corrects, version + 1);
    }

    private static <T> List<T> append(List<T> list, T next) {
        List<T> out = new ArrayList<>(list);
        out.add(next);
        return out;
    }
}
