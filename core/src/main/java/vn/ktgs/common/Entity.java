package vn.ktgs.common;

import java.util.Locale;

/**
 * Loại bản ghi: the kinds of record a message can name ("không có tổ chức mã CB-X", "no organisation with code
 * CB-X"), so that a sentence names the thing in the reader's language instead of a Java identifier.
 */
public enum Entity implements Labelled {
    /** Tổ chức đảng: a Party organisation. */
    ORGANISATION,
    /** Đảng viên: a Party member. */
    MEMBER,
    /** Văn bản: a governing document. */
    DOCUMENT,
    /** Buổi quán triệt: a dissemination session. */
    DISSEMINATION,
    /** Kế hoạch kiểm tra, giám sát: an annual plan. */
    PLAN,
    /** Nội dung kế hoạch: an item of a plan. */
    PLAN_ITEM,
    /** Hồ sơ kiểm tra, giám sát: an execution record. */
    ACTIVITY,
    /** Kiến nghị: a recommendation of a conclusion. */
    RECOMMENDATION,
    /** Báo cáo định kỳ: a periodic report. */
    REPORT;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
