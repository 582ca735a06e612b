package vn.ktgs.plan;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/** Trực tiếp / gián tiếp: whether the work meets its target directly or works from documents and reports. */
public enum SupervisionMode implements Labelled {
    /** Trực tiếp. */
    DIRECT,
    /** Gián tiếp. */
    INDIRECT;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
