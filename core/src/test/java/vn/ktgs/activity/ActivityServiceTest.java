package vn.ktgs.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.ktgs.activity.ActivityTestData.ADOPTED;
import static vn.ktgs.activity.ActivityTestData.CONCLUDED;
import static vn.ktgs.activity.ActivityTestData.NOTIFIED;
import static vn.ktgs.activity.ActivityTestData.SELF_REPORT;
import static vn.ktgs.activity.ActivityTestData.VERIFIED;
import static vn.ktgs.activity.ActivityTestData.assertRejected;
import static vn.ktgs.activity.ActivityTestData.conclude;
import static vn.ktgs.activity.ActivityTestData.disciplinable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.ActivityCommands.Advance;
import vn.ktgs.activity.ActivityCommands.CloseRecommendation;
import vn.ktgs.activity.ActivityCommands.Correct;
import vn.ktgs.activity.ActivityCommands.DecideDiscipline;
import vn.ktgs.activity.ActivityCommands.Finding;
import vn.ktgs.activity.ActivityCommands.Recommend;
import vn.ktgs.activity.ActivityCommands.RecordCoordination;
import vn.ktgs.activity.ActivityCommands.Start;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.Target;

class ActivityServiceTest {

    private final ActivityTestData data = new ActivityTestData();
    private final ActivityService service = data.service;

    private static final LocalDate FOLLOW_UP = LocalDate.of(2025, 5, 2);
    private static final LocalDate CARRIED_OUT = LocalDate.of(2025, 6, 15);
    private static final LocalDate CLOSING = LocalDate.of(2025, 7, 1);

    // ---------------------------------------------------------------- lifecycle

