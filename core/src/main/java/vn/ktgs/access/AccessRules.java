package vn.ktgs.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.organisation.RoleKind;

/**
 * Quy tắc truy cập: decides whether a {@link Caller} may take an {@link Action} on the records of an
 * organisation, from the roles, memberships and BCH assignments in force today (read from the injected
 * {@link Clock}). The rules are listed in the {@linkplain vn.ktgs.access package documentation}.
 */
public final class AccessRules {

    /** The roles that make their holder part of a committee's leadership (the BCH in the broad sense). */
    private static final Set<RoleKind> COMMITTEE_ROLES = EnumSet.of(RoleKind.SECRETARY, RoleKind.DEPUTY_SECRETARY,
            RoleKind.STANDING_COMMITTEE_MEMBER, RoleKind.EXECUTIVE_COMMITTEE_MEMBER);
    /** The roles of a cell committee (chi ủy). */
    private static final Set<RoleKind> CELL_COMMITTEE_ROLES = EnumSet.of(RoleKind.SECRETARY,
            RoleKind.DEPUTY_SECRETARY, RoleKind.CELL_COMMITTEE_MEMBER);
    private static final Set<RoleKind> WRITER_ROLES = EnumSet.of(RoleKind.SECRETARY, RoleKind.DEPUTY_SECRETARY);

    private final OrganisationService organisations;
    private final Clock clock;

    public AccessRules(OrganisationService organisations, Clock clock) {
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether {@code caller} may take {@code action} on the records of {@code organisation} today. */
    public boolean allows(Caller caller, Action action, OrganisationId organisation) {
        Optional<Organisation> org = organisations.findOrganisation(organisation);
        if (org.isEmpty()) {
            return action == Action.ADMINISTER && caller.has(Authority.ADMINISTRATOR);
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Member> member = caller.memberId().flatMap(organisations::findMember);
        boolean admin = caller.has(Authority.ADMINISTRATOR);
        return switch (action) {
            case ADMINISTER -> admin;
            case WRITE_WORK -> member.map(m -> holdsAny(m, WRITER_ROLES, organisation, today)).orElse(false);
            case GUIDE -> member.map(m -> isAssigned(m, org.get(), today)
                    || holdsAny(m, WRITER_ROLES, organisation, today)).orElse(false);
            case REVIEW -> member.map(m -> leadsAbove(m, organisation, today)).orElse(false);
            case READ_CONFIDENTIAL -> member.map(m -> holdsAny(m, CELL_COMMITTEE_ROLES, organisation, today)
                    || leadsAtOrAbove(m, organisation, today)).orElse(false);
            case READ -> admin || member.map(m -> m.isMemberOf(organisation, today)
                    || isAssigned(m, org.get(), today)
                    || holdsAny(m, CELL_COMMITTEE_ROLES, organisation, today)
                    || leadsAtOrAbove(m, organisation, today)).orElse(false);
        };
    }

    /**
     * Whether {@code caller} may read the record of {@code member}: the member themselves, an administrator, or
     * whoever may read an organisation the member has belonged to or held a role in.
     */
    public boolean mayReadMember(Caller caller, Member member) {
        if (caller.memberId().map(member.id()::equals).orElse(false) || caller.has(Authority.ADMINISTRATOR)) {
            return true;
        }
        return member.memberships().stream().anyMatch(m -> allows(caller, Action.READ, m.organisation()))
                || member.roles().stream().anyMatch(r -> allows(caller, Action.READ, r.organisation()));
    }

    private static boolean holdsAny(Member m, Set<RoleKind> roles, OrganisationId org, LocalDate day) {
        return roles.stream().anyMatch(r -> m.holds(r, org, day));
    }

    private static boolean isAssigned(Member m, Organisation org, LocalDate day) {
        return org.kind().isCell() && org.assignedOn(day).contains(m.id());
    }

    private boolean leadsAtOrAbove(Member m, OrganisationId org, LocalDate day) {
        return (organisations.organisation(org).kind().isCommittee() && holdsAny(m, COMMITTEE_ROLES, org, day))
                || leadsAbove(m, org, day);
    }

    private boolean leadsAbove(Member m, OrganisationId org, LocalDate day) {
        List<Organisation> above = organisations.ancestors(org);
        return above.stream().anyMatch(a -> holdsAny(m, COMMITTEE_ROLES, a.id(), day));
    }
}
