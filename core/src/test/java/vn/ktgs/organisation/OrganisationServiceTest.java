package vn.ktgs.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.OrganisationCommands.Appoint;
import vn.ktgs.organisation.OrganisationCommands.Assign;
import vn.ktgs.organisation.OrganisationCommands.Enrol;
import vn.ktgs.organisation.OrganisationCommands.Leave;
import vn.ktgs.organisation.OrganisationCommands.RegisterMember;
import vn.ktgs.organisation.OrganisationCommands.RegisterOrganisation;
import vn.ktgs.testing.TestValidation;

class OrganisationServiceTest {

    private final InMemoryOrganisations organisations = new InMemoryOrganisations();
    private final InMemoryMembers members = new InMemoryMembers();
    private final OrganisationService service =
            new OrganisationService(organisations, members, TestValidation.validator());
    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    private Organisation org(String code, String name, OrganisationKind kind, Organisation parent) {
        return service.register(new RegisterOrganisation(code, name, kind, parent == null ? null : parent.id(),
                LocalDate.of(2020, 1, 1))).orThrow();
    }

    private Member member(String code, String name, Organisation cell, LocalDate from) {
        Member m = service.registerMember(new RegisterMember(code, name)).orThrow();
        return service.enrol(new Enrol(m.id(), cell.id(), from, MembershipStatus.FULL)).orThrow();
    }

    @Test
    void answersACellsMembershipOnAGivenDay() {
        Organisation bloc = org("DUK", "Đảng ủy Khối các cơ quan tỉnh", OrganisationKind.BLOC_COMMITTEE, null);
        Organisation office = org("VP", "Đảng bộ Văn phòng UBND tỉnh", OrganisationKind.GRASSROOTS_COMMITTEE, bloc);
        Organisation cell = org("CB1", "Chi bộ Phòng Tổng hợp", OrganisationKind.SUBORDINATE_CELL, office);
        Member an = member("DV1", "Nguyễn Văn An", cell, LocalDate.of(2024, 3, 1));
        Member binh = member("DV2", "Trần Thị Bình", cell, LocalDate.of(2025, 6, 1));
        service.leave(new Leave(an.id(), cell.id(), LocalDate.of(2025, 8, 31))).orThrow();

        assertThat(service.membersOn(cell.id(), JAN_1)).extracting(Member::code).containsExactly("DV1");
        assertThat(service.membersOn(cell.id(), LocalDate.of(2025, 7, 1))).extracting(Member::code)
                .containsExactly("DV1", "DV2");
        assertThat(service.membersOn(cell.id(), LocalDate.of(2025, 9, 1))).extracting(Member::code)
                .containsExactly("DV2");
        assertThat(service.membersOn(office.id(), LocalDate.of(2025, 7, 1))).hasSize(2);
        assertThat(service.membersOn(bloc.id(), LocalDate.of(2025, 7, 1))).hasSize(2);
        assertThat(binh.fullName()).isEqualTo("Trần Thị Bình");
    }

    @Test
    void rejectsACellUnderACellAndReportsEveryViolationAtOnce() {
        Organisation bloc = org("DUK", "Đảng ủy Khối", OrganisationKind.BLOC_COMMITTEE, null);
        Organisation office = org("VP", "Đảng bộ Văn phòng", OrganisationKind.GRASSROOTS_COMMITTEE, bloc);
        Organisation cell = org("CB1", "Chi bộ 1", OrganisationKind.SUBORDINATE_CELL, office);

        Outcome<Organisation> wrong = service.register(new RegisterOrganisation("CB1", "Chi bộ con",
                OrganisationKind.SUBORDINATE_CELL, cell.id(), JAN_1));
        Outcome<Organisation> blank = service.register(new RegisterOrganisation(" ", "", null, null, null));

        assertThat(wrong.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("code", "ktgs.organisation.code.duplicate"),
                org.assertj.core.groups.Tuple.tuple("parent", "ktgs.organisation.parent.kind"));
        assertThat(blank.violations()).extracting(Violation::path)
                .contains("code", "name", "kind", "established");
        assertThat(organisations.all()).hasSize(3);
    }

