package vn.ktgs.scoring;

import java.util.List;
import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/**
 * Loại việc: a kind of further work that moves an indicator of a cell, as {@link WhatItTakes} proposes it. Each
 * kind says which indicators one step of it moves and by how much (its {@link #moves()}), derived from the
 * definition of each indicator in {@link IndicatorCalculator}; the points a step is worth come from the criteria
 * set alone. A step counts only for the indicators it names; what else its record happens to move (a record that
 * also covers a member, say) is not counted, so the real outcome can only be better.
 */
public enum StepKind implements Labelled {
    /**
     * Thông qua kế hoạch: adopt the year's plan (the draft as it stands, or a plan when there is none); what its
     * items then do to the other indicators is computed from the draft's items, not from {@link #moves()}.
     */
    ADOPT_PLAN(List.of(new Move(Indicator.PLAN_ADOPTED, 1, 0))),
    /** Bổ sung đối tượng: amend the plan so that an item names one more member of the cell as a target. */
    NAME_MEMBER_TARGET(List.of(new Move(Indicator.PLAN_TARGETS_MEMBER_SHARE, 1, 0))),
    /** Bổ sung đối tượng trọng tâm: amend the plan so that it names one more of the cell's leadership. */
    NAME_LEADER_TARGET(List.of(new Move(Indicator.PLAN_TARGETS_LEADERSHIP, 1, 0),
            new Move(Indicator.PLAN_TARGETS_MEMBER_SHARE, 1, 0))),
    /**
     * Bổ sung nội dung: add to the plan an item of the kind it lacks (inspection or supervision), tied to a
     * political task, on members it already names, and conclude it within its window.
     */
    ADD_MISSING_KIND_ITEM(List.of(new Move(Indicator.PLAN_HAS_INSPECTION_AND_SUPERVISION, 1, 0),
            new Move(Indicator.ITEMS_CONCLUDED_ON_TIME, 1, 1), new Move(Indicator.ITEMS_LATE, 0, 1),
            new Move(Indicator.PLAN_ITEMS_WITH_TARGETS, 1, 1),
            new Move(Indicator.PLAN_ITEMS_TIED_TO_POLITICAL_TASK, 1, 1))),
    /** Kết luận đúng hạn: conclude a plan item whose window has not closed, by the last day of its window. */
    CONCLUDE_ITEM(List.of(new Move(Indicator.ITEMS_CONCLUDED_ON_TIME, 1, 0), new Move(Indicator.ITEMS_LATE, -1, 0))),
    /** Kiểm tra, giám sát đảng viên: open an inspection or supervision of one more member of the cell this year. */
    SUPERVISE_MEMBER(List.of(new Move(Indicator.MEMBER_COVERAGE, 1, 0))),
    /** Hoàn thành kiến nghị: close a recommendation due this year, by its due day. */
    CLOSE_RECOMMENDATION(List.of(new Move(Indicator.RECOMMENDATIONS_CLOSED_ON_TIME, 1, 0))),
    /** Nộp báo cáo: submit a periodic report of the year, by its deadline. */
    SUBMIT_REPORT(List.of(new Move(Indicator.REPORTS_ON_TIME, 1, 0))),
    /** Phối hợp: record this year's coordination of one more activity with the agency's inspection or a mass organisation. */
    COORDINATE(List.of(new Move(Indicator.COORDINATED_ACTIVITIES, 1, 0))),
    /** Quán triệt: bring one more member to a session on every governing document, by 31 December. */
    DISSEMINATE(List.of(new Move(Indicator.DISSEMINATION_REACH, 1, 0))),
    /** Bí thư phụ trách: the secretary takes charge of an activity opened this year. */
    SECRETARY_LEADS(List.of(new Move(Indicator.SECRETARY_LED, 1, 0))),
    /** Xác định đối tượng: amend the plan so that an item without targets names one (a member it already names). */
    NAME_ITEM_TARGETS(List.of(new Move(Indicator.PLAN_ITEMS_WITH_TARGETS, 1, 0))),
    /** Gắn nhiệm vụ chính trị: amend the plan so that an item's content is tied to a named political task. */
    TIE_ITEM_TO_TASK(List.of(new Move(Indicator.PLAN_ITEMS_TIED_TO_POLITICAL_TASK, 1, 0))),
    /** Xử lý vi phạm: handle a violation found this year (decide the discipline considered, or follow it up). */
    HANDLE_VIOLATION(List.of(new Move(Indicator.VIOLATIONS_HANDLED, 1, 0)));

    private final List<Move> moves;

    StepKind(List<Move> moves) {
        this.moves = List.copyOf(moves);
    }

    /** What one step of this kind adds to the numerator and denominator of each indicator it moves. */
    public List<Move> moves() {
        return moves;
    }

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }

    /** One step's change of an indicator: {@code numerator} and {@code denominator} added (either may be negative). */
    public record Move(Indicator indicator, int numerator, int denominator) {
    }
}
