package vn.ktgs.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Coordination;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.activity.Discipline;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.activity.RecommendationId;
import vn.ktgs.activity.RecommendationStatus;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.activity.StageRecord;
import vn.ktgs.activity.ViolationFinding;
import vn.ktgs.common.ConflictException;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.SupervisionMode;
import vn.ktgs.plan.Target;

/** The contract of {@link vn.ktgs.activity.Activities}. */
public abstract class ActivitiesContract extends PortsContract {

    @Test
    public void findsAnOpenedRecord() {
        Activity a = ActivityTestData.opened(world, null, LocalDate.of(2025, 4, 2));
        ports.activities().save(a);

        assertThat(ports.activities().find(a.id())).contains(a);
        assertThat(ports.activities().find(ActivityId.random())).isEmpty();
    }

    @Test
    public void findsAConcludedRecordWithEveryPart() {
        Activity a = ActivityTestData.concluded(world, LocalDate.of(2025, 3, 1));
        ports.activities().save(a);

        Activity found = ports.activities().find(a.id()).orElseThrow();
        assertThat(found).isEqualTo(a);
        assertThat(found.stage()).isEqualTo(Stage.FOLLOW_UP);
        assertThat(found.concluded().orElseThrow().violations()).hasSize(2);
    }

    @Test
    public void findsACorrectionLinkedToTheRecordItCorrects() {
        Activity original = ActivityTestData.concluded(world, LocalDate.of(2025, 3, 1));
        ports.activities().save(original);
        Conclusion fixed = new Conclusion(LocalDate.of(2025, 5, 1), List.of("Ưu điểm đã đính chính"), List.of(),
                List.of(), "BB-02/2025 (đính chính)");
        Activity correction = new Activity(ActivityId.random(), original.organisation(), null, null, original.kind(),
                original.mode(), original.targets(), original.subject(), original.responsible(),
                List.of(original.stages().get(0), new StageRecord(Stage.CONCLUDED, fixed.concludedOn(), "Đính chính")),
                fixed, List.of(), List.of(), List.of(), original.id(), 1);
        ports.activities().save(correction);

        assertThat(ports.activities().find(correction.id())).contains(correction);
        assertThat(ports.activities().find(correction.id()).orElseThrow().correctionOf()).contains(original.id());
        assertThat(ports.activities().find(original.id())).contains(original);
    }

    @Test
    public void pagesTheRecordsOfAnOrganisationAndOfAPlanInTheirOrder() {
        Plan plan = PlanTestData.draft(world.cellA, 2025, List.of(PlanTestData.supervisionItem(world, 2025)));
        ports.plans().save(plan);
        long[] highs = {4, -4, 2, -2, Long.MAX_VALUE, Long.MIN_VALUE, 0};
        for (int i = 0; i < highs.length; i++) {
            Activity a = ActivityTestData.opened(world, i % 2 == 0 ? plan : null, LocalDate.of(2025, 4, 1 + i % 3));
            ports.activities().save(withId(a, new UUID(highs[i], i)));
        }
        List<Activity> ofCellA = ports.activities().ofOrganisation(world.cellA.id());
        assertThat(ofCellA).hasSize(7);

        PageChecks.pagesMatchTheFullList(r -> ports.activities().ofOrganisation(world.cellA.id(), r), ofCellA);
        PageChecks.pagesMatchTheFullList(r -> ports.activities().ofPlan(plan.id(), r),
                ports.activities().ofPlan(plan.id()));
        PageChecks.pagesMatchTheFullList(r -> ports.activities().ofPlan(PlanId.random(), r), List.of());
        List<Activity> planned = ofCellA.stream().filter(Activity::isPlanned).toList();
        assertThat(planned).hasSize(4);
        PageChecks.pagesMatchTheFullList(r -> ports.activities().plannedOf(world.cellA.id(), r), planned);
    }

    @Test
    public void listsThePlannedRecordsOfAnOrganisationWithoutItsInspectionsOnSignsOfViolation() {
        PlanItem item = PlanTestData.supervisionItem(world, 2025);
        Plan plan = PlanTestData.draft(world.cellA, 2025, List.of(item));
        ports.plans().save(plan);
        Activity late = ActivityTestData.opened(world, plan, LocalDate.of(2025, 6, 1));
        Activity early = ActivityTestData.opened(world, plan, LocalDate.of(2025, 4, 2));
        Activity unplanned = ActivityTestData.opened(world, null, LocalDate.of(2025, 5, 20));
        for (Activity a : List.of(late, unplanned, early)) {
            ports.activities().save(a);
        }

        var page = ports.activities().plannedOf(world.cellA.id(), vn.ktgs.common.PageRequest.first(10));
        assertThat(page.items()).containsExactly(early, late);
        assertThat(page.total()).isEqualTo(2);
        assertThat(ports.activities().plannedOf(world.cellB.id(), vn.ktgs.common.PageRequest.first(10)).items())
                .isEmpty();
    }

