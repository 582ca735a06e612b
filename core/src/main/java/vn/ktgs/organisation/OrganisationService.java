package vn.ktgs.organisation;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ktgs.common.BeanValidation;
import vn.ktgs.common.DateRange;
import vn.ktgs.common.Entity;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Texts;
import vn.ktgs.common.VietnameseOrder;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.Member.Membership;
import vn.ktgs.organisation.Member.Role;
import vn.ktgs.organisation.Organisation.Assignment;
import vn.ktgs.organisation.OrganisationCommands.AdmitAsFull;
import vn.ktgs.organisation.OrganisationCommands.Appoint;
import vn.ktgs.organisation.OrganisationCommands.Assign;
import vn.ktgs.organisation.OrganisationCommands.Enrol;
import vn.ktgs.organisation.OrganisationCommands.Leave;
import vn.ktgs.organisation.OrganisationCommands.RegisterMember;
import vn.ktgs.organisation.OrganisationCommands.RegisterOrganisation;

/**
 * Quản lý tổ chức và đảng viên: registers the organisation tree, members, their memberships and roles, and
 * the assignment of executive committee members to cells (S6); answers who belongs where on a given day.
 *
 * <p>Every command is checked whole: a rejected command reports every violation and stores nothing.
 */
public final class OrganisationService {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationService.class);

    private final Organisations organisations;
    private final Members members;
    private final BeanValidation validation;

    public OrganisationService(Organisations organisations, Members members, Validator validator) {
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.members = Objects.requireNonNull(members, "members");
        this.validation = new BeanValidation(Objects.requireNonNull(validator, "validator"));
    }

    // ---------------------------------------------------------------- commands

    /** Registers an organisation under its parent; the parent's kind must admit the new kind. */
    public Outcome<Organisation> register(RegisterOrganisation cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (v.isEmpty()) {
            String code = Texts.nfc(cmd.code());
            if (organisations.findByCode(code).isPresent()) {
                v.add(Violation.of("code", "ktgs.organisation.code.duplicate", "code", code));
            }
            OrganisationKind kind = cmd.kind();
            if (cmd.parent() == null) {
                if (!kind.mayBeRoot()) {
                    v.add(Violation.of("parent", "ktgs.organisation.parent.required", "kind", kind));
                }
            } else {
                Optional<Organisation> parent = organisations.find(cmd.parent());
                if (parent.isEmpty()) {
                    v.add(Violation.of("parent", "ktgs.organisation.unknown", "id", cmd.parent()));
                } else if (!kind.allowedParents().contains(parent.get().kind())) {
                    v.add(Violation.of("parent", "ktgs.organisation.parent.kind",
                            "kind", kind, "parentKind", parent.get().kind()));
                }
            }
        }
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Organisation o = new Organisation(OrganisationId.random(), Texts.nfc(cmd.code()), Texts.nfc(cmd.name()),
                cmd.kind(), cmd.parent(), cmd.established(), List.of(), 1);
        organisations.save(o);
        LOG.debug("registered organisation {} {}", o.code(), o.id());
        return Outcome.accepted(o);
    }

    /** Registers a member with no membership yet. */
    public Outcome<Member> registerMember(RegisterMember cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (v.isEmpty() && members.findByCode(Texts.nfc(cmd.code())).isPresent()) {
            v.add(Violation.of("code", "ktgs.member.code.duplicate", "code", Texts.nfc(cmd.code())));
        }
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Member m = new Member(MemberId.random(), Texts.nfc(cmd.code()), Texts.nfc(cmd.fullName()),
                List.of(), List.of(), 1);
        members.save(m);
        return Outcome.accepted(m);
    }

    /** A member joins a cell; they may belong to one cell at a time. */
    public Outcome<Member> enrol(Enrol cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        Member member = v.isEmpty() ? member(cmd.member(), "member", v) : null;
        Organisation cell = v.isEmpty() ? organisation(cmd.cell(), "cell", v) : null;
        if (cell != null && !cell.kind().isCell()) {
            v.add(Violation.of("cell", "ktgs.membership.cell.required", "organisation", cell.name()));
        }
        if (member != null && cell != null && v.isEmpty()) {
            DateRange period = DateRange.from(cmd.from());
            for (Membership m : member.memberships()) {
                if (m.period().overlaps(period)) {
                    v.add(Violation.of("from", "ktgs.membership.overlap", "from", cmd.from(),
                            "since", m.period().from()));
                }
            }
        }
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        List<Membership> next = new ArrayList<>(member.memberships());
        next.add(new Membership(cell.id(), DateRange.from(cmd.from()), cmd.status()));
        Member saved = member.withMemberships(next);
        members.save(saved);
        return Outcome.accepted(saved);
    }

    /** A member leaves a cell: the open membership there ends on {@code lastDay}. */
    public Outcome<Member> leave(Leave cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        Member member = v.isEmpty() ? member(cmd.member(), "member", v) : null;
        if (member == null) {
            return Outcome.rejected(v);
        }
        List<Membership> next = new ArrayList<>();
        boolean closed = false;
        for (Membership m : member.memberships()) {
            if (m.organisation().equals(cmd.cell()) && m.period().isOpen()) {
                if (cmd.lastDay().isBefore(m.period().from())) {
                    v.add(Violation.of("lastDay", "ktgs.membership.leave.beforeJoin", "from", m.period().from()));
                    next.add(m);
                } else {
                    next.add(new Membership(m.organisation(), m.period().endingOn(cmd.lastDay()), m.status()));
                }
                closed = true;
            } else {
                next.add(m);
            }
        }
        if (!closed) {
            v.add(Violation.of("cell", "ktgs.membership.notFound"));
        }
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Member saved = member.withMemberships(next);
        members.save(saved);
        return Outcome.accepted(saved);
    }

    /** A probationary member becomes a full member from a day, in the same cell. */
    public Outcome<Member> admitAsFull(AdmitAsFull cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        Member member = v.isEmpty() ? member(cmd.member(), "member", v) : null;
        if (member == null) {
            return Outcome.rejected(v);
        }
        Optional<Membership> current = member.membershipOn(cmd.from());
        if (current.isEmpty() || current.get().status() != MembershipStatus.PROBATIONARY) {
            return Outcome.rejected(List.of(Violation.of("from", "ktgs.membership.notProbationary",
                    "day", cmd.from())));
        }
        Membership m = current.get();
        if (!m.period().from().isBefore(cmd.from())) {
            return Outcome.rejected(List.of(Violation.of("from", "ktgs.membership.admit.sameDay")));
        }
        List<Membership> next = new ArrayList<>(member.memberships());
        next.remove(m);
        next.add(new Membership(m.organisation(), m.period().endingOn(cmd.from().minusDays(1)), m.status()));
        next.add(new Membership(m.organisation(), new DateRange(cmd.from(), m.period().to()), MembershipStatus.FULL));
        Member saved = member.withMemberships(next);
        members.save(saved);
        return Outcome.accepted(saved);
    }

    /**
     * A member takes a role. The role must exist in that kind of organisation; the member must belong to the
     * organisation (a cell) or to a cell under it (a committee) on the first day; a cell or committee has one
     * secretary at a time.
     */
    public Outcome<Member> appoint(Appoint cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (v.isEmpty() && cmd.to() != null && cmd.to().isBefore(cmd.from())) {
            v.add(Violation.of("to", "ktgs.range.endBeforeStart"));
        }
        Member member = v.isEmpty() ? member(cmd.member(), "member", v) : null;
        Organisation org = v.isEmpty() ? organisation(cmd.organisation(), "organisation", v) : null;
        if (member == null || org == null) {
            return Outcome.rejected(v);
        }
        DateRange period = new DateRange(cmd.from(), cmd.to());
        if (!cmd.role().existsIn(org.kind())) {
            v.add(Violation.of("role", "ktgs.role.notInKind", "role", cmd.role(),
                    "kind", org.kind()));
        }
        if (!belongsOn(member, org.id(), cmd.from())) {
            v.add(Violation.of("member", "ktgs.role.holder.notMember", "member", member.fullName(),
                    "organisation", org.name(), "day", cmd.from()));
        }
        if (cmd.role().isSingleHolder()) {
            for (Member other : members.ofOrganisation(org.id())) {
                if (other.id().equals(member.id())) {
                    continue;
                }
                for (Role r : other.roles()) {
                    if (r.kind() == cmd.role() && r.organisation().equals(org.id()) && r.period().overlaps(period)) {
                        v.add(Violation.of("role", "ktgs.role.taken", "role", cmd.role(),
                                "holder", other.fullName()));
                    }
                }
            }
        }
        for (Role r : member.roles()) {
            if (r.kind() == cmd.role() && r.organisation().equals(org.id()) && r.period().overlaps(period)) {
                v.add(Violation.of("from", "ktgs.role.overlap", "role", cmd.role()));
            }
        }
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        List<Role> next = new ArrayList<>(member.roles());
        next.add(new Role(org.id(), cmd.role(), period));
        Member saved = member.withRoles(next);
        members.save(saved);
        return Outcome.accepted(saved);
    }

    /** Ends a role held in an organisation: {@code lastDay} is the last day it is held. */
    public Outcome<Member> endRole(MemberId memberId, OrganisationId organisation, RoleKind role, LocalDate lastDay) {
        List<Violation> v = new ArrayList<>();
        Member member = member(memberId, "member", v);
        if (member == null) {
            return Outcome.rejected(v);
        }
        List<Role> next = new ArrayList<>();
        boolean ended = false;
        for (Role r : member.roles()) {
            if (r.kind() == role && r.organisation().equals(organisation) && r.period().contains(lastDay)) {
                next.add(new Role(r.organisation(), r.kind(), r.period().endingOn(lastDay)));
                ended = true;
            } else {
                next.add(r);
            }
        }
        if (!ended) {
            return Outcome.rejected(List.of(Violation.of("role", "ktgs.role.notHeld", "role", role,
                    "day", lastDay)));
        }
        Member saved = member.withRoles(next);
        members.save(saved);
        return Outcome.accepted(saved);
    }

    /**
     * Assigns an executive committee (BCH) member to guide, monitor and inspect a cell (S6). The member must
     * hold {@link RoleKind#EXECUTIVE_COMMITTEE_MEMBER} on the first day in a committee above the cell.
     */
    public Outcome<Organisation> assign(Assign cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (v.isEmpty() && cmd.to() != null && cmd.to().isBefore(cmd.from())) {
            v.add(Violation.of("to", "ktgs.range.endBeforeStart"));
        }
        Member member = v.isEmpty() ? member(cmd.member(), "member", v) : null;
        Organisation cell = v.isEmpty() ? organisation(cmd.cell(), "cell", v) : null;
        if (member == null || cell == null) {
            return Outcome.rejected(v);
        }
        if (!cell.kind().isCell()) {
            v.add(Violation.of("cell", "ktgs.assignment.cell.required", "organisation", cell.name()));
        }
        boolean executive = ancestors(cell.id()).stream()
                .anyMatch(a -> member.holds(RoleKind.EXECUTIVE_COMMITTEE_MEMBER, a.id(), cmd.from()));
        if (!executive) {
            v.add(Violation.of("member", "ktgs.assignment.notExecutive", "member", member.fullName(),
                    "day", cmd.from()));
        }
        DateRange period = new DateRange(cmd.from(), cmd.to());
        for (Assignment a : cell.assignments()) {
            if (a.member().equals(member.id()) && a.period().overlaps(period)) {
                v.add(Violation.of("from", "ktgs.assignment.overlap", "member", member.fullName()));
            }
        }
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Organisation saved = cell.withAssignment(new Assignment(member.id(), period));
        organisations.save(saved);
        return Outcome.accepted(saved);
    }

    /** Ends an assignment: {@code lastDay} is the last day the member monitors the cell. */
    public Outcome<Organisation> endAssignment(MemberId memberId, OrganisationId cellId, LocalDate lastDay) {
        List<Violation> v = new ArrayList<>();
        Organisation cell = organisation(cellId, "cell", v);
        if (cell == null) {
            return Outcome.rejected(v);
        }
        List<Assignment> next = new ArrayList<>();
        boolean ended = false;
        for (Assignment a : cell.assignments()) {
            if (a.member().equals(memberId) && a.period().contains(lastDay)) {
                next.add(new Assignment(a.member(), a.period().endingOn(lastDay)));
                ended = true;
            } else {
                next.add(a);
            }
        }
        if (!ended) {
            return Outcome.rejected(List.of(Violation.of("member", "ktgs.assignment.notFound", "day", lastDay)));
        }
        Organisation saved = cell.withAssignments(next);
        organisations.save(saved);
        return Outcome.accepted(saved);
    }

    // ---------------------------------------------------------------- queries

    /** The organisation, or {@link NotFoundException}. */
    public Organisation organisation(OrganisationId id) {
        return organisations.find(id).orElseThrow(() -> new NotFoundException(Entity.ORGANISATION, id));
    }

    /** The organisation, if stored. */
    public Optional<Organisation> findOrganisation(OrganisationId id) {
        return organisations.find(id);
    }

    public Optional<Organisation> organisationByCode(String code) {
        return organisations.findByCode(Texts.nfc(code));
    }

    /** The member, or {@link NotFoundException}. */
    public Member member(MemberId id) {
        return members.find(id).orElseThrow(() -> new NotFoundException(Entity.MEMBER, id));
    }

    /** The member, if stored. */
    public Optional<Member> findMember(MemberId id) {
        return members.find(id);
    }

    public Optional<Member> memberByCode(String code) {
        return members.findByCode(Texts.nfc(code));
    }

    /** The organisations directly under {@code id}, ordered by code. */
    public List<Organisation> children(OrganisationId id) {
        return organisations.children(id);
    }

    /** The organisation and every organisation below it, parents before children, siblings by code. */
    public List<Organisation> subtree(OrganisationId id) {
        List<Organisation> out = new ArrayList<>();
        Deque<Organisation> todo = new ArrayDeque<>();
        todo.push(organisation(id));
        while (!todo.isEmpty()) {
            Organisation o = todo.pop();
            out.add(o);
            List<Organisation> kids = organisations.children(o.id());
            for (int i = kids.size() - 1; i >= 0; i--) {
                todo.push(kids.get(i));
            }
        }
        return out;
    }

    /** The cells in the subtree of {@code id} (the organisation itself when it is a cell), by code. */
    public List<Organisation> cellsUnder(OrganisationId id) {
        return subtree(id).stream().filter(o -> o.kind().isCell())
                .sorted(VietnameseOrder.by(Organisation::code)).toList();
    }

    /** The organisations above {@code id}, nearest first. */
    public List<Organisation> ancestors(OrganisationId id) {
        List<Organisation> out = new ArrayList<>();
        Set<OrganisationId> seen = new LinkedHashSet<>();
        OrganisationId next = organisation(id).parent();
        while (next != null && seen.add(next)) {
            Organisation o = organisation(next);
            out.add(o);
            next = o.parent();
        }
        return out;
    }

    /** Whether {@code descendant} is {@code ancestor} or lies below it. */
    public boolean isWithin(OrganisationId descendant, OrganisationId ancestor) {
        return descendant.equals(ancestor) || ancestors(descendant).stream().anyMatch(o -> o.id().equals(ancestor));
    }

    /**
     * The members of an organisation on a day, by code: for a cell, those who belong to it; for a committee,
     * those who belong to any cell below it.
     */
    public List<Member> membersOn(OrganisationId id, LocalDate day) {
        Set<OrganisationId> cells = new LinkedHashSet<>();
        cellsUnder(id).forEach(c -> cells.add(c.id()));
        List<Member> out = new ArrayList<>();
        for (OrganisationId cell : cells) {
            for (Member m : members.ofOrganisation(cell)) {
                if (m.isMemberOf(cell, day)) {
                    out.add(m);
                }
            }
        }
        out.sort(VietnameseOrder.by(Member::code));
        return out;
    }

    /** The members who belonged to the organisation (or a cell below it) on at least one day of {@code range}. */
    public List<Member> membersDuring(OrganisationId id, DateRange range) {
        List<Member> out = new ArrayList<>();
        Set<MemberId> seen = new LinkedHashSet<>();
        for (Organisation cell : cellsUnder(id)) {
            for (Member m : members.ofOrganisation(cell.id())) {
                if (m.wasMemberDuring(cell.id(), range) && seen.add(m.id())) {
                    out.add(m);
                }
            }
        }
        out.sort(VietnameseOrder.by(Member::code));
        return out;
    }

    /** Whether the member belongs, on {@code day}, to the organisation or to a cell below it. */
    public boolean belongsOn(Member member, OrganisationId organisation, LocalDate day) {
        return member.membershipOn(day).map(m -> isWithin(m.organisation(), organisation)).orElse(false);
    }

    /** Every member who has ever belonged to or held a role in the organisation, by code. */
    public List<Member> people(OrganisationId organisation) {
        return members.ofOrganisation(organisation);
    }

    /** The members holding {@code role} in the organisation on {@code day}, by code. */
    public List<Member> holdersOn(OrganisationId organisation, RoleKind role, LocalDate day) {
        return members.ofOrganisation(organisation).stream()
                .filter(m -> m.holds(role, organisation, day))
                .sorted(VietnameseOrder.by(Member::code)).toList();
    }

    /** The secretary (bí thư) of the organisation on {@code day}. */
    public Optional<Member> secretaryOn(OrganisationId organisation, LocalDate day) {
        return holdersOn(organisation, RoleKind.SECRETARY, day).stream().findFirst();
    }

    private @Nullable Member member(@Nullable MemberId id, String path, List<Violation> v) {
        Optional<Member> m = id == null ? Optional.empty() : members.find(id);
        if (m.isEmpty()) {
            v.add(Violation.of(path, "ktgs.member.unknown", "id", id));
        }
        return m.orElse(null);
    }

    private @Nullable Organisation organisation(@Nullable OrganisationId id, String path, List<Violation> v) {
        Optional<Organisation> o = id == null ? Optional.empty() : organisations.find(id);
        if (o.isEmpty()) {
            v.add(Violation.of(path, "ktgs.organisation.unknown", "id", id));
        }
        return o.orElse(null);
    }
}
