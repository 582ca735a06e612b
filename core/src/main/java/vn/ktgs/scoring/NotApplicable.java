package vn.ktgs.scoring;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/** How a criterion whose indicator is not applicable (nothing to count) is scored. */
public enum NotApplicable implements Labelled {
    /** Left out: the total is rescaled to the maximum over the applicable criteria only. */
    EXCLUDE_AND_RENORMALISE,
    /** Counted as met: the criterion gives its maximum. */
    FULL_POINTS;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
