package vn.ktgs.followup;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/** Loại việc quá hạn: what kind of work is overdue. */
public enum OverdueKind implements Labelled {
    /** Kế hoạch chưa thông qua: the year has begun and the organisation's plan for it is not adopted. */
    PLAN_NOT_ADOPTED,
    /** Nội dung kế hoạch quá thời hạn: a plan item's window has ended and no record of it is concluded. */
    ITEM_PAST_WINDOW,
    /** Kiến nghị quá hạn: a recommendation's due day has passed and it is still open. */
    RECOMMENDATION_PAST_DUE,
    /** Báo cáo quá hạn, chưa nộp: a required report's deadline has passed and it has not been submitted. */
    REPORT_NOT_SUBMITTED,
    /**
     * Chi bộ chưa có cấp ủy viên phụ trách: a cell has had no executive committee (BCH) member assigned to it (S6)
     * for longer than the rules allow.
     */
    CELL_WITHOUT_ASSIGNED_MEMBER,
    /**
     * Đảng viên chưa được quán triệt: a member of a cell has not attended a dissemination session (S8) of a
     * document being disseminated, longer than the rules allow after it was issued (or after the member joined).
     */
    MEMBER_NOT_REACHED;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
