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
    REPORT_NOT_SUBMITTED;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
