package vn.ktgs.organisation;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/** Chức vụ trong tổ chức đảng: the roles a member holds in an organisation over time. */
public enum RoleKind implements Labelled {
    /** Bí thư: the head of a cell or committee. */
    SECRETARY,
    /** Phó Bí thư. */
    DEPUTY_SECRETARY,
    /** Chi ủy viên: a member of a cell committee. */
    CELL_COMMITTEE_MEMBER,
    /** Ủy viên Ban Chấp hành (BCH) of a committee. */
    EXECUTIVE_COMMITTEE_MEMBER,
    /** Ủy viên Ban Thường vụ of a committee. */
    STANDING_COMMITTEE_MEMBER;

    /** Whether the role exists in an organisation of the given kind. */
    public boolean existsIn(OrganisationKind kind) {
        return switch (this) {
            case SECRETARY, DEPUTY_SECRETARY -> true;
            case CELL_COMMITTEE_MEMBER -> kind.isCell();
            case EXECUTIVE_COMMITTEE_MEMBER, STANDING_COMMITTEE_MEMBER -> kind.isCommittee();
        };
    }

    /** Whether only one member may hold the role in one organisation at a time. */
    public boolean isSingleHolder() {
        return this == SECRETARY;
    }

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
