package vn.ktgs.organisation;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/** Đảng viên chính thức / dự bị: whether a member is a full or a probationary member. */
public enum MembershipStatus implements Labelled {
    /** Đảng viên chính thức. */
    FULL,
    /** Đảng viên dự bị. */
    PROBATIONARY;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
