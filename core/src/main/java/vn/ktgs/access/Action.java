package vn.ktgs.access;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/** Thao tác: what a caller wants to do with the records of one organisation. */
public enum Action implements Labelled {
    /** Đọc: read the organisation, its members, documents, plans, records and reports (without confidential parts). */
    READ,
    /** Đọc nội dung mật: read violations found, disciplinary decisions and inspections on signs of violation. */
    READ_CONFIDENTIAL,
    /** Ghi công việc: draft and adopt plans, keep execution records, record disseminations, compile and submit reports. */
    WRITE_WORK,
    /** Hướng dẫn, theo dõi: record guidance on the work, that is recommendations and their follow-up. */
    GUIDE,
    /** Xem xét báo cáo: the committee above returns a submitted report and follows timeliness. */
    REVIEW,
    /** Quản trị: maintain the organisation tree, members, roles, assignments and documents. */
    ADMINISTER;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
