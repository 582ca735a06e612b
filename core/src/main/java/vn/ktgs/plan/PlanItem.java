package vn.ktgs.plan;

import java.util.List;
import java.util.Objects;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.MemberId;

/**
 * Nội dung kế hoạch: one item of an annual plan.
 *
 * @param kind what kind of work
 * @param mode direct or indirect
 * @param targets the members or lower organisations it concerns (đối tượng), at least one
 * @param focus codes of the content focus (nội dung trọng tâm) from the {@link ContentFocusCatalogue}
 * @param politicalTask the named political task (nhiệm vụ chính trị) the content is tied to (S3)
 * @param content what is inspected or supervised, in the cell's words
 * @param window when it is carried out, within the plan's year
 * @param responsible the member in charge
 * @param team the inspection or supervision team (tổ kiểm tra), possibly empty
 */
public record PlanItem(
        PlanItemId id,
        ActivityKind kind,
        SupervisionMode mode,
        List<Target> targets,
        List<String> focus,
        String politicalTask,
        String content,
        DateRange window,
        MemberId responsible,
        List<MemberId> team) {

    public PlanItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        targets = List.copyOf(targets);
        focus = List.copyOf(focus);
        Objects.requireNonNull(politicalTask, "politicalTask");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(responsible, "responsible");
        team = List.copyOf(team);
    }
}
