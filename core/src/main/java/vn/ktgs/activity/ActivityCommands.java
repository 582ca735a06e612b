package vn.ktgs.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.ValidText;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.Target;

/** The commands of {@link ActivityService}, validated with Jakarta Bean Validation at the boundary. */
public final class ActivityCommands {

    private ActivityCommands() {
    }

    /** Triển khai nội dung kế hoạch: opens the record of an item of an adopted plan by notifying its targets. */
    public record Start(
            @NotNull @Nullable PlanId planId,
            @NotNull @Nullable PlanItemId itemId,
            @NotNull @Nullable LocalDate notifiedOn,
            @Size(max = 2000) @ValidText @Nullable String note) {
    }

    /**
     * Kiểm tra khi có dấu hiệu vi phạm: opens an unplanned inspection on signs of violation, notifying its
     * targets.
     *
     * @param reason the signs of violation that prompted it
     */
    public record OpenUnplanned(
            @NotNull @Nullable OrganisationId organisation,
            @NotEmpty @Size(max = 50) @Nullable List<@NotNull Target> targets,
            @NotBlank @Size(max = 1000) @ValidText @Nullable String subject,
            @NotNull @Nullable MemberId responsible,
            @NotNull @Nullable LocalDate notifiedOn,
            @NotBlank @Size(max = 2000) @ValidText @Nullable String reason) {
    }

    /**
     * Chuyển bước: the record reaches {@link Stage#SELF_REPORT_RECEIVED}, {@link Stage#VERIFIED},
     * {@link Stage#FOLLOW_UP} or {@link Stage#CLOSED} on a day.
     */
    public record Advance(
            @NotNull @Nullable ActivityId activityId,
            @Positive long expectedVersion,
            @NotNull @Nullable Stage stage,
            @NotNull @Nullable LocalDate on,
            @Size(max = 2000) @ValidText @Nullable String note) {
    }

    /** Vi phạm: a violation found, as the conclusion states it. */
    public record Finding(
            @Nullable Target target,
            @NotBlank @Size(max = 2000) @ValidText @Nullable String description,
            @NotNull @Nullable Severity severity,
            boolean disciplineToBeConsidered) {
    }

    /** Kết luận: the cell conference adopts the conclusion of a verified record. */
    public record Conclude(
            @NotNull @Nullable ActivityId activityId,
            @Positive long expectedVersion,
            @NotNull @Nullable LocalDate concludedOn,
            @NotNull @Size(max = 50) @Nullable List<@NotBlank @Size(max = 2000) @ValidText String> strengths,
            @NotNull @Size(max = 50) @Nullable List<@NotBlank @Size(max = 2000) @ValidText String> shortcomings,
            @NotNull @Size(max = 50) @Nullable List<@NotNull @Valid Finding> findings,
            @NotBlank @Size(max = 200) @ValidText @Nullable String minutesReference) {
    }

    /**
     * Kiến nghị: a recommendation of the conclusion, due by a day.
     *
     * @param addressee whom it is addressed to, one of the record's targets; {@code null} for the organisation
     *     that concluded
     */
    public record Recommend(
            @NotNull @Nullable ActivityId activityId,
            @Positive long expectedVersion,
            @NotBlank @Size(max = 2000) @ValidText @Nullable String text,
            @Nullable Target addressee,
            @NotNull @Nullable LocalDate due) {
    }

    /** Theo dõi thực hiện kiến nghị: a recommendation was found carried out on a day. */
    public record CloseRecommendation(
            @NotNull @Nullable ActivityId activityId,
            @Positive long expectedVersion,
            @NotNull @Nullable RecommendationId recommendationId,
            @NotNull @Nullable LocalDate closedOn,
            @Size(max = 2000) @ValidText @Nullable String note) {
    }

    /** Phối hợp (S5): the work was coordinated with the agency's inspection or a mass organisation on a day. */
    public record RecordCoordination(
            @NotNull @Nullable ActivityId activityId,
            @Positive long expectedVersion,
            @NotNull @Nullable CoordinationPartner partner,
            @NotBlank @Size(max = 300) @ValidText @Nullable String partnerName,
            @NotNull @Nullable LocalDate on,
            @Size(max = 2000) @ValidText @Nullable String note) {
    }

    /** Quyết định kỷ luật: a disciplinary decision on a target the conclusion found worth considering. */
    public record DecideDiscipline(
            @NotNull @Nullable ActivityId activityId,
            @Positive long expectedVersion,
            @NotNull @Nullable Target target,
            @NotNull @Nullable DisciplineForm form,
            @NotNull @Nullable LocalDate decidedOn,
            @NotBlank @Size(max = 2000) @ValidText @Nullable String reason,
            @NotBlank @Size(max = 100) @ValidText @Nullable String decisionReference) {
    }

    /**
     * Đính chính kết luận: corrects a concluded record by a new, linked record with the corrected conclusion; the
     * original stays as it was.
     */
    public record Correct(
            @NotNull @Nullable ActivityId activityId,
            @NotBlank @Size(max = 2000) @ValidText @Nullable String reason,
            @NotNull @Nullable LocalDate concludedOn,
            @NotNull @Size(max = 50) @Nullable List<@NotBlank @Size(max = 2000) @ValidText String> strengths,
            @NotNull @Size(max = 50) @Nullable List<@NotBlank @Size(max = 2000) @ValidText String> shortcomings,
            @NotNull @Size(max = 50) @Nullable List<@NotNull @Valid Finding> findings,
            @NotBlank @Size(max = 200) @ValidText @Nullable String minutesReference) {
    }
}