    @Test
    void messagesAreVietnameseByDefaultAndEnglishOnRequest() {
        Organisation bloc = org("DUK", "Đảng ủy Khối", OrganisationKind.BLOC_COMMITTEE, null);
        Violation v = service.register(new RegisterOrganisation("CB9", "Chi bộ",
                OrganisationKind.SUBORDINATE_CELL, bloc.id(), JAN_1)).violations().get(0);

        assertThat(v.message(Locale.forLanguageTag("vi")))
                .isEqualTo("tổ chức loại Chi bộ trực thuộc không thể trực thuộc tổ chức loại Đảng ủy Khối");
        assertThat(v.message(Locale.ENGLISH))
                .isEqualTo("an organisation of kind Subordinate cell cannot sit under one of kind Agencies bloc committee");
    }

    @Test
    void assignsOnlyAnExecutiveCommitteeMemberOfACommitteeAboveTheCell() {
        Organisation bloc = org("DUK", "Đảng ủy Khối", OrganisationKind.BLOC_COMMITTEE, null);
        Organisation office = org("VP", "Đảng bộ Văn phòng", OrganisationKind.GRASSROOTS_COMMITTEE, bloc);
        Organisation cell1 = org("CB1", "Chi bộ 1", OrganisationKind.SUBORDINATE_CELL, office);
        Organisation cell2 = org("CB2", "Chi bộ 2", OrganisationKind.SUBORDINATE_CELL, office);
        Member lan = member("DV1", "Lê Thị Lan", cell1, LocalDate.of(2020, 1, 1));
        Member hung = member("DV2", "Phạm Hùng", cell2, LocalDate.of(2020, 1, 1));
        service.appoint(new Appoint(lan.id(), office.id(), RoleKind.EXECUTIVE_COMMITTEE_MEMBER,
                LocalDate.of(2020, 10, 1), null)).orThrow();

        Outcome<Organisation> ok = service.assign(new Assign(lan.id(), cell2.id(), JAN_1, null));
        Outcome<Organisation> notBch = service.assign(new Assign(hung.id(), cell1.id(), JAN_1, null));

        assertThat(ok.orThrow().assignedOn(JAN_1)).containsExactly(lan.id());
        assertThat(notBch.violations()).extracting(Violation::rule).containsExactly("ktgs.assignment.notExecutive");
        assertThat(service.organisation(cell1.id()).assignments()).isEmpty();
    }

    @Test
    void allowsOneSecretaryAtATime() {
        Organisation bloc = org("DUK", "Đảng ủy Khối", OrganisationKind.BLOC_COMMITTEE, null);
        Organisation office = org("VP", "Đảng bộ Văn phòng", OrganisationKind.GRASSROOTS_COMMITTEE, bloc);
        Organisation cell = org("CB1", "Chi bộ 1", OrganisationKind.SUBORDINATE_CELL, office);
        Member a = member("DV1", "Đỗ Văn Ánh", cell, LocalDate.of(2020, 1, 1));
        Member b = member("DV2", "Vũ Thị Bích", cell, LocalDate.of(2020, 1, 1));
        service.appoint(new Appoint(a.id(), cell.id(), RoleKind.SECRETARY, JAN_1, null)).orThrow();

        Outcome<Member> second = service.appoint(new Appoint(b.id(), cell.id(), RoleKind.SECRETARY,
                LocalDate.of(2025, 5, 1), null));
        Outcome<Member> bchInCell = service.appoint(new Appoint(b.id(), cell.id(),
                RoleKind.EXECUTIVE_COMMITTEE_MEMBER, JAN_1, null));

        assertThat(second.violations()).extracting(Violation::rule).containsExactly("ktgs.role.taken");
        assertThat(bchInCell.violations()).extracting(Violation::rule).containsExactly("ktgs.role.notInKind");
        assertThat(service.secretaryOn(cell.id(), LocalDate.of(2025, 6, 1))).map(Member::code).hasValue("DV1");
        assertThat(List.of(service.member(b.id()).roles())).containsExactly(List.of());
    }
}
