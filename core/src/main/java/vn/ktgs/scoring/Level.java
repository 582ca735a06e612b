package vn.ktgs.scoring;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/** Mức xếp loại chất lượng: the levels of the annual quality classification, best first (366-QĐ/TW). */
public enum Level implements Labelled {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD,
    /** Hoàn thành nhiệm vụ. */
    COMPLETED,
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED;

    /** Whether this level is the same as or better than {@code other}. */
    public boolean isAtLeast(Level other) {
        return ordinal() <= other.ordinal();
    }

    /** The worse of two levels. */
    public static Level worse(Level a, Level b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** The level one step down; {@link #NOT_COMPLETED} stays. */
    public Level below() {
        return this == NOT_COMPLETED ? this : values()[ordinal() + 1];
    }

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
