package vn.ktgs.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.RoleKind;

/** The contract of {@link vn.ktgs.organisation.Members}. */
public abstract class MembersContract extends PortsContract {

    @Test
    public void pagesTheMembersOfAnOrganisationInTheirOrder() {
        for (String code : List.of("DV-0009", "DV-0005", "DV-Đ01", "DV-0007", "DV-0006")) {
            ports.members().save(TestData.member(code, "Đảng viên " + code, world.cellA.id()));
        }
        ports.members().save(new Member(MemberId.random(), "DV-0008", "Trần Quốc Bảo", List.of(),
                List.of(new Member.Role(world.cellA.id(), RoleKind.DEPUTY_SECRETARY,
                        DateRange.from(LocalDate.of(2021, 1, 1)))), 1));
        List<Member> ofCellA = ports.members().ofOrganisation(world.cellA.id());
        assertThat(ofCellA).hasSize(8);

        PageChecks.pagesMatchTheFullList(r -> ports.members().ofOrganisation(world.cellA.id(), r), ofCellA);
        PageChecks.pagesMatchTheFullList(r -> ports.members().ofOrganisation(world.bloc.id(), r), List.of());
    }

    @Test
    public void findsWhatWasSavedWithMembershipsAndRoles() {
        Member m = new Member(MemberId.random(), "DV-0100", TestData.VIETNAMESE_LETTERS,
                List.of(new Member.Membership(world.cellB.id(), DateRange.of(LocalDate.of(2019, 1, 1),
                                LocalDate.of(2019, 12, 31)), MembershipStatus.PROBATIONARY),
                        new Member.Membership(world.cellA.id(), DateRange.from(LocalDate.of(2020, 1, 1)),
                                MembershipStatus.FULL)),
                List.of(new Member.Role(world.cellA.id(), RoleKind.DEPUTY_SECRETARY,
                                DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30))),
                        new Member.Role(world.committee.id(), RoleKind.EXECUTIVE_COMMITTEE_MEMBER,
                                DateRange.from(LocalDate.of(2022, 7, 1)))),
                1);
        ports.members().save(m);

        assertThat(ports.members().find(m.id())).contains(m);
        assertThat(ports.members().findByCode("DV-0100")).contains(m);
        assertThat(ports.members().find(world.ung.id())).contains(world.ung);
    }

    @Test
    public void findsNothingForAnUnknownIdOrCode() {
        assertThat(ports.members().find(MemberId.random())).isEmpty();
        assertThat(ports.members().findByCode("DV-9999")).isEmpty();
    }

    @Test
    public void listsTheMembersOfAnOrganisationByMembershipOrRoleOrderedByCode() {
        Member bch = new Member(MemberId.random(), "DV-0000", "Trần Quốc Bảo", List.of(),
                List.of(new Member.Role(world.committee.id(), RoleKind.EXECUTIVE_COMMITTEE_MEMBER,
                        DateRange.from(LocalDate.of(2020, 10, 1)))), 1);
        Member formerlyA = new Member(MemberId.random(), "DV-0004", "Phạm Thị Hồng",
                List.of(new Member.Membership(world.cellA.id(), DateRange.of(LocalDate.of(2016, 1, 1),
                                LocalDate.of(2018, 1, 1)), MembershipStatus.FULL),
                        new Member.Membership(world.cellB.id(), DateRange.from(LocalDate.of(2018, 1, 2)),
                                MembershipStatus.FULL)), List.of(), 1);
        ports.members().save(formerlyA);
        ports.members().save(bch);

        assertThat(ports.members().ofOrganisation(world.cellA.id()))
                .containsExactly(world.ung, world.an, formerlyA);
        assertThat(ports.members().ofOrganisation(world.cellB.id())).containsExactly(world.duc, formerlyA);
        assertThat(ports.members().ofOrganisation(world.committee.id())).containsExactly(bch);
        assertThat(ports.members().ofOrganisation(world.bloc.id())).isEmpty();
    }

    /** Member codes of one organisation in Vietnamese alphabetical order, in the list and in every page. */
    @Test
    public void listsAndPagesMemberCodesInVietnameseAlphabeticalOrder() {
        for (String code : List.of("ĐV-Ư", "ĐV-E", "ĐV-Đ", "ĐV-D", "ĐV-Ơ", "ĐV-Ô", "ĐV-O")) {
            ports.members().save(TestData.member(code, "Đảng viên " + code, world.cellB.id()));
        }
        List<Member> members = ports.members().ofOrganisation(world.cellB.id());

        assertThat(members).extracting(Member::code).filteredOn(c -> c.startsWith("ĐV-"))
                .containsExactly("ĐV-D", "ĐV-Đ", "ĐV-E", "ĐV-O", "ĐV-Ô", "ĐV-Ơ", "ĐV-Ư");
        assertThat(members).extracting(Member::code).isSortedAccordingTo(vn.ktgs.common.VietnameseOrder.texts());
        PageChecks.pagesMatchTheFullList(r -> ports.members().ofOrganisation(world.cellB.id(), r), members);
    }

    @Test
    public void storesTheNextVersionReplacingItsLists() {
        Member moved = new Member(world.duc.id(), world.duc.code(), "Lê Văn Đức (Phòng Tổng hợp)",
                List.of(new Member.Membership(world.cellB.id(), DateRange.of(LocalDate.of(2015, 3, 2),
                                LocalDate.of(2024, 12, 31)), MembershipStatus.FULL),
                        new Member.Membership(world.cellA.id(), DateRange.from(LocalDate.of(2025, 1, 1)),
                                MembershipStatus.FULL)),
                List.of(new Member.Role(world.cellA.id(), RoleKind.CELL_COMMITTEE_MEMBER,
                        DateRange.from(LocalDate.of(2025, 1, 1)))), 2);
        ports.members().save(moved);
        Member dropped = new Member(moved.id(), moved.code(), moved.fullName(), moved.memberships(), List.of(), 3);
        ports.members().save(dropped);

        assertThat(ports.members().find(world.duc.id())).contains(dropped);
        assertThat(ports.members().ofOrganisation(world.cellA.id())).contains(dropped);
    }

    @Test
    public void rejectsAStaleVersionAndKeepsTheStoredOne() {
        Member first = new Member(world.an.id(), world.an.code(), "Tôn Thất Ấn (1)", world.an.memberships(),
                List.of(), 2);
        Member rival = new Member(world.an.id(), world.an.code(), "Tôn Thất Ấn (2)", List.of(), List.of(), 2);
        ports.members().save(first);

        assertThatThrownBy(() -> ports.members().save(rival)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.actualVersion()).isEqualTo(2);
        });
        assertThatThrownBy(() -> ports.members().save(world.ung)).isInstanceOf(ConflictException.class);
        assertThat(ports.members().find(world.an.id())).contains(first);
        assertThat(ports.members().find(world.ung.id())).contains(world.ung);
    }

    @Test
    public void storesSqlMetacharactersAndLongTextVerbatim() {
        String longName = TestData.longText(10_000);
        Member m = TestData.member("x' OR '1'='1", TestData.SQL_METACHARACTERS + longName, world.cellA.id());
        ports.members().save(m);

        assertThat(ports.members().findByCode("x' OR '1'='1")).contains(m);
        assertThat(ports.members().findByCode("x' OR '1'='2")).isEmpty();
    }
}
