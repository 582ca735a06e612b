package vn.ktgs.report;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/** Trạng thái báo cáo: where a periodic report is: draft → submitted → (returned → submitted again). */
public enum ReportStatus implements Labelled {
    /** Dự thảo: compiled, not yet sent; figures and narrative can change. */
    DRAFT,
    /** Đã gửi: sent to the executive committee; it can no longer change unless returned. */
    SUBMITTED,
    /** Bị trả lại: the executive committee sent it back; it can be edited and submitted again. */
    RETURNED;

    /** Whether figures and narrative may change in this state. */
    public boolean isEditable() {
        return this != SUBMITTED;
    }

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
