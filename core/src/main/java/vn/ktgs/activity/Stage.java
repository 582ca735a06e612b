package vn.ktgs.activity;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/** Bước thực hiện: the steps of an inspection or supervision, in order. */
public enum Stage implements Labelled {
    /** Thông báo: the target has been notified. */
    NOTIFIED,
    /** Nhận báo cáo tự kiểm tra / giải trình: the target's self-assessment is in. */
    SELF_REPORT_RECEIVED,
    /** Thẩm tra, xác minh: the team has verified. */
    VERIFIED,
    /** Kết luận: the cell conference adopted the conclusion; it can no longer change. */
    CONCLUDED,
    /** Theo dõi thực hiện kết luận: the conclusion's recommendations are being followed up. */
    FOLLOW_UP,
    /** Kết thúc: the record is closed. */
    CLOSED;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
