package vn.ktgs.activity;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;
import vn.ktgs.organisation.MembershipStatus;

/**
 * Hình thức kỷ luật: the forms of Party discipline and whom each fits (Party Charter, art. 36).
 *
 * <p>A full member: reprimand, warning, removal from post, expulsion. A probationary member: reprimand,
 * warning. An organisation: reprimand, warning, dissolution. A cell may only reprimand or warn its own
 * members.
 */
public enum DisciplineForm implements Labelled {
    /** Khiển trách. */
    REPRIMAND,
    /** Cảnh cáo. */
    WARNING,
    /** Cách chức. */
    REMOVAL_FROM_POST,
    /** Khai trừ. */
    EXPULSION,
    /** Giải tán: organisations only. */
    DISSOLUTION;

    /** Whether the form fits a member of the given status. */
    public boolean fitsMember(MembershipStatus status) {
        return switch (this) {
            case REPRIMAND, WARNING -> true;
            case REMOVAL_FROM_POST, EXPULSION -> status == MembershipStatus.FULL;
            case DISSOLUTION -> false;
        };
    }

    /** Whether the form fits a Party organisation. */
    public boolean fitsOrganisation() {
        return this == REPRIMAND || this == WARNING || this == DISSOLUTION;
    }

    /** Whether a cell may impose it on its own members. */
    public boolean withinCellCompetence() {
        return this == REPRIMAND || this == WARNING;
    }

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
