package vn.ktgs.report;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/**
 * Tình trạng nộp báo cáo: whether an organisation's report of a period came in by the deadline, judged on its
 * first submission (a report returned and submitted again keeps the day it was first sent).
 */
public enum Timeliness implements Labelled {
    /** Đúng hạn: first submitted on or before the deadline. */
    ON_TIME,
    /** Trễ hạn: first submitted after the deadline. */
    LATE,
    /** Chưa nộp, quá hạn: the deadline has passed and it was never submitted. */
    MISSING,
    /** Chưa đến hạn: not submitted, and the deadline has not passed yet. */
    NOT_DUE;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
