package vn.ktgs.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.OrganisationId;

/**
 * Kế hoạch kiểm tra, giám sát năm: the annual inspection and supervision plan of one organisation (S3). One per
 * organisation and year.
 *
 * @param draftItems the items while the plan is a draft; empty once adopted
 * @param revisions the adopted revisions, oldest first; empty while a draft
 * @param version the optimistic-concurrency version, 1 when first stored
 */
public record Plan(
        PlanId id,
        OrganisationId organisation,
        int year,
        String title,
        List<PlanItem> draftItems,
        List<PlanRevision> revisions,
        long version) {

    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(title, "title");
        draftItems = List.copyOf(draftItems);
        revisions = List.copyOf(revisions);
        for (int i = 0; i < revisions.size(); i++) {
            if (revisions.get(i).number() != i + 1) {
                throw new IllegalArgumentException("revisions are numbered 1, 2, ... in order");
            }
        }
        if (!revisions.isEmpty() && !draftItems.isEmpty()) {
            throw new IllegalArgumentException("an adopted plan has no draft items");
        }
    }

    /** A new draft plan, version 1. */
    static Plan draft(OrganisationId organisation, int year, String title, List<PlanItem> items) {
        return new Plan(PlanId.random(), organisation, year, title, items, List.of(), 1);
    }

    /** The draft with a new title and items, as the next version. */
    Plan withDraft(String newTitle, List<PlanItem> items) {
        return new Plan(id, organisation, year, newTitle, items, List.of(), version + 1);
    }

    /** The plan with {@code revision} added as the one in force, as the next version; draft items are dropped. */
    Plan withRevision(PlanRevision revision) {
        List<PlanRevision> next = new ArrayList<>(revisions);
        next.add(revision);
        return new Plan(id, organisation, year, title, List.of(), next, version + 1);
    }

    public PlanStatus status() {
        return revisions.isEmpty() ? PlanStatus.DRAFT
                : revisions.size() == 1 ? PlanStatus.ADOPTED : PlanStatus.AMENDED;
    }

    public boolean isAdopted() {
        return !revisions.isEmpty();
    }

    /** 1 January to 31 December of the plan's year. */
    public DateRange period() {
        return DateRange.year(year);
    }

    /** The revision in force: the latest one; empty while a draft. */
    public Optional<PlanRevision> current() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    /** Revision {@code number} (1 = as adopted). */
    public Optional<PlanRevision> revision(int number) {
        return number < 1 || number > revisions.size() ? Optional.empty() : Optional.of(revisions.get(number - 1));
    }

    /** The day the plan was first adopted. */
    public Optional<LocalDate> adoptedOn() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(0).adoptedOn());
    }

    /** The items in force: the draft's, or the current revision's. */
    public List<PlanItem> items() {
        return current().map(PlanRevision::items).orElse(draftItems);
    }

    public Optional<PlanItem> item(PlanItemId id) {
        return items().stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
