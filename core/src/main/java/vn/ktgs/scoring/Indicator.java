package vn.ktgs.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/**
 * Chỉ số: the indicators of one organisation's KT-GS work in one year, computed from the records only. A
 * criteria set refers to them by {@link #code()}.
 */
public enum Indicator implements Labelled {
    /** Kế hoạch được thông qua: the year's plan was adopted. */
    PLAN_ADOPTED("plan.adopted", IndicatorKind.FLAG, true),
    /** Nội dung có đối tượng: share of plan items with identified targets. */
    PLAN_ITEMS_WITH_TARGETS("plan.quality.targets", IndicatorKind.RATIO, true),
    /** Nội dung gắn nhiệm vụ chính trị: share of items with a content focus tied to a named political task. */
    PLAN_ITEMS_TIED_TO_POLITICAL_TASK("plan.quality.focus", IndicatorKind.RATIO, true),
    /** Có cả kiểm tra và giám sát: the plan holds at least one inspection and one supervision item. */
    PLAN_HAS_INSPECTION_AND_SUPERVISION("plan.quality.mix", IndicatorKind.FLAG, true),
    /**
     * Đối tượng của kế hoạch: share of the members on the roll (belonged on a day of the year) whom an item of the
     * plan names as a target — what the plan sets out to cover, against the 30–50% of provincial practice; 0 over
     * the roll when no plan was adopted.
     */
    PLAN_TARGETS_MEMBER_SHARE("plan.targets.memberShare", IndicatorKind.RATIO, true),
    /**
     * Đối tượng trọng tâm: share of the cell's leadership in the year (secretary, deputy secretary, cell committee
     * members) whom an item of the plan names as a target — the priority targets of provincial practice the records
     * hold (heads of units and cadres managed by higher levels are not recorded); 0 when no plan was adopted, not
     * applicable when the cell had no such role holder.
     */
    PLAN_TARGETS_LEADERSHIP("plan.targets.leadership", IndicatorKind.RATIO, true),
    /** Thực hiện đúng kế hoạch: share of planned items concluded within their window. */
    ITEMS_CONCLUDED_ON_TIME("implementation.onTime", IndicatorKind.RATIO, true),
    /** Thực hiện chậm: share of planned items concluded after their window, or not concluded by year end. */
    ITEMS_LATE("implementation.late", IndicatorKind.RATIO, false),
    /** Độ bao phủ đảng viên: share of the cell's members during the year targeted by at least one activity. */
    MEMBER_COVERAGE("members.coverage", IndicatorKind.RATIO, true),
    /** Theo dõi kiến nghị: share of recommendations due in the year closed by their due date. */
    RECOMMENDATIONS_CLOSED_ON_TIME("followUp.onTime", IndicatorKind.RATIO, true),
    /** Báo cáo đúng hạn (S9): share of required periodic reports of the year submitted by their deadline. */
    REPORTS_ON_TIME("reports.onTime", IndicatorKind.RATIO, true),
    /** Phối hợp (S5): activities coordinated with the agency's inspection or mass organisations. */
    COORDINATED_ACTIVITIES("coordination.count", IndicatorKind.COUNT, true),
    /** Quán triệt (S8): share of the members reached by the dissemination of the governing documents. */
    DISSEMINATION_REACH("dissemination.reach", IndicatorKind.RATIO, true),
    /** Vai trò người đứng đầu (S5): the secretary was responsible for at least one activity. */
    SECRETARY_LED("leadership.secretary", IndicatorKind.FLAG, true),
    /** Vi phạm phát hiện: violations found by the year's conclusions. Informative; no direction. */
    VIOLATIONS_FOUND("violations.found", IndicatorKind.COUNT, true),
    /** Xử lý vi phạm: share of violations found that were handled (discipline decided where considered, or followed up). */
    VIOLATIONS_HANDLED("violations.handled", IndicatorKind.RATIO, true),
    /**
     * Đảng viên bị kỷ luật: members on the roll with a discipline decided in the year in the organisation's
     * records (each member once). For gates (366-QĐ/TW: excellent needs no one disciplined); lower is better.
     */
    MEMBERS_DISCIPLINED("discipline.members", IndicatorKind.COUNT, false),
    /**
     * Cán bộ lãnh đạo bị kỷ luật: of those, the members who held a leadership role of the organisation (secretary,
     * deputy secretary, cell committee member) on a day of the year. For gates; lower is better.
     */
    LEADERSHIP_DISCIPLINED("discipline.leadership", IndicatorKind.COUNT, false),
    /** Chi bộ có kế hoạch (S3): share of the committee's cells with an adopted plan. */
    CELLS_WITH_ADOPTED_PLAN("committee.cellsWithPlan", IndicatorKind.RATIO, true),
    /** Chi bộ thực hiện kế hoạch (S4): share of the committee's cells that concluded every item due by year end. */
    CELLS_IMPLEMENTING_PLAN("committee.cellsImplementing", IndicatorKind.RATIO, true),
    /** Phân công BCH (S6): share of the committee's cells with an executive committee member assigned. */
    CELLS_WITH_ASSIGNED_BCH_MEMBER("committee.assignmentCoverage", IndicatorKind.RATIO, true);

    private final String code;
    private final IndicatorKind kind;
    private final boolean higherIsBetter;

    Indicator(String code, IndicatorKind kind, boolean higherIsBetter) {
        this.code = code;
        this.kind = kind;
        this.higherIsBetter = higherIsBetter;
    }

    /** The code a criteria set names it by, for example {@code members.coverage}. */
    public String code() {
        return code;
    }

    public IndicatorKind kind() {
        return kind;
    }

    /** Whether a higher value is better work (false for the share of late items). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public static Optional<Indicator> byCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
    }

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