    @Test
    public void listsByOrganisationAndByPlanOrderedByOpeningDayThenId() {
        PlanItem item = PlanTestData.supervisionItem(world, 2025);
        Plan plan = PlanTestData.draft(world.cellA, 2025, List.of(item));
        ports.plans().save(plan);
        Activity late = ActivityTestData.opened(world, plan, LocalDate.of(2025, 6, 1));
        Activity low = withId(ActivityTestData.opened(world, plan, LocalDate.of(2025, 4, 2)), new UUID(5, 0));
        Activity negative = withId(ActivityTestData.opened(world, null, LocalDate.of(2025, 4, 2)), new UUID(-5, 0));
        Activity unplanned = ActivityTestData.opened(world, null, LocalDate.of(2025, 1, 20));
        for (Activity a : List.of(late, low, unplanned, negative)) {
            ports.activities().save(a);
        }

        assertThat(ports.activities().ofOrganisation(world.cellA.id()))
                .containsExactly(unplanned, negative, low, late);
        assertThat(ports.activities().ofPlan(plan.id())).containsExactly(low, late);
        assertThat(ports.activities().ofPlan(PlanId.random())).isEmpty();
        assertThat(ports.activities().ofOrganisation(world.cellB.id())).isEmpty();
    }

    @Test
    public void storesEachNextVersionOfTheLifecycle() {
        Activity opened = ActivityTestData.opened(world, null, LocalDate.of(2025, 2, 3));
        ports.activities().save(opened);
        Activity selfReport = next(opened, List.of(opened.stages().get(0),
                new StageRecord(Stage.SELF_REPORT_RECEIVED, LocalDate.of(2025, 2, 10), "Đã nhận báo cáo")), null,
                List.of(), List.of());
        ports.activities().save(selfReport);
        Conclusion conclusion = new Conclusion(LocalDate.of(2025, 3, 1), List.of("Gương mẫu"), List.of("Chậm nộp"),
                List.of(), "BB-05");
        List<StageRecord> concludedStages = new java.util.ArrayList<>(selfReport.stages());
        concludedStages.add(new StageRecord(Stage.VERIFIED, LocalDate.of(2025, 2, 20), ""));
        concludedStages.add(new StageRecord(Stage.CONCLUDED, LocalDate.of(2025, 3, 1), "Hội nghị chi bộ"));
        Activity concluded = next(selfReport, concludedStages, conclusion, List.of(), List.of());
        ports.activities().save(concluded);
        Recommendation rec = new Recommendation(RecommendationId.random(), "Khắc phục việc chậm nộp",
                Target.member(world.an.id()), LocalDate.of(2025, 4, 30), RecommendationStatus.OPEN, null, "");
        Activity followed = next(concluded, concluded.stages(), conclusion, List.of(rec),
                List.of(new Coordination(CoordinationPartner.TRADE_UNION, "Công đoàn Văn phòng",
                        LocalDate.of(2025, 3, 5), "")));
        ports.activities().save(followed);
        Recommendation closed = new Recommendation(rec.id(), rec.text(), rec.addressee(), rec.due(),
                RecommendationStatus.CLOSED, LocalDate.of(2025, 4, 28), "Đã khắc phục");
        List<StageRecord> closing = new java.util.ArrayList<>(followed.stages());
        closing.add(new StageRecord(Stage.CLOSED, LocalDate.of(2025, 5, 2), "Kết thúc"));
        Activity done = next(followed, closing, conclusion, List.of(closed), followed.coordinations());
        ports.activities().save(done);

        assertThat(ports.activities().find(opened.id())).contains(done);
        assertThat(done.version()).isEqualTo(5);
    }

    @Test
    public void rejectsAStaleVersionAndKeepsTheStoredOne() {
        Activity opened = ActivityTestData.opened(world, null, LocalDate.of(2025, 2, 3));
        ports.activities().save(opened);
        Activity mine = next(opened, List.of(opened.stages().get(0),
                new StageRecord(Stage.SELF_REPORT_RECEIVED, LocalDate.of(2025, 2, 10), "")), null, List.of(), List.of());
        Activity theirs = next(opened, opened.stages(), null, List.of(), List.of(new Coordination(
                CoordinationPartner.AGENCY_INSPECTION, "Thanh tra Văn phòng", LocalDate.of(2025, 2, 5), "")));
        ports.activities().save(mine);

        assertThatThrownBy(() -> ports.activities().save(theirs)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports.activities().save(opened)).isInstanceOf(ConflictException.class);
        assertThat(ports.activities().find(opened.id())).contains(mine);
    }

