package vn.ktgs.testing.contract;

import java.time.LocalDate;
import java.util.List;
import vn.ktgs.Ports;
import vn.ktgs.common.DateRange;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentId;
import vn.ktgs.document.DocumentNumber;
import vn.ktgs.document.Term;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.organisation.RoleKind;

/**
 * A small organisation tree saved through the ports under test: the bloc committee, the grassroots committee of
 * the Office of the Provincial People's Committee, two of its cells, three members and a resolution.
 */
public final class TestWorld {

    public static final Term TERM = Term.of("2020–2025", LocalDate.of(2020, 10, 1), LocalDate.of(2025, 9, 30));

    public final Organisation bloc;
    public final Organisation committee;
    public final Organisation cellA;
    public final Organisation cellB;
    /** Secretary of cell A. */
    public final Member ung;
    /** Member of cell A. */
    public final Member an;
    /** Member of cell B. */
    public final Member duc;
    /** Resolution 02-NQ/ĐU of the committee. */
    public final Document resolution;

    private TestWorld(Ports ports) {
        bloc = TestData.organisation("ĐUK", "Đảng ủy Khối các cơ quan tỉnh", OrganisationKind.BLOC_COMMITTEE, null);
        committee = TestData.organisation("ĐUK-VP", "Đảng ủy Văn phòng UBND tỉnh",
                OrganisationKind.GRASSROOTS_COMMITTEE, bloc.id());
        cellA = TestData.organisation("ĐUK-VP-01", "Chi bộ Phòng Tổng hợp", OrganisationKind.SUBORDINATE_CELL,
                committee.id());
        cellB = TestData.organisation("ĐUK-VP-02", "Chi bộ Phòng Hành chính – Tổ chức",
                OrganisationKind.SUBORDINATE_CELL, committee.id());
        for (Organisation o : List.of(bloc, committee, cellA, cellB)) {
            ports.organisations().save(o);
        }
        ung = new Member(MemberId.random(), "DV-0001", "Nguyễn Thị Ưng",
                List.of(new Member.Membership(cellA.id(), DateRange.from(LocalDate.of(2010, 5, 19)),
                        MembershipStatus.FULL)),
                List.of(new Member.Role(cellA.id(), RoleKind.SECRETARY, DateRange.from(LocalDate.of(2020, 10, 1)))),
                1);
        an = new Member(MemberId.random(), "DV-0002", "Tôn Thất Ấn",
                List.of(new Member.Membership(cellA.id(), DateRange.of(LocalDate.of(2023, 2, 3),
                        LocalDate.of(2024, 2, 2)), MembershipStatus.PROBATIONARY),
                        new Member.Membership(cellA.id(), DateRange.from(LocalDate.of(2024, 2, 3)),
                                MembershipStatus.FULL)),
                List.of(), 1);
        duc = TestData.member("DV-0003", "Lê Văn Đức", cellB.id());
        for (Member m : List.of(ung, an, duc)) {
            ports.members().save(m);
        }
        resolution = new Document(DocumentId.random(), DocumentNumber.parse("02-NQ/ĐU"), committee.id(),
                LocalDate.of(2024, 9, 20), TERM, "Nghị quyết về nâng cao chất lượng công tác kiểm tra, giám sát",
                null, 1);
        ports.documents().save(resolution);
    }

    /** Saves the world through {@code ports}. */
    public static TestWorld create(Ports ports) {
        return new TestWorld(ports);
    }
}
