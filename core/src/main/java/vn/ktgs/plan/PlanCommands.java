package vn.ktgs.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.ValidText;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;

/**
 * The commands of {@link PlanService}, validated with Jakarta Bean Validation at the boundary. The service
 * checks the business rules of every item as well and reports all gaps at once, each with its path
 * ({@code items[2].targets[0]}).
 */
public final class PlanCommands {

    /** The first year a plan may be drafted for. */
    public static final int MIN_YEAR = 2000;
    /** The last year a plan may be drafted for. */
    public static final int MAX_YEAR = 2100;

    private PlanCommands() {
    }

    /**
     * Nội dung kế hoạch: one item as the caller writes it.
     *
     * @param id the item's id when it is an item the plan already has (kept across revisions so activities
     *     stay linked); {@code null} for a new item
     * @param targets members or lower organisations, at least one
     * @param focus content focus codes from the {@link ContentFocusCatalogue}, at least one
     * @param from first day of the window, in the plan's year; members are checked on this day
     * @param to last day of the window, in the plan's year
     * @param team the members of the team (tổ kiểm tra); {@code null} or empty for none
     */
    public record ItemInput(
            @Nullable PlanItemId id,
            @NotNull @Nullable ActivityKind kind,
            @NotNull @Nullable SupervisionMode mode,
            @NotEmpty(message = "{ktgs.plan.item.target.required}") @Size(max = 500) @Nullable List<Target> targets,
            @NotEmpty(message = "{ktgs.plan.item.focus.required}") @Size(max = 50) @Nullable List<String> focus,
            @NotBlank(message = "{ktgs.plan.item.politicalTask.required}") @Size(max = 1000) @ValidText
            @Nullable String politicalTask,
            @NotBlank(message = "{ktgs.plan.item.content.required}") @Size(max = 4000) @ValidText
            @Nullable String content,
            @NotNull @Nullable LocalDate from,
            @NotNull @Nullable LocalDate to,
            @NotNull @Nullable MemberId responsible,
            @Size(max = 50) @Nullable List<MemberId> team) {

        /** The input that reproduces a stored item, id included: the starting point of an amendment. */
        public static ItemInput from(PlanItem item) {
            return new ItemInput(item.id(), item.kind(), item.mode(), item.targets(), item.focus(),
                    item.politicalTask(), item.content(), item.window().from(), item.window().to(),
                    item.responsible(), item.team());
        }
    }

    /** Lập dự thảo kế hoạch: draft the annual plan of an organisation; the items may still be incomplete lists. */
    public record DraftPlan(
            @NotNull @Nullable OrganisationId organisation,
            @Min(MIN_YEAR) @Max(MAX_YEAR) int year,
            @NotBlank @Size(max = 500) @ValidText @Nullable String title,
            @NotNull @Size(max = 500) @Nullable List<@Valid ItemInput> items) {
    }

    /** Sửa dự thảo: replace the title and items of a draft plan. */
    public record ReviseDraft(
            @NotNull @Nullable PlanId planId,
            long expectedVersion,
            @NotBlank @Size(max = 500) @ValidText @Nullable String title,
            @NotNull @Size(max = 500) @Nullable List<@Valid ItemInput> items) {
    }

    /** Thông qua kế hoạch: the cell meeting adopts the draft on a day; it becomes revision 1. */
    public record Adopt(
            @NotNull @Nullable PlanId planId,
            long expectedVersion,
            @NotNull @Nullable LocalDate adoptedOn) {
    }

    /** Điều chỉnh, bổ sung kế hoạch: adopt a new revision of an adopted plan, with its reason. */
    public record Amend(
            @NotNull @Nullable PlanId planId,
            long expectedVersion,
            @NotEmpty(message = "{ktgs.plan.items.required}") @Size(max = 500) @Nullable List<@Valid ItemInput> items,
            @NotBlank(message = "{ktgs.plan.amend.reason.required}") @Size(max = 2000) @ValidText
            @Nullable String reason,
            @NotNull @Nullable LocalDate adoptedOn) {
    }
}
