package vn.ktgs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ktgs.access.AccessDeniedException;
import vn.ktgs.access.Action;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationCommands.AdmitAsFull;
import vn.ktgs.organisation.OrganisationCommands.Appoint;
import vn.ktgs.organisation.OrganisationCommands.Assign;
import vn.ktgs.organisation.OrganisationCommands.Enrol;
import vn.ktgs.organisation.OrganisationCommands.Leave;
import vn.ktgs.organisation.OrganisationCommands.RegisterMember;
import vn.ktgs.organisation.OrganisationCommands.RegisterOrganisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.organisation.RoleKind;

/**
 * Tổ chức và đảng viên for one caller: the tree, members, roles and BCH assignments are changed only by an
 * administrator ({@link Action#ADMINISTER}); an organisation is read under {@link Action#READ}; a member by
 * {@link vn.ktgs.access.AccessRules#mayReadMember}. Obtained from {@link Guarded#organisations()}.
 */
public final class GuardedOrganisations {

    private final Guarded as;
    private final OrganisationService service;

    GuardedOrganisations(Guarded as, OrganisationService service) {
        this.as = as;
        this.service = service;
    }

    /** {@link OrganisationService#register}; administrators only. */
    public Outcome<Organisation> register(RegisterOrganisation cmd) {
        as.requireAdministrator();
        return service.register(cmd);
    }

    /** {@link OrganisationService#registerMember}; administrators only. */
    public Outcome<Member> registerMember(RegisterMember cmd) {
        as.requireAdministrator();
        return service.registerMember(cmd);
    }

    /** {@link OrganisationService#enrol}; administrators only. */
    public Outcome<Member> enrol(Enrol cmd) {
        as.requireAdministrator();
        return service.enrol(cmd);
    }

    /** {@link OrganisationService#leave}; administrators only. */
    public Outcome<Member> leave(Leave cmd) {
        as.requireAdministrator();
        return service.leave(cmd);
    }

    /** {@link OrganisationService#admitAsFull}; administrators only. */
    public Outcome<Member> admitAsFull(AdmitAsFull cmd) {
        as.requireAdministrator();
        return service.admitAsFull(cmd);
    }

    /** {@link OrganisationService#appoint}; administrators only. */
    public Outcome<Member> appoint(Appoint cmd) {
        as.requireAdministrator();
        return service.appoint(cmd);
    }

    /** {@link OrganisationService#endRole}; administrators only. */
    public Outcome<Member> endRole(MemberId member, OrganisationId organisation, RoleKind role, LocalDate lastDay) {
        as.requireAdministrator();
        return service.endRole(member, organisation, role, lastDay);
    }

    /** {@link OrganisationService#assign}; administrators only. */
    public Outcome<Organisation> assign(Assign cmd) {
        as.requireAdministrator();
        return service.assign(cmd);
    }

    /** {@link OrganisationService#endAssignment}; administrators only. */
    public Outcome<Organisation> endAssignment(MemberId member, OrganisationId cell, LocalDate lastDay) {
        as.requireAdministrator();
        return service.endAssignment(member, cell, lastDay);
    }

    /**
     * The organisation ({@link vn.ktgs.common.NotFoundException} when not stored), when the caller may read it.
     *
     * @throws AccessDeniedException without {@link Action#READ} on it
     */
    public Organisation organisation(OrganisationId id) {
        Organisation o = service.organisation(id);
        as.require(Action.READ, o.id());
        return o;
    }

    /** One page of the organisations the caller may read, in the order of {@link vn.ktgs.organisation.Organisations#all()}. */
    public Page<Organisation> readable(PageRequest request) {
        return Page.of(readable(), request);
    }

    /** Every organisation the caller may read, in the order of {@link vn.ktgs.organisation.Organisations#all()}. */
    public List<Organisation> readable() {
        return as.ktgsPorts().organisations().all().stream().filter(o -> as.allows(Action.READ, o.id())).toList();
    }

    /** The organisations directly under one the caller may read, that the caller may read too, by code. */
    public List<Organisation> children(OrganisationId id) {
        Organisation o = organisation(id);
        return service.children(o.id()).stream().filter(c -> as.allows(Action.READ, c.id())).toList();
    }

    /** {@link OrganisationService#membersOn} of an organisation the caller may read. */
    public List<Member> membersOn(OrganisationId id, LocalDate day) {
        return service.membersOn(organisation(id).id(), day);
    }

    /**
     * The member ({@link vn.ktgs.common.NotFoundException} when not stored), when the caller may read them.
     *
     * @throws AccessDeniedException ({@link Action#READ} on the member's latest cell) when the caller may not
     */
    public Member member(MemberId id) {
        Member m = service.member(id);
        if (!as.mayRead(m)) {
            throw as.denied(Action.READ, m.memberships().isEmpty() ? OrganisationId.random()
                    : m.memberships().get(m.memberships().size() - 1).organisation());
        }
        return m;
    }

    /** The member, when stored and the caller may read them; empty otherwise (a name not to show). */
    public Optional<Member> findMember(MemberId id) {
        return service.findMember(id).filter(as::mayRead);
    }
}
