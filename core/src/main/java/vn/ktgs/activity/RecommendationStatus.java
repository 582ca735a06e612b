package vn.ktgs.activity;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/** Trạng thái kiến nghị: whether a recommendation is still open. */
public enum RecommendationStatus implements Labelled {
    /** Đang theo dõi. */
    OPEN,
    /** Đã thực hiện xong. */
    CLOSED;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
