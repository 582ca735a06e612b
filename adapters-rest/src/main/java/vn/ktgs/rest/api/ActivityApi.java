package vn.ktgs.rest.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.RecommendationStatus;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.SupervisionMode;

/** Bodies of the activity (execution record) resources. */
public final class ActivityApi {

    private ActivityApi() {
    }

    /** Triển khai nội dung kế hoạch: open the record of an item of an adopted plan. */
    public record StartRequest(UUID plan, UUID item, LocalDate notifiedOn, @Nullable String note) {
    }

    /** Kiểm tra khi có dấu hiệu vi phạm. */
    public record OpenUnplannedRequest(UUID organisation, List<TargetDto> targets, String subject, UUID responsible,
                                       LocalDate notifiedOn, String reason) {
    }

    /** Chuyển bước. */
    public record AdvanceRequest(Stage stage, LocalDate on, @Nullable String note) {
    }

    /** Vi phạm: a finding of a conclusion. */
    public record FindingDto(@Nullable TargetDto target, String description, Severity severity,
                             boolean disciplineToBeConsidered) {
    }

    /** Kết luận. */
    public record ConcludeRequest(LocalDate concludedOn, List<String> strengths, List<String> shortcomings,
                                  List<FindingDto> findings, String minutesReference) {
    }

    /** Đính chính kết luận: a new, linked record with the corrected conclusion. */
    public record CorrectRequest(String reason, LocalDate concludedOn, List<String> strengths,
                                 List<String> shortcomings, List<FindingDto> findings, String minutesReference) {
    }

    /** Kiến nghị. */
    public record RecommendRequest(String text, @Nullable TargetDto addressee, LocalDate due) {
    }

    /** Theo dõi thực hiện kiến nghị: found carried out on a day. */
    public record CloseRecommendationRequest(LocalDate closedOn, @Nullable String note) {
    }

    /** Phối hợp (S5). */
    public record CoordinationRequest(CoordinationPartner partner, String partnerName, LocalDate on,
                                      @Nullable String note) {
    }

    /** Quyết định kỷ luật. */
    public record DisciplineRequest(TargetDto target, DisciplineForm form, LocalDate decidedOn, String reason,
                                    String decisionReference) {
    }

    /** A step reached. */
    public record StageView(Stage stage, LocalDate on, String note) {
    }

    /** A conclusion; {@code violations} is empty for a reader who may not see confidential content. */
    public record ConclusionView(LocalDate concludedOn, List<String> strengths, List<String> shortcomings,
                                 List<FindingDto> violations, String minutesReference) {
        static ConclusionView of(Conclusion c, boolean confidential) {
            return new ConclusionView(c.concludedOn(), c.strengths(), c.shortcomings(), confidential
                    ? c.violations().stream().map(f -> new FindingDto(f.target() == null ? null
                    : TargetDto.of(f.target()), f.description(), f.severity(), f.disciplineToBeConsidered())).toList()
                    : List.of(), c.minutesReference());
        }
    }

    /** A recommendation and its follow-up. */
    public record RecommendationView(UUID id, String text, @Nullable TargetDto addressee, LocalDate due,
                                     RecommendationStatus status, @Nullable LocalDate closedOn, String followUpNote) {
    }

    /** A coordination. */
    public record CoordinationView(CoordinationPartner partner, String partnerName, LocalDate on, String note) {
    }

    /** A disciplinary decision. */
    public record DisciplineView(TargetDto target, DisciplineForm form, LocalDate decidedOn, String reason,
                                 String decisionReference) {
    }

    /**
     * An execution record. For a reader who may not see confidential content, the conclusion's violations and the
     * disciplinary decisions are left out and {@code confidentialWithheld} is true.
     */
    public record ActivityView(UUID id, UUID organisation, @Nullable UUID plan, @Nullable UUID item,
                               ActivityKind kind, SupervisionMode mode, List<TargetDto> targets, String subject,
                               UUID responsible, Stage stage, List<StageView> stages,
                               @Nullable ConclusionView conclusion, List<RecommendationView> recommendations,
                               List<CoordinationView> coordinations, List<DisciplineView> disciplines,
                               @Nullable UUID corrects, boolean confidentialWithheld, long version)
            implements Versioned {
        public static ActivityView of(Activity a, boolean confidential) {
            return new ActivityView(a.id().value(), a.organisation().value(),
                    a.plan() == null ? null : a.plan().value(), a.item() == null ? null : a.item().value(),
                    a.kind(), a.mode(), a.targets().stream().map(TargetDto::of).toList(), a.subject(),
                    a.responsible().value(), a.stage(),
                    a.stages().stream().map(s -> new StageView(s.stage(), s.on(), s.note())).toList(),
                    a.conclusion() == null ? null : ConclusionView.of(a.conclusion(), confidential),
                    a.recommendations().stream().map(r -> new RecommendationView(r.id().value(), r.text(),
                            r.addressee() == null ? null : TargetDto.of(r.addressee()), r.due(), r.status(),
                            r.closedOn(), r.followUpNote())).toList(),
                    a.coordinations().stream().map(c -> new CoordinationView(c.partner(), c.partnerName(), c.on(),
                            c.note())).toList(),
                    confidential ? a.disciplines().stream().map(d -> new DisciplineView(TargetDto.of(d.target()),
                            d.form(), d.decidedOn(), d.reason(), d.decisionReference())).toList() : List.of(),
                    a.corrects() == null ? null : a.corrects().value(), !confidential, a.version());
        }

        @Override
        public String self() {
            return "/activities/" + id;
        }
    }
}