    @Test
    void carriesOnePlannedItemFromNotificationToClosing() {
        PlanItem item = data.dutyInspectionOfBinh();
        Plan plan = data.adoptedPlan(data.cell.id(), item);
        Target binh = Target.member(data.binh.id());

        Activity a = service.start(new Start(plan.id(), item.id(), NOTIFIED, "Thông báo số 01-TB/CB")).orThrow();
        assertThat(a.kind()).isEqualTo(ActivityKind.DUTY_INSPECTION);
        assertThat(a.targets()).containsExactly(binh);
        assertThat(a.subject()).isEqualTo(item.content());
        assertThat(a.responsible()).isEqualTo(data.an.id());
        assertThat(a.version()).isEqualTo(1);

        a = data.verified(a);
        a = data.concluded(a, disciplinable(data.binh));
        a = service.recordCoordination(new RecordCoordination(a.id(), a.version(),
                CoordinationPartner.TRADE_UNION, "Công đoàn Văn phòng", CONCLUDED, "Cùng dự hội nghị")).orThrow();
        a = service.recommend(new Recommend(a.id(), a.version(), "Khắc phục việc chậm nộp báo cáo", binh,
                LocalDate.of(2025, 6, 30))).orThrow();
        RecommendationId rec = a.recommendations().get(0).id();
        a = data.advance(a, Stage.FOLLOW_UP, FOLLOW_UP);
        a = service.closeRecommendation(new CloseRecommendation(a.id(), a.version(), rec, CARRIED_OUT,
                "Đã khắc phục")).orThrow();
        a = service.decideDiscipline(new DecideDiscipline(a.id(), a.version(), binh, DisciplineForm.WARNING,
                LocalDate.of(2025, 6, 20), "Vi phạm điều đảng viên không được làm", "05-QĐ/CB")).orThrow();
        assertThat(service.open(data.cell.id(), LocalDate.of(2025, 6, 30))).extracting(Activity::id)
                .containsExactly(a.id());
        a = data.advance(a, Stage.CLOSED, CLOSING);

        Activity stored = service.activity(a.id());
        assertThat(stored).isEqualTo(a);
        assertThat(stored.stages()).extracting(StageRecord::stage, StageRecord::on).containsExactly(
                tuple(Stage.NOTIFIED, NOTIFIED), tuple(Stage.SELF_REPORT_RECEIVED, SELF_REPORT),
                tuple(Stage.VERIFIED, VERIFIED), tuple(Stage.CONCLUDED, CONCLUDED),
                tuple(Stage.FOLLOW_UP, FOLLOW_UP), tuple(Stage.CLOSED, CLOSING));
        assertThat(stored.version()).isEqualTo(10);
        assertThat(stored.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RecommendationStatus.CLOSED);
            assertThat(r.closedInTime()).isTrue();
        });
        assertThat(stored.disciplines()).extracting(Discipline::form).containsExactly(DisciplineForm.WARNING);
        assertThat(stored.coordinations()).extracting(Coordination::partner)
                .containsExactly(CoordinationPartner.TRADE_UNION);
        assertThat(service.ofPlan(plan.id())).containsExactly(stored);
        assertThat(service.ofOrganisation(data.cell.id())).containsExactly(stored);
        assertThat(service.open(data.cell.id(), CLOSING)).isEmpty();
        assertThat(service.open(data.cell.id(), LocalDate.of(2025, 3, 9))).isEmpty();
    }

    // ---------------------------------------------------------------- start

    @Test
    void rejectsStartOfAnUnknownPlan() {
        Outcome<Activity> out = service.start(new Start(PlanId.random(), PlanItemId.random(), NOTIFIED, null));

        assertRejected(out, "planId", "ktgs.activity.plan.unknown");
        assertThat(service.ofOrganisation(data.cell.id())).isEmpty();
    }

    @Test
    void rejectsStartOfADraftPlan() {
        PlanItem item = data.dutyInspectionOfBinh();
        Plan draft = data.store(new Plan(PlanId.random(), data.cell.id(), 2025, "Dự thảo", List.of(item), List.of(),
                1));

        Outcome<Activity> out = service.start(new Start(draft.id(), item.id(), NOTIFIED, null));

        assertRejected(out, "planId", "ktgs.activity.plan.notAdopted");
        assertThat(service.ofPlan(draft.id())).isEmpty();
    }

    @Test
    void rejectsStartOfAnItemDroppedByTheCurrentRevision() {
        PlanItem kept = data.dutyInspectionOfBinh();
        PlanItem dropped = data.dutyInspectionOfBinh();
        Plan plan = data.store(new Plan(PlanId.random(), data.cell.id(), 2025, "Kế hoạch", List.of(), List.of(
                new PlanRevision(1, List.of(kept, dropped), ADOPTED, null),
                new PlanRevision(2, List.of(kept), LocalDate.of(2025, 2, 1), "Bỏ một nội dung")), 1));

        Outcome<Activity> out = service.start(new Start(plan.id(), dropped.id(), NOTIFIED, null));

        assertRejected(out, "itemId", "ktgs.activity.item.notInPlan");
        assertThat(service.ofPlan(plan.id())).isEmpty();
    }

    @Test
    void rejectsASecondRecordForTheSameItem() {
        PlanItem item = data.dutyInspectionOfBinh();
        Plan plan = data.adoptedPlan(data.cell.id(), item);
        Activity first = service.start(new Start(plan.id(), item.id(), NOTIFIED, null)).orThrow();

        Outcome<Activity> out = service.start(new Start(plan.id(), item.id(), NOTIFIED.plusDays(1), null));

        assertRejected(out, "itemId", "ktgs.activity.item.alreadyStarted");
        assertThat(service.ofPlan(plan.id())).containsExactly(first);
    }

    @Test
    void rejectsANotificationOutsideThePlanYear() {
        PlanItem item = data.dutyInspectionOfBinh();
        Plan plan2024 = data.store(new Plan(PlanId.random(), data.cell.id(), 2024, "Kế hoạch năm 2024", List.of(),
                List.of(new PlanRevision(1, List.of(item), LocalDate.of(2024, 1, 10), null)), 1));

        Outcome<Activity> out = service.start(new Start(plan2024.id(), item.id(), LocalDate.of(2025, 1, 5), null));

        assertRejected(out, "notifiedOn", "ktgs.activity.notifiedOn.outsidePlanYear");
        assertThat(service.ofPlan(plan2024.id())).isEmpty();
    }

    @Test
    void rejectsANotificationBeforeThePlanWasAdopted() {
        PlanItem item = data.dutyInspectionOfBinh();
        Plan plan = data.adoptedPlan(data.cell.id(), item);

        Outcome<Activity> out = service.start(new Start(plan.id(), item.id(), ADOPTED.minusDays(1), null));

        assertRejected(out, "notifiedOn", "ktgs.activity.notifiedOn.beforeAdoption");
        assertThat(service.ofPlan(plan.id())).isEmpty();
    }

    @Test
    void rejectsANotificationInTheFuture() {
        PlanItem item = data.dutyInspectionOfBinh();
        Plan plan = data.adoptedPlan(data.cell.id(), item);

        Outcome<Activity> out = service.start(new Start(plan.id(), item.id(), ActivityTestData.TODAY.plusDays(1),
                null));

        assertRejected(out, "notifiedOn", "ktgs.activity.date.future");
        assertThat(service.ofPlan(plan.id())).isEmpty();
    }

    @Test
    void rejectsAnEmptyStartNamingEveryMissingField() {
        Outcome<Activity> out = service.start(new Start(null, null, null, "bad\u0000note"));

        assertThat(out.violations()).extracting(Violation::path, Violation::rule).containsExactly(
                tuple("itemId", "jakarta.validation.constraints.NotNull.message"),
                tuple("note", "ktgs.text.invalid"),
                tuple("notifiedOn", "jakarta.validation.constraints.NotNull.message"),
                tuple("planId", "jakarta.validation.constraints.NotNull.message"));
        assertThat(service.ofOrganisation(data.cell.id())).isEmpty();
    }

    // ---------------------------------------------------------------- steps

    @Test
    void rejectsSkippingAStep() {
        Activity a = data.started();

        Outcome<Activity> out = service.advance(new Advance(a.id(), 1, Stage.VERIFIED, VERIFIED, null));

        assertRejected(out, "stage", "ktgs.activity.stage.outOfOrder");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsAStepDatedBeforeThePreviousOne() {
        Activity a = data.started();

        Outcome<Activity> out = service.advance(new Advance(a.id(), 1, Stage.SELF_REPORT_RECEIVED,
                NOTIFIED.minusDays(1), null));

        assertRejected(out, "on", "ktgs.activity.stage.dateBeforePrevious");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsAStepDatedInTheFuture() {
        Activity a = data.started();

        Outcome<Activity> out = service.advance(new Advance(a.id(), 1, Stage.SELF_REPORT_RECEIVED,
                ActivityTestData.TODAY.plusDays(1), null));

        assertRejected(out, "on", "ktgs.activity.date.future");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsReachingTheConclusionWithoutConcluding() {
        Activity a = data.verified(data.started());

        Outcome<Activity> out = service.advance(new Advance(a.id(), a.version(), Stage.CONCLUDED, CONCLUDED, null));

        assertRejected(out, "stage", "ktgs.activity.stage.notByAdvance");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsClosingWhileARecommendationIsOpen() {
        Activity a = data.concluded(data.verified(data.started()));
        a = service.recommend(new Recommend(a.id(), a.version(), "Bổ sung hồ sơ", null, CARRIED_OUT)).orThrow();
        Activity before = a;

        Outcome<Activity> out = service.advance(new Advance(a.id(), a.version(), Stage.CLOSED, CLOSING, null));

        assertRejected(out, "stage", "ktgs.activity.close.openRecommendations");
        assertThat(service.activity(a.id())).isEqualTo(before);
    }

    @Test
    void rejectsClosingBeforeSomethingAlreadyRecorded() {
        Activity a = data.concluded(data.verified(data.started()));
        a = service.recordCoordination(new RecordCoordination(a.id(), a.version(),
                CoordinationPartner.AGENCY_INSPECTION, "Thanh tra Văn phòng", CLOSING, null)).orThrow();
        Activity before = a;

        Outcome<Activity> out = service.advance(new Advance(a.id(), a.version(), Stage.CLOSED,
                CLOSING.minusDays(1), null));

        assertRejected(out, "on", "ktgs.activity.close.beforeRecordedEvent");
        assertThat(service.activity(a.id())).isEqualTo(before);
    }

    @Test
    void throwsConflictOnAStaleVersionAndStoresNothing() {
        Activity a = data.started();
        data.advance(a, Stage.SELF_REPORT_RECEIVED, SELF_REPORT);
        Activity current = service.activity(a.id());

        assertThatThrownBy(() -> service.advance(new Advance(a.id(), 1, Stage.VERIFIED, VERIFIED, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(service.activity(a.id())).isEqualTo(current);
    }

    @Test
    void throwsNotFoundForAnUnknownRecord() {
        ActivityId unknown = ActivityId.random();

        assertThatThrownBy(() -> service.activity(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.advance(new Advance(unknown, 1, Stage.VERIFIED, VERIFIED, null)))
                .isInstanceOf(NotFoundException.class);
    }

    // ---------------------------------------------------------------- conclusion

    @Test
    void rejectsConclusionBeforeVerification() {
        Activity a = data.advance(data.started(), Stage.SELF_REPORT_RECEIVED, SELF_REPORT);

        Outcome<Activity> out = service.conclude(conclude(a, CONCLUDED));

        assertRejected(out, "activityId", "ktgs.activity.conclusion.beforeVerification");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsChangingAConcludedConclusion() {
        Activity a = data.concluded(data.verified(data.started()));

        Outcome<Activity> out = service.conclude(conclude(a, CONCLUDED.plusDays(1)));

        assertRejected(out, "activityId", "ktgs.activity.concluded.immutable");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsAFindingAboutSomeoneWhoIsNotATarget() {
        Activity a = data.verified(data.started());

        Outcome<Activity> out = service.conclude(conclude(a, CONCLUDED, disciplinable(data.binh),
                disciplinable(data.an)));

        assertRejected(out, "findings[1].target", "ktgs.activity.finding.targetNotInActivity");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsAConclusionDatedBeforeVerification() {
        Activity a = data.verified(data.started());

        Outcome<Activity> out = service.conclude(conclude(a, VERIFIED.minusDays(1)));

        assertRejected(out, "concludedOn", "ktgs.activity.stage.dateBeforePrevious");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    // ---------------------------------------------------------------- recommendations

    @Test
    void rejectsARecommendationBeforeTheConclusion() {
        Activity a = data.verified(data.started());

        Outcome<Activity> out = service.recommend(new Recommend(a.id(), a.version(), "Bổ sung", null, CLOSING));

        assertRejected(out, "activityId", "ktgs.activity.recommendation.beforeConclusion");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsARecommendationDueBeforeTheConclusion() {
        Activity a = data.concluded(data.verified(data.started()));

        Outcome<Activity> out = service.recommend(new Recommend(a.id(), a.version(), "Bổ sung", null,
                CONCLUDED.minusDays(1)));

        assertRejected(out, "due", "ktgs.activity.recommendation.dueBeforeConclusion");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsARecommendationAddressedToSomeoneWhoIsNotATarget() {
        Activity a = data.concluded(data.verified(data.started()));

        Outcome<Activity> out = service.recommend(new Recommend(a.id(), a.version(), "Bổ sung",
                Target.member(data.dung.id()), CLOSING));

        assertRejected(out, "addressee", "ktgs.activity.recommendation.addresseeNotTarget");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsClosingARecommendationBeforeTheConclusionDay() {
        Activity a = withOneRecommendation();

        Outcome<Activity> out = service.closeRecommendation(new CloseRecommendation(a.id(), a.version(),
                a.recommendations().get(0).id(), CONCLUDED.minusDays(1), null));

        assertRejected(out, "closedOn", "ktgs.activity.recommendation.closedBeforeConclusion");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsClosingARecommendationTwice() {
        Activity open = withOneRecommendation();
        RecommendationId rec = open.recommendations().get(0).id();
        Activity a = service.closeRecommendation(new CloseRecommendation(open.id(), open.version(), rec,
                CARRIED_OUT, null)).orThrow();

        Outcome<Activity> out = service.closeRecommendation(new CloseRecommendation(a.id(), a.version(), rec,
                CLOSING, null));

        assertRejected(out, "recommendationId", "ktgs.activity.recommendation.alreadyClosed");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsClosingAnUnknownRecommendation() {
        Activity a = withOneRecommendation();

        Outcome<Activity> out = service.closeRecommendation(new CloseRecommendation(a.id(), a.version(),
                RecommendationId.random(), CARRIED_OUT, null));

        assertRejected(out, "recommendationId", "ktgs.activity.recommendation.unknown");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    private Activity withOneRecommendation() {
        Activity a = data.concluded(data.verified(data.started()));
        return service.recommend(new Recommend(a.id(), a.version(), "Bổ sung hồ sơ", null, CLOSING)).orThrow();
    }

    // ---------------------------------------------------------------- coordination

    @Test
    void rejectsCoordinationBeforeTheNotification() {
        Activity a = data.started();

        Outcome<Activity> out = service.recordCoordination(new RecordCoordination(a.id(), a.version(),
                CoordinationPartner.YOUTH_UNION, "Chi đoàn Văn phòng", NOTIFIED.minusDays(1), null));

        assertRejected(out, "on", "ktgs.activity.coordination.beforeOpening");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsCoordinationAfterClosing() {
        Activity concluded = data.concluded(data.verified(data.started()));
        Activity a = data.advance(concluded, Stage.CLOSED, CLOSING);

        Outcome<Activity> out = service.recordCoordination(new RecordCoordination(a.id(), a.version(),
                CoordinationPartner.AGENCY_INSPECTION, "Thanh tra Văn phòng", CLOSING.plusDays(1), null));

        assertRejected(out, "on", "ktgs.activity.coordination.afterClosing");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    // ---------------------------------------------------------------- correction

    @Test
    void correctionIsANewLinkedRecordAndLeavesTheOriginalUntouched() {
        Activity original = data.concluded(data.verified(data.started()), disciplinable(data.binh));
        LocalDate correctedOn = LocalDate.of(2025, 5, 10);

        Activity correction = service.correct(new Correct(original.id(), "Xác định lại mức độ vi phạm", correctedOn,
                List.of("Chấp hành tốt"), List.of(), List.of(new Finding(Target.member(data.binh.id()),
                "Chậm nộp báo cáo", Severity.LESS_SERIOUS, false)), "Biên bản ngày 10/5/2025")).orThrow();

        assertThat(service.activity(original.id())).isEqualTo(original);
        assertThat(correction.id()).isNotEqualTo(original.id());
        assertThat(correction.correctionOf()).hasValue(original.id());
        assertThat(correction.itemId()).isEqualTo(original.itemId());
        assertThat(correction.stages()).extracting(StageRecord::stage, StageRecord::on).containsExactly(
                tuple(Stage.NOTIFIED, NOTIFIED), tuple(Stage.SELF_REPORT_RECEIVED, SELF_REPORT),
                tuple(Stage.VERIFIED, VERIFIED), tuple(Stage.CONCLUDED, correctedOn));
        assertThat(correction.conclusion().violations()).extracting(ViolationFinding::severity)
                .containsExactly(Severity.LESS_SERIOUS);
        assertThat(service.open(data.cell.id(), correctedOn)).containsExactly(correction);
        assertRejected(service.advance(new Advance(original.id(), original.version(), Stage.CLOSED, correctedOn,
                null)), "activityId", "ktgs.activity.superseded");
        assertThat(service.activity(original.id())).isEqualTo(original);
    }

    @Test
    void rejectsCorrectingARecordThatIsNotConcluded() {
        Activity a = data.verified(data.started());

        Outcome<Activity> out = service.correct(new Correct(a.id(), "Sai sót", CONCLUDED, List.of(), List.of(),
                List.of(), "Biên bản"));

        assertRejected(out, "activityId", "ktgs.activity.correction.notConcluded");
        assertThat(service.ofOrganisation(data.cell.id())).containsExactly(a);
    }

    @Test
    void rejectsCorrectingARecordThatWasAlreadyCorrected() {
        Activity original = data.concluded(data.verified(data.started()));
        Correct fix = new Correct(original.id(), "Sai sót", CONCLUDED.plusDays(5), List.of(), List.of(), List.of(),
                "Biên bản");
        Activity correction = service.correct(fix).orThrow();

        Outcome<Activity> out = service.correct(fix);

        assertRejected(out, "activityId", "ktgs.activity.correction.alreadyCorrected");
        assertThat(service.ofOrganisation(data.cell.id())).containsExactlyInAnyOrder(original, correction);
    }

    @Test
    void rejectsACorrectionDatedBeforeTheOriginalConclusion() {
        Activity original = data.concluded(data.verified(data.started()));

        Outcome<Activity> out = service.correct(new Correct(original.id(), "Sai sót", CONCLUDED.minusDays(1),
                List.of(), List.of(), List.of(), "Biên bản"));

        assertRejected(out, "concludedOn", "ktgs.activity.correction.beforeOriginal");
        assertThat(service.ofOrganisation(data.cell.id())).containsExactly(original);
    }

    // ---------------------------------------------------------------- messages and labels

    @Test
    void rendersMessagesInVietnameseAndEnglish() {
        Activity a = data.advance(data.started(), Stage.SELF_REPORT_RECEIVED, SELF_REPORT);
        Violation v = service.conclude(conclude(a, CONCLUDED)).violations().get(0);

        assertThat(v.message(Locale.forLanguageTag("vi")))
                .isEqualTo("chưa thể kết luận khi chưa thẩm tra, xác minh "
                        + "(đang ở bước Nhận báo cáo tự kiểm tra, giải trình)");
        assertThat(v.message(Locale.ENGLISH))
                .isEqualTo("cannot conclude before verification "
                        + "(the record is at the step Self-report received)");
    }

    @Test
    void labelsEveryConstantInBothLanguages() {
        List<Enum<?>> constants = new ArrayList<>();
        constants.addAll(List.of(Stage.values()));
        constants.addAll(List.of(Severity.values()));
        constants.addAll(List.of(RecommendationStatus.values()));
        constants.addAll(List.of(CoordinationPartner.values()));
        constants.addAll(List.of(DisciplineForm.values()));

        for (Enum<?> c : constants) {
            String vi = ((Labelled) c).label(Locale.forLanguageTag("vi"));
            String en = ((Labelled) c).label(Locale.ENGLISH);
            assertThat(vi).as("%s", c).isNotEqualTo(c.name());
            assertThat(en).as("%s", c).isNotEqualTo(c.name()).isNotEqualTo(vi);
        }
        assertThat(DisciplineForm.EXPULSION.label()).isEqualTo("Khai trừ");
        assertThat(Stage.VERIFIED.label(Locale.ENGLISH)).isEqualTo("Verified");
    }
}
