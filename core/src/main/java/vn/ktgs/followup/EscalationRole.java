package vn.ktgs.followup;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/**
 * Người nhận thông báo đôn đốc: whom a step of the escalation addresses, resolved from the records on the day. A
 * role that names nobody that day (a cell with no secretary, a committee with no standing committee member) adds
 * no one.
 */
public enum EscalationRole implements Labelled {
    /** Người chịu trách nhiệm: the member the overdue item names as responsible ({@link Overdue#responsible()}). */
    RESPONSIBLE,
    /** Bí thư: the secretary of the organisation that owes the work. */
    SECRETARY,
    /** Cấp ủy viên phụ trách: the BCH members assigned to the cell that owes the work (S6); none for a committee. */
    ASSIGNED_MEMBER,
    /**
     * Bí thư cấp ủy cấp trên: the secretary of the committee over the work — for a cell the nearest committee
     * above it, for a committee the committee above it.
     */
    COMMITTEE_SECRETARY,
    /** Ban Thường vụ: the standing committee members of the committee over the work (as for the secretary). */
    STANDING_COMMITTEE;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
