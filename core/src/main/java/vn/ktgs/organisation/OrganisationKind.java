package vn.ktgs.organisation;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/** Loại tổ chức đảng: the kinds of Party organisation, from the bloc committee down to the cell. */
public enum OrganisationKind implements Labelled {
    /** Đảng ủy Khối các cơ quan tỉnh: the level above the grassroots. */
    BLOC_COMMITTEE,
    /** Đảng bộ cơ sở and its Đảng ủy: a grassroots Party committee. */
    GRASSROOTS_COMMITTEE,
    /** Đảng ủy bộ phận: a partial committee between a grassroots committee and its cells. */
    PARTIAL_COMMITTEE,
    /** Chi bộ trực thuộc: a cell under a grassroots or partial committee. */
    SUBORDINATE_CELL,
    /** Chi bộ cơ sở: a cell that is itself a grassroots organisation. */
    GRASSROOTS_CELL;

    /** Whether this kind is a cell (chi bộ), whose members meet in it. */
    public boolean isCell() {
        return this == SUBORDINATE_CELL || this == GRASSROOTS_CELL;
    }

    /** Whether this kind is a committee (đảng ủy) that leads lower organisations. */
    public boolean isCommittee() {
        return !isCell();
    }

    /** The kinds this kind may sit under; empty means it must be a root. */
    public Set<OrganisationKind> allowedParents() {
        return switch (this) {
            case BLOC_COMMITTEE -> Set.of();
            case GRASSROOTS_COMMITTEE, GRASSROOTS_CELL -> EnumSet.of(BLOC_COMMITTEE);
            case PARTIAL_COMMITTEE -> EnumSet.of(GRASSROOTS_COMMITTEE);
            case SUBORDINATE_CELL -> EnumSet.of(GRASSROOTS_COMMITTEE, PARTIAL_COMMITTEE);
        };
    }

    /** Whether an organisation of this kind may be registered without a parent. */
    public boolean mayBeRoot() {
        return this == BLOC_COMMITTEE || this == GRASSROOTS_COMMITTEE || this == GRASSROOTS_CELL;
    }

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
