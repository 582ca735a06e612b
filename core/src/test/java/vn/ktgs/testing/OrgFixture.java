package vn.ktgs.testing;

import java.time.LocalDate;
import vn.ktgs.organisation.InMemoryMembers;
import vn.ktgs.organisation.InMemoryOrganisations;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationCommands.Appoint;
import vn.ktgs.organisation.OrganisationCommands.Assign;
import vn.ktgs.organisation.OrganisationCommands.Enrol;
import vn.ktgs.organisation.OrganisationCommands.RegisterMember;
import vn.ktgs.organisation.OrganisationCommands.RegisterOrganisation;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.organisation.RoleKind;

/**
 * Test data: an organisation tree over in-memory ports, with a bloc committee and the office's grassroots
 * committee ready, and short helpers to add cells, members and roles. Members join on 1 January 2020 unless
 * told otherwise.
 */
public final class OrgFixture {

    public static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    public final InMemoryOrganisations organisations = new InMemoryOrganisations();
    public final InMemoryMembers members = new InMemoryMembers();
    public final OrganisationService service =
            new OrganisationService(organisations, members, TestValidation.validator());
    public final Organisation bloc;
    public final Organisation committee;

    public OrgFixture() {
        bloc = organisation("DUK", "Đảng ủy Khối các cơ quan tỉnh", OrganisationKind.BLOC_COMMITTEE, null);
        committee = organisation("VPUB", "Đảng bộ Văn phòng UBND tỉnh", OrganisationKind.GRASSROOTS_COMMITTEE, bloc);
    }

    public Organisation organisation(String code, String name, OrganisationKind kind, Organisation parent) {
        return service.register(new RegisterOrganisation(code, name, kind, parent == null ? null : parent.id(),
                LONG_AGO)).orThrow();
    }

    /** A subordinate cell of the committee. */
    public Organisation cell(String code, String name) {
        return organisation(code, name, OrganisationKind.SUBORDINATE_CELL, committee);
    }

    /** A full member of {@code cell} since {@link #LONG_AGO}. */
    public Member member(String code, String name, Organisation cell) {
        return member(code, name, cell, LONG_AGO, MembershipStatus.FULL);
    }

    public Member member(String code, String name, Organisation cell, LocalDate from, MembershipStatus status) {
        Member m = service.registerMember(new RegisterMember(code, name)).orThrow();
        return service.enrol(new Enrol(m.id(), cell.id(), from, status)).orThrow();
    }

    /** Gives {@code member} the role in {@code organisation} since {@link #LONG_AGO}. */
    public Member role(Member member, Organisation organisation, RoleKind role) {
        return service.appoint(new Appoint(member.id(), organisation.id(), role, LONG_AGO, null)).orThrow();
    }

    /** Makes {@code member} an executive committee member of the committee and assigns them to {@code cell}. */
    public Organisation assign(Member member, Organisation cell) {
        if (!service.member(member.id()).holds(RoleKind.EXECUTIVE_COMMITTEE_MEMBER, committee.id(), LONG_AGO)) {
            role(member, committee, RoleKind.EXECUTIVE_COMMITTEE_MEMBER);
        }
        return service.assign(new Assign(member.id(), cell.id(), LONG_AGO, null)).orThrow();
    }
}
