package vn.ktgs.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.testing.OrgFixture;

class AccessRulesTest {

    private final OrgFixture f = new OrgFixture();
    private final Organisation tongHop = f.cell("CB-TH", "Chi bộ Phòng Tổng hợp");
    private final Organisation kinhTe = f.cell("CB-KT", "Chi bộ Phòng Kinh tế");
    private final Member secretary = f.role(f.member("DV01", "Nguyễn Thị Ưng", tongHop), tongHop, RoleKind.SECRETARY);
    private final Member cellCommittee =
            f.role(f.member("DV02", "Tôn Thất Ấn", tongHop), tongHop, RoleKind.CELL_COMMITTEE_MEMBER);
    private final Member plain = f.member("DV03", "Âu Thị Ỷ Lan", tongHop);
    private final Member assigned = f.member("DV11", "Lâm Thị Ửng", kinhTe);
    private final Member standing =
            f.role(f.member("DV12", "Quách Văn Ơn", kinhTe), f.committee, RoleKind.STANDING_COMMITTEE_MEMBER);
    private final AccessRules rules;

    AccessRulesTest() {
        f.assign(assigned, tongHop);
        rules = new AccessRules(f.service,
                Clock.fixed(LocalDate.of(2025, 5, 2).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                        ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    private boolean allows(Member m, Action a, Organisation o) {
        return rules.allows(Caller.member(m.id()), a, o.id());
    }

    @Test
    void cellSecretaryWritesOwnCellOnly() {
        assertThat(allows(secretary, Action.WRITE_WORK, tongHop)).isTrue();
        assertThat(allows(secretary, Action.WRITE_WORK, kinhTe)).isFalse();
        assertThat(allows(plain, Action.WRITE_WORK, tongHop)).isFalse();
        assertThat(allows(cellCommittee, Action.WRITE_WORK, tongHop)).isFalse();
    }

    @Test
    void assignedExecutiveMemberReadsAndGuidesTheCellButDoesNotWriteItsWork() {
        assertThat(allows(assigned, Action.READ, tongHop)).isTrue();
        assertThat(allows(assigned, Action.GUIDE, tongHop)).isTrue();
        assertThat(allows(assigned, Action.WRITE_WORK, tongHop)).isFalse();
        assertThat(allows(assigned, Action.GUIDE, kinhTe)).isFalse();
    }

    @Test
    void committeeMembersReadTheCommitteeAndEverythingBelowIt() {
        assertThat(allows(standing, Action.READ, f.committee)).isTrue();
        assertThat(allows(standing, Action.READ, tongHop)).isTrue();
        assertThat(allows(standing, Action.REVIEW, tongHop)).isTrue();
        assertThat(allows(standing, Action.READ, f.bloc)).isFalse();
        assertThat(allows(secretary, Action.READ, f.committee)).isFalse();
    }

    @Test
    void confidentialContentOnlyForTheCellCommitteeAndTheBch() {
        assertThat(allows(secretary, Action.READ_CONFIDENTIAL, tongHop)).isTrue();
        assertThat(allows(cellCommittee, Action.READ_CONFIDENTIAL, tongHop)).isTrue();
        assertThat(allows(standing, Action.READ_CONFIDENTIAL, tongHop)).isTrue();
        assertThat(allows(assigned, Action.READ_CONFIDENTIAL, tongHop)).isTrue();
        assertThat(allows(plain, Action.READ, tongHop)).isTrue();
        assertThat(allows(plain, Action.READ_CONFIDENTIAL, tongHop)).isFalse();
        assertThat(rules.allows(Caller.administrator(), Action.READ_CONFIDENTIAL, tongHop.id())).isFalse();
    }

    @Test
    void administratorsAdministerAndReadButWriteNoWork() {
        Caller admin = Caller.administrator();
        assertThat(rules.allows(admin, Action.ADMINISTER, tongHop.id())).isTrue();
        assertThat(rules.allows(admin, Action.ADMINISTER, OrganisationId.random())).isTrue();
        assertThat(rules.allows(admin, Action.READ, tongHop.id())).isTrue();
        assertThat(rules.allows(admin, Action.WRITE_WORK, tongHop.id())).isFalse();
        assertThat(allows(secretary, Action.ADMINISTER, tongHop)).isFalse();
    }

    @Test
    void unknownCallersAndUnknownOrganisationsAreDenied() {
        Caller nobody = new Caller(null, java.util.Set.of());
        for (Action a : Action.values()) {
            assertThat(rules.allows(nobody, a, tongHop.id())).as(a.name()).isFalse();
            assertThat(rules.allows(Caller.member(secretary.id()), a, OrganisationId.random())).isFalse();
        }
    }

    @Test
    void membersAreReadableByThemselvesAndByReadersOfTheirCell() {
        assertThat(rules.mayReadMember(Caller.member(plain.id()), plain)).isTrue();
        assertThat(rules.mayReadMember(Caller.member(secretary.id()), plain)).isTrue();
        assertThat(rules.mayReadMember(Caller.member(secretary.id()), assigned)).isFalse();
        assertThat(rules.mayReadMember(Caller.member(standing.id()), plain)).isTrue();
    }
}
