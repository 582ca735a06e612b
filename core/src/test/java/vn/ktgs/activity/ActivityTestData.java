package vn.ktgs.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.ktgs.activity.ActivityCommands.Advance;
import vn.ktgs.activity.ActivityCommands.Conclude;
import vn.ktgs.activity.ActivityCommands.Finding;
import vn.ktgs.activity.ActivityCommands.Start;
import vn.ktgs.common.DateRange;
import vn.ktgs.common.Messages;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.InMemoryPlans;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.SupervisionMode;
import vn.ktgs.plan.Target;
import vn.ktgs.testing.OrgFixture;
import vn.ktgs.testing.TestValidation;

/**
 * Test data for execution records: the office committee with cell CB1 (secretary An, full member Bình,
 * probationary member Cường since 1 March 2025) and cell CB2 (Dũng), plans of 2025 adopted on 15 January built as
 * records and stored directly, and a service whose clock reads 30 November 2025 in Hanoi time.
 */
final class ActivityTestData {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = LocalDate.of(2025, 11, 30);
    static final LocalDate ADOPTED = LocalDate.of(2025, 1, 15);
    static final LocalDate NOTIFIED = LocalDate.of(2025, 3, 10);
    static final LocalDate SELF_REPORT = LocalDate.of(2025, 3, 20);
    static final LocalDate VERIFIED = LocalDate.of(2025, 4, 5);
    static final LocalDate CONCLUDED = LocalDate.of(2025, 4, 20);

    final OrgFixture org = new OrgFixture();
    final InMemoryPlans plans = new InMemoryPlans();
    final InMemoryActivities activities = new InMemoryActivities();
    final Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(HANOI).toInstant(), HANOI);
    final ActivityService service =
            new ActivityService(activities, plans, org.service, TestValidation.validator(), clock);

    final Organisation cell = org.cell("CB1", "Chi bộ Phòng Tổng hợp");
    final Organisation otherCell = org.cell("CB2", "Chi bộ Phòng Hành chính");
    final Member an = org.member("DV1", "Nguyễn Văn An", cell);
    final Member binh = org.member("DV2", "Trần Thị Bình", cell);
    final Member cuong = org.member("DV3", "Lê Văn Cường", cell, LocalDate.of(2025, 3, 1),
            MembershipStatus.PROBATIONARY);
    final Member dung = org.member("DV4", "Phạm Văn Dũng", otherCell);

    /** A duty inspection of Bình led by An, the usual item. */
    PlanItem dutyInspectionOfBinh() {
        return item(ActivityKind.DUTY_INSPECTION, an.id(), Target.member(binh.id()));
    }

    static PlanItem item(ActivityKind kind, MemberId responsible, Target... targets) {
        return new PlanItem(PlanItemId.random(), kind, SupervisionMode.DIRECT, List.of(targets), List.of(),
                "Cải cách hành chính", "Việc thực hiện nhiệm vụ đảng viên", DateRange.of(LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 10, 31)), responsible, List.of());
    }

    /** A plan of 2025 for {@code organisation}, adopted on {@link #ADOPTED}, stored. */
    Plan adoptedPlan(OrganisationId organisation, PlanItem... items) {
        return store(new Plan(PlanId.random(), organisation, 2025, "Kế hoạch kiểm tra, giám sát năm 2025", List.of(),
                List.of(new PlanRevision(1, List.of(items), ADOPTED, null)), 1));
    }

    Plan store(Plan plan) {
        plans.save(plan);
        return plan;
    }

    /** The record of the only item of a new adopted plan of the cell, notified on {@link #NOTIFIED}. */
    Activity started(PlanItem item) {
        return started(cell.id(), item);
    }

    /** The record of the only item of a new adopted plan of {@code organisation}, notified on {@link #NOTIFIED}. */
    Activity started(OrganisationId organisation, PlanItem item) {
        Plan plan = adoptedPlan(organisation, item);
        return service.start(new Start(plan.id(), item.id(), NOTIFIED, "Thông báo số 01-TB")).orThrow();
    }

    Activity started() {
        return started(dutyInspectionOfBinh());
    }

    /** The record after the self-report and verification. */
    Activity verified(Activity a) {
        Activity reported = advance(a, Stage.SELF_REPORT_RECEIVED, SELF_REPORT);
        return advance(reported, Stage.VERIFIED, VERIFIED);
    }

    Activity advance(Activity a, Stage stage, LocalDate on) {
        return service.advance(new Advance(a.id(), a.version(), stage, on, "")).orThrow();
    }

    /** The record concluded on {@link #CONCLUDED} with the given findings. */
    Activity concluded(Activity verified, Finding... findings) {
        return service.conclude(conclude(verified, CONCLUDED, findings)).orThrow();
    }

    static Conclude conclude(Activity a, LocalDate on, Finding... findings) {
        return new Conclude(a.id(), a.version(), on, List.of("Chấp hành tốt nghị quyết của chi bộ"),
                List.of("Chậm nộp báo cáo"), List.of(findings), "Biên bản hội nghị chi bộ ngày 20/4/2025");
    }

    /** A finding on the member, serious enough to consider discipline. */
    static Finding disciplinable(Member m) {
        return new Finding(Target.member(m.id()), "Vi phạm quy định về những điều đảng viên không được làm",
                Severity.SERIOUS, true);
    }

    /** The outcome was rejected with exactly these (path, rule) pairs, each with a message in both languages. */
    static void assertRejected(Outcome<?> outcome, String path, String rule) {
        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple(path, rule));
        assertThat(Messages.hasMessage(rule)).as("message for %s in both bundles", rule).isTrue();
    }
}
