package vn.ktgs.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Coordination;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.activity.Discipline;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.InMemoryActivities;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.activity.RecommendationId;
import vn.ktgs.activity.RecommendationStatus;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.activity.StageRecord;
import vn.ktgs.activity.ViolationFinding;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.InMemoryPlans;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.SupervisionMode;
import vn.ktgs.plan.Target;

/**
 * Test data for reports: plans and execution records built directly as records (not through their services),
 * with sensible defaults, and a clock the test can move.
 */
public final class RecordsTestData {

    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private RecordsTestData() {
    }

    /**
     * A clock standing on a day in Hanoi that a test can move: the same as {@code vn.ktgs.testing.MovableClock} of the
     * {@code ktgs-testing} module, which every other module's tests and the examples use. Core's own tests cannot:
     * {@code ktgs-testing} depends on core, and Maven refuses the cycle a test dependency back would make.
     */
    public static final class MovableClock extends Clock {
        private LocalDate today;

        public MovableClock(LocalDate today) {
            this.today = today;
        }

        public void set(LocalDate day) {
            today = day;
        }

        @Override
        public ZoneId getZone() {
            return HANOI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the tests keep Hanoi time");
        }

        @Override
        public Instant instant() {
            return today.atTime(9, 0).atZone(HANOI).toInstant();
        }
    }

    /** A plan item of a kind, scheduled from {@code from} to {@code to}, on the given targets. */
    public static PlanItem item(ActivityKind kind, LocalDate from, LocalDate to, MemberId responsible, Target... targets) {
        return new PlanItem(PlanItemId.random(), kind, SupervisionMode.DIRECT, List.of(targets), List.of(),
                "Nhiệm vụ chính trị năm", "Việc thực hiện nhiệm vụ đảng viên", DateRange.of(from, to), responsible,
                List.of());
    }

    /** An adopted plan: revision 1 with {@code items} on {@code adoptedOn}. */
    public static Plan adoptedPlan(Organisation organisation, int year, LocalDate adoptedOn, List<PlanItem> items) {
        return new Plan(PlanId.random(), organisation.id(), year, "Kế hoạch kiểm tra, giám sát năm " + year,
                List.of(), List.of(new PlanRevision(1, items, adoptedOn, null)), 1);
    }

    /** The plan, not yet stored, with one more revision: all its current items plus {@code added}. */
    public static Plan amended(Plan plan, LocalDate adoptedOn, PlanItem... added) {
        List<PlanItem> items = new ArrayList<>(plan.items());
        items.addAll(List.of(added));
        List<PlanRevision> revisions = new ArrayList<>(plan.revisions());
        revisions.add(new PlanRevision(revisions.size() + 1, items, adoptedOn, "Bổ sung nội dung"));
        return new Plan(plan.id(), plan.organisation(), plan.year(), plan.title(), List.of(), revisions,
                plan.version());
    }

    public static Target member(Member m) {
        return Target.member(m.id());
    }

    /** Starts an execution record of {@code organisation}, notified on {@code notifiedOn}, unplanned by default. */
    public static ActivityBuilder activity(Organisation organisation, MemberId responsible, LocalDate notifiedOn) {
        return new ActivityBuilder(organisation, responsible, notifiedOn);
    }

    /** A fluent builder of {@link Activity} records. */
    public static final class ActivityBuilder {
        private final Organisation organisation;
        private final MemberId responsible;
        private final LocalDate notifiedOn;
        private ActivityKind kind = ActivityKind.SIGNS_OF_VIOLATION_INSPECTION;
        private @Nullable PlanId plan;
        private @Nullable PlanItemId item;
        private final List<Target> targets = new ArrayList<>();
        private @Nullable LocalDate concludedOn;
        private final List<ViolationFinding> violations = new ArrayList<>();
        private final List<Recommendation> recommendations = new ArrayList<>();
        private final List<Coordination> coordinations = new ArrayList<>();
        private final List<Discipline> disciplines = new ArrayList<>();
        private @Nullable ActivityId corrects;

