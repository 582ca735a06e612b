package vn.ktgs.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Phiên bản kế hoạch: one adopted version of a plan. Revision 1 is the adoption by the cell meeting; each
 * later revision is an amendment (điều chỉnh, bổ sung) with its reason. Earlier revisions stay readable.
 *
 * @param number 1 for the adoption, 2 and up for amendments
 * @param adoptedOn the day the meeting adopted this revision
 * @param reason why it was amended; {@code null} for revision 1
 */
public record PlanRevision(int number, List<PlanItem> items, LocalDate adoptedOn, @Nullable String reason) {

    public PlanRevision {
        if (number < 1) {
            throw new IllegalArgumentException("revision numbers start at 1");
        }
        items = List.copyOf(items);
        Objects.requireNonNull(adoptedOn, "adoptedOn");
        if (number > 1 && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("an amendment has a reason");
        }
    }

    public Optional<String> amendmentReason() {
        return Optional.ofNullable(reason);
    }

    public Optional<PlanItem> item(PlanItemId id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
