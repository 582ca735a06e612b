package vn.ktgs.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ktgs.common.DateRange;

/**
 * Đảng viên: a Party member, with the cells they have belonged to (sinh hoạt) and the roles they have held.
 *
 * @param code the member's code in the province's register (số thẻ or local code)
 * @param fullName the full Vietnamese name
 * @param memberships periods in cells, oldest first, never overlapping
 * @param roles roles held over time, oldest first
 * @param version the optimistic-concurrency version, 1 when first stored
 */
public record Member(
        MemberId id,
        String code,
        String fullName,
        List<Membership> memberships,
        List<Role> roles,
        long version) {

    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(fullName, "fullName");
        memberships = List.copyOf(memberships);
        roles = List.copyOf(roles);
    }

    /** The membership in force on {@code day}, if any. */
    public Optional<Membership> membershipOn(LocalDate day) {
        for (Membership m : memberships) {
            if (m.period().contains(day)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Whether the member belongs to {@code cell} on {@code day}. */
    public boolean isMemberOf(OrganisationId cell, LocalDate day) {
        for (Membership m : memberships) {
            if (m.period().contains(day)) {
                return m.organisation().equals(cell);
            }
        }
        return false;
    }

    /** Whether the member belonged to {@code cell} on at least one day of {@code range}. */
    public boolean wasMemberDuring(OrganisationId cell, DateRange range) {
        for (Membership m : memberships) {
            if (m.organisation().equals(cell) && m.period().overlaps(range)) {
                return true;
            }
        }
        return false;
    }

    /** The status on {@code day}, if the member belongs to a cell then. */
    public Optional<MembershipStatus> statusOn(LocalDate day) {
        return membershipOn(day).map(Membership::status);
    }

    /** Whether the member holds {@code kind} in {@code organisation} on {@code day}. */
    public boolean holds(RoleKind kind, OrganisationId organisation, LocalDate day) {
        return roles.stream().anyMatch(r -> r.kind() == kind && r.organisation().equals(organisation)
                && r.period().contains(day));
    }

    /** The roles held on {@code day}. */
    public List<Role> rolesOn(LocalDate day) {
        return roles.stream().filter(r -> r.period().contains(day)).toList();
    }

    Member withMemberships(List<Membership> next) {
        List<Membership> sorted = new ArrayList<>(next);
        sorted.sort(Comparator.comparing(m -> m.period().from()));
        return new Member(id, code, fullName, sorted, roles, version + 1);
    }

    Member withRoles(List<Role> next) {
        List<Role> sorted = new ArrayList<>(next);
        sorted.sort(Comparator.comparing((Role r) -> r.period().from()).thenComparing(Role::kind));
        return new Member(id, code, fullName, memberships, sorted, version + 1);
    }

    /** Sinh hoạt đảng: a period in which the member belongs to a cell, with one status throughout. */
    public record Membership(OrganisationId organisation, DateRange period, MembershipStatus status) {
        public Membership {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(status, "status");
        }
    }

    /** Chức vụ: a role held in an organisation for a period. */
    public record Role(OrganisationId organisation, RoleKind kind, DateRange period) {
        public Role {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(period, "period");
        }
    }
}