        private ActivityBuilder(Organisation organisation, MemberId responsible, LocalDate notifiedOn) {
            this.organisation = organisation;
            this.responsible = responsible;
            this.notifiedOn = notifiedOn;
        }

        /** Carries out {@code item} of {@code plan}, with the item's kind. */
        public ActivityBuilder planned(Plan plan, PlanItem item) {
            this.plan = plan.id();
            this.item = item.id();
            this.kind = item.kind();
            return this;
        }

        /** Carries out an item of some plan, with the given kind. */
        public ActivityBuilder planned(ActivityKind kind) {
            this.plan = PlanId.random();
            this.item = PlanItemId.random();
            this.kind = kind;
            return this;
        }

        public ActivityBuilder target(Target... t) {
            targets.addAll(List.of(t));
            return this;
        }

        /** Concluded on {@code day}, with {@code violations} violation findings. */
        public ActivityBuilder concluded(LocalDate day, int violationCount) {
            concludedOn = day;
            for (int i = 0; i < violationCount; i++) {
                violations.add(new ViolationFinding(null, "Vi phạm " + (i + 1), Severity.LESS_SERIOUS, false));
            }
            return this;
        }

        /** A recommendation of the conclusion, due a month after it, closed on {@code closedOn} or still open. */
        public ActivityBuilder recommendation(@Nullable LocalDate closedOn) {
            LocalDate due = (concludedOn == null ? notifiedOn : concludedOn).plusMonths(1);
            recommendations.add(new Recommendation(RecommendationId.random(), "Khắc phục khuyết điểm", null, due,
                    closedOn == null ? RecommendationStatus.OPEN : RecommendationStatus.CLOSED, closedOn, ""));
            return this;
        }

        /** An open recommendation of the conclusion addressed to {@code addressee}, due a month after it. */
        public ActivityBuilder recommendationTo(Target addressee) {
            LocalDate due = (concludedOn == null ? notifiedOn : concludedOn).plusMonths(1);
            recommendations.add(new Recommendation(RecommendationId.random(), "Khắc phục khuyết điểm", addressee, due,
                    RecommendationStatus.OPEN, null, ""));
            return this;
        }

        public ActivityBuilder coordination(CoordinationPartner partner, LocalDate on) {
            coordinations.add(new Coordination(partner, partner.label(), on, ""));
            return this;
        }

        public ActivityBuilder discipline(Target target, DisciplineForm form, LocalDate on) {
            disciplines.add(new Discipline(target, form, on, "Vi phạm quy định", "01-QĐ/CB"));
            return this;
        }

        /** A correction of {@code original}: a new record that supersedes it. */
        public ActivityBuilder correcting(Activity original) {
            this.corrects = original.id();
            return this;
        }

        public Activity build() {
            List<StageRecord> stages = new ArrayList<>();
            stages.add(new StageRecord(Stage.NOTIFIED, notifiedOn, ""));
            @Nullable Conclusion conclusion = null;
            if (concludedOn != null) {
                stages.add(new StageRecord(Stage.VERIFIED, concludedOn, ""));
                stages.add(new StageRecord(Stage.CONCLUDED, concludedOn, ""));
                conclusion = new Conclusion(concludedOn, List.of("Gương mẫu"), List.of(), violations, "BB-01");
            }
            return new Activity(ActivityId.random(), organisation.id(), plan, item, kind, SupervisionMode.DIRECT,
                    targets, "Kiểm tra, giám sát", responsible, stages, conclusion, recommendations, coordinations,
                    disciplines, corrects, 1);
        }

        /** Builds and stores the record. */
        public Activity saveIn(InMemoryActivities activities) {
            Activity a = build();
            activities.save(a);
            return a;
        }
    }

    /** Saves every plan. */
    public static void save(InMemoryPlans plans, Plan... all) {
        for (Plan p : all) {
            plans.save(p);
        }
    }
}
