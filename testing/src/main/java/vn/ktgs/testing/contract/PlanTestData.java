package vn.ktgs.testing.contract;

import java.time.LocalDate;
import java.util.List;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.SupervisionMode;
import vn.ktgs.plan.Target;

/** Plans over a {@link TestWorld}. */
public final class PlanTestData {

    private PlanTestData() {
    }

    /** A supervision item of cell A on its two members, with a team. */
    public static PlanItem supervisionItem(TestWorld w, int year) {
        return new PlanItem(PlanItemId.random(), ActivityKind.REGULAR_SUPERVISION, SupervisionMode.DIRECT,
                List.of(Target.member(w.an.id()), Target.member(w.ung.id())),
                List.of("MEMBER_DUTIES", "EXEMPLARY_CONDUCT"),
                "Cải cách hành chính, chuyển đổi số", "Giám sát việc thực hiện nhiệm vụ đảng viên – quý Ⅱ",
                DateRange.of(LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30)), w.ung.id(),
                List.of(w.ung.id(), w.an.id()));
    }

    /** An inspection item of the committee on cell B. */
    public static PlanItem organisationItem(TestWorld w, int year) {
        return new PlanItem(PlanItemId.random(), ActivityKind.LOWER_ORGANISATION_INSPECTION, SupervisionMode.INDIRECT,
                List.of(Target.organisation(w.cellB.id())), List.of("KTGS_WORK"), "Xây dựng Đảng",
                "Kiểm tra việc thực hiện Kế hoạch 65-KH/ĐU", DateRange.of(LocalDate.of(year, 9, 1),
                LocalDate.of(year, 11, 30)), w.duc.id(), List.of());
    }

    /** A draft plan of {@code organisation} for {@code year}, version 1. */
    public static Plan draft(Organisation organisation, int year, List<PlanItem> items) {
        return new Plan(PlanId.random(), organisation.id(), year, "Kế hoạch kiểm tra, giám sát năm " + year, items,
                List.of(), 1);
    }

    /** The plan adopted (one revision more), as the next version. */
    public static Plan adopted(Plan p, LocalDate on, List<PlanItem> items,
                               @org.jspecify.annotations.Nullable String reason) {
        List<PlanRevision> revisions = new java.util.ArrayList<>(p.revisions());
        revisions.add(new PlanRevision(revisions.size() + 1, items, on, revisions.isEmpty() ? null : reason));
        return new Plan(p.id(), p.organisation(), p.year(), p.title(), List.of(), revisions, p.version() + 1);
    }

    /** The same plan with a new title, as the next version. */
    public static Plan retitled(Plan p, String title) {
        return new Plan(p.id(), p.organisation(), p.year(), title, p.draftItems(), p.revisions(), p.version() + 1);
    }
}
