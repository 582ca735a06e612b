package vn.ktgs.activity;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/** Mức độ vi phạm: how serious a violation is. */
public enum Severity implements Labelled {
    /** Ít nghiêm trọng. */
    LESS_SERIOUS,
    /** Nghiêm trọng. */
    SERIOUS,
    /** Rất nghiêm trọng. */
    VERY_SERIOUS,
    /** Đặc biệt nghiêm trọng. */
    EXTREMELY_SERIOUS;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
