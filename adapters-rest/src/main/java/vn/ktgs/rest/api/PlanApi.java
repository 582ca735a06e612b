package vn.ktgs.rest.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.PlanStatus;
import vn.ktgs.plan.SupervisionMode;

/** Bodies of the plan resources. */
public final class PlanApi {

    private PlanApi() {
    }

    /**
     * Nội dung kế hoạch as the caller writes it.
     *
     * @param id the id of an item the plan already has (kept across revisions); {@code null} for a new item
     */
    public record ItemRequest(@Nullable UUID id, ActivityKind kind, SupervisionMode mode, List<TargetDto> targets,
                              List<String> focus, String politicalTask, String content, LocalDate from,
                              LocalDate to, UUID responsible, @Nullable List<UUID> team) {
    }

    /** Lập dự thảo kế hoạch (also the body of a check, which stores nothing). */
    public record DraftPlanRequest(UUID organisation, int year, String title, List<ItemRequest> items) {
    }

    /** Sửa dự thảo. */
    public record ReviseDraftRequest(String title, List<ItemRequest> items) {
    }

    /** Thông qua kế hoạch. */
    public record AdoptRequest(LocalDate adoptedOn) {
    }

    /** Điều chỉnh, bổ sung kế hoạch. */
    public record AmendRequest(List<ItemRequest> items, String reason, LocalDate adoptedOn) {
    }

    /** The answer of a check: valid, or every gap with its path. */
    public record CheckView(boolean valid, List<Problem.FieldError> errors) {
    }

    /** An item of a plan. */
    public record ItemView(UUID id, ActivityKind kind, SupervisionMode mode, List<TargetDto> targets,
                           List<String> focus, String politicalTask, String content, LocalDate from, LocalDate to,
                           UUID responsible, List<UUID> team) {
        public static ItemView of(PlanItem i) {
            return new ItemView(i.id().value(), i.kind(), i.mode(), i.targets().stream().map(TargetDto::of).toList(),
                    i.focus(), i.politicalTask(), i.content(), i.window().from(),
                    java.util.Objects.requireNonNull(i.window().to()), i.responsible().value(),
                    i.team().stream().map(MemberId::value).toList());
        }
    }

    /** An adopted revision. */
    public record RevisionView(int number, LocalDate adoptedOn, @Nullable String reason, List<ItemView> items) {
        public static RevisionView of(PlanRevision r) {
            return new RevisionView(r.number(), r.adoptedOn(), r.reason(),
                    r.items().stream().map(ItemView::of).toList());
        }
    }

    /** An annual plan: the items in force, and every adopted revision. */
    public record PlanView(UUID id, UUID organisation, int year, String title, PlanStatus status,
                           List<ItemView> items, List<RevisionView> revisions, long version) implements Versioned {
        public static PlanView of(Plan p) {
            return new PlanView(p.id().value(), p.organisation().value(), p.year(), p.title(), p.status(),
                    p.items().stream().map(ItemView::of).toList(),
                    p.revisions().stream().map(RevisionView::of).toList(), p.version());
        }

        @Override
        public String self() {
            return "/plans/" + id;
        }
    }
}