    @Test
    public void storesSqlMetacharactersAndLongTextVerbatim() {
        Activity base = ActivityTestData.opened(world, null, LocalDate.of(2025, 2, 3));
        Activity tricky = new Activity(base.id(), base.organisation(), null, null, base.kind(), base.mode(),
                base.targets(), TestData.SQL_METACHARACTERS + TestData.longText(40_000), base.responsible(),
                List.of(new StageRecord(Stage.NOTIFIED, LocalDate.of(2025, 2, 3), "'); DELETE FROM ktgs_activity; --")),
                null, List.of(), List.of(), List.of(), null, 1);
        ports.activities().save(tricky);

        assertThat(ports.activities().find(base.id())).contains(tricky);
    }

    private static Activity next(Activity a, List<StageRecord> stages, Conclusion conclusion,
                                 List<Recommendation> recommendations, List<Coordination> coordinations) {
        return new Activity(a.id(), a.organisation(), a.plan(), a.item(), a.kind(), a.mode(), a.targets(), a.subject(),
                a.responsible(), stages, conclusion, recommendations, coordinations, a.disciplines(), a.corrects(),
                a.version() + 1);
    }

    private static Activity withId(Activity a, UUID id) {
        return new Activity(new ActivityId(id), a.organisation(), a.plan(), a.item(), a.kind(), a.mode(), a.targets(),
                a.subject(), a.responsible(), a.stages(), a.conclusion(), a.recommendations(), a.coordinations(),
                a.disciplines(), a.corrects(), a.version());
    }

    /** Test data for activities over a {@link TestWorld}. */
    public static final class ActivityTestData {

        private ActivityTestData() {
        }

        /** A record of cell A opened on {@code day}: of the plan's first item, or an unplanned inspection. */
        public static Activity opened(TestWorld w, @org.jspecify.annotations.Nullable Plan plan, LocalDate day) {
            boolean planned = plan != null;
            return new Activity(ActivityId.random(), w.cellA.id(), planned ? plan.id() : null,
                    planned ? plan.items().get(0).id() : null,
                    planned ? ActivityKind.REGULAR_SUPERVISION : ActivityKind.SIGNS_OF_VIOLATION_INSPECTION,
                    planned ? SupervisionMode.DIRECT : SupervisionMode.INDIRECT,
                    List.of(Target.member(w.an.id())), "Kiểm tra đảng viên Tôn Thất Ấn khi có dấu hiệu vi phạm",
                    w.ung.id(), List.of(new StageRecord(Stage.NOTIFIED, day, "Thông báo số 12-TB/CB")), null,
                    List.of(), List.of(), List.of(), null, 1);
        }

        /** An unplanned inspection of cell A, concluded with violations, recommendations and discipline. */
        public static Activity concluded(TestWorld w, LocalDate concludedOn) {
            Conclusion c = new Conclusion(concludedOn, List.of("Chấp hành tốt chủ trương", "Đoàn kết"),
                    List.of("Chưa gương mẫu trong sinh hoạt"),
                    List.of(new ViolationFinding(Target.member(w.an.id()), "Vi phạm quy định về những điều đảng viên "
                                    + "không được làm", Severity.SERIOUS, true),
                            new ViolationFinding(null, "Lưu trữ hồ sơ chưa đầy đủ", Severity.LESS_SERIOUS, false)),
                    "BB-01/2025");
            LocalDate start = concludedOn.minusDays(40);
            return new Activity(ActivityId.random(), w.cellA.id(), null, null,
                    ActivityKind.SIGNS_OF_VIOLATION_INSPECTION, SupervisionMode.DIRECT,
                    List.of(Target.member(w.an.id()), Target.organisation(w.cellB.id())),
                    "Kiểm tra khi có dấu hiệu vi phạm", w.ung.id(),
                    List.of(new StageRecord(Stage.NOTIFIED, start, ""),
                            new StageRecord(Stage.SELF_REPORT_RECEIVED, start.plusDays(10), "Bản tự kiểm điểm"),
                            new StageRecord(Stage.VERIFIED, start.plusDays(20), "Thẩm tra, xác minh"),
                            new StageRecord(Stage.CONCLUDED, concludedOn, "Hội nghị chi bộ kết luận"),
                            new StageRecord(Stage.FOLLOW_UP, concludedOn.plusDays(1), "")),
                    c,
                    List.of(new Recommendation(RecommendationId.random(), "Kiểm điểm, rút kinh nghiệm",
                                    Target.member(w.an.id()), concludedOn.plusDays(30), RecommendationStatus.CLOSED,
                                    concludedOn.plusDays(20), "Đã thực hiện"),
                            new Recommendation(RecommendationId.random(), "Bổ sung hồ sơ", null,
                                    concludedOn.plusDays(60), RecommendationStatus.OPEN, null, "")),
                    List.of(new Coordination(CoordinationPartner.OTHER_MASS_ORGANISATION, "Hội Cựu thanh niên xung phong",
                            start.plusDays(5), "Phối hợp xác minh")),
                    List.of(new Discipline(Target.member(w.an.id()), DisciplineForm.REPRIMAND, concludedOn.plusDays(7),
                            "Vi phạm quy định", "01-QĐ/CB")),
                    null, 1);
        }
    }
}
