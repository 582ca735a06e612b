package vn.ktgs.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationKind;

/** The contract of {@link vn.ktgs.organisation.Organisations}. */
public abstract class OrganisationsContract extends PortsContract {

    @Test
    public void pagesTheChildrenAndEveryOrganisationInTheirOrder() {
        for (String code : List.of("ĐUK-VP-05", "ĐUK-VP-03", "ĐUK-VP-Ư1", "ĐUK-VP-A", "ĐUK-VP-04", "ĐUK-VP-Ấ")) {
            ports.organisations().save(TestData.organisation(code, "Chi bộ " + code,
                    OrganisationKind.SUBORDINATE_CELL, world.committee.id()));
        }
        List<Organisation> children = ports.organisations().children(world.committee.id());
        assertThat(children).hasSize(8);

        PageChecks.pagesMatchTheFullList(r -> ports.organisations().children(world.committee.id(), r), children);
        PageChecks.pagesMatchTheFullList(r -> ports.organisations().all(r), ports.organisations().all());
        PageChecks.pagesMatchTheFullList(r -> ports.organisations().children(world.cellA.id(), r), List.of());
    }

    /**
     * Codes come out in Vietnamese alphabetical order (a ă â … d đ e … o ô ơ … u ư), not in Unicode order, which
     * puts every letter with a mark after Z; in the full list and in every page, on every implementation.
     */
    @Test
    public void listsAndPagesCodesInVietnameseAlphabeticalOrder() {
        List<String> shuffled = List.of("CB-Ư", "CB-E", "CB-Â", "CB-O", "CB-Đ", "CB-Z", "CB-Ơ", "CB-A", "CB-U",
                "CB-Ô", "CB-D", "CB-Ă", "CB-Đa", "CB-Da");
        Organisation other = TestData.organisation("CB", "Đảng bộ khác", OrganisationKind.GRASSROOTS_COMMITTEE,
                world.bloc.id());
        ports.organisations().save(other);
        for (String code : shuffled) {
            ports.organisations().save(TestData.organisation(code, "Chi bộ " + code,
                    OrganisationKind.SUBORDINATE_CELL, other.id()));
        }
        List<Organisation> children = ports.organisations().children(other.id());

        assertThat(children).extracting(Organisation::code).containsExactly("CB-A", "CB-Ă", "CB-Â", "CB-D", "CB-Da",
                "CB-Đ", "CB-Đa", "CB-E", "CB-O", "CB-Ô", "CB-Ơ", "CB-U", "CB-Ư", "CB-Z");
        PageChecks.pagesMatchTheFullList(r -> ports.organisations().children(other.id(), r), children);
        PageChecks.pagesMatchTheFullList(r -> ports.organisations().all(r), ports.organisations().all());
        assertThat(ports.organisations().all()).extracting(Organisation::code)
                .isSortedAccordingTo(vn.ktgs.common.VietnameseOrder.texts());
    }

    @Test
    public void findsWhatWasSavedWithEveryField() {
        Organisation cell = new Organisation(OrganisationId.random(), "ĐUK-VP-03", TestData.VIETNAMESE_LETTERS,
                OrganisationKind.SUBORDINATE_CELL, world.committee.id(), LocalDate.of(2021, 6, 30),
                List.of(new Organisation.Assignment(world.ung.id(), DateRange.of(LocalDate.of(2021, 7, 1),
                                LocalDate.of(2022, 12, 31))),
                        new Organisation.Assignment(world.duc.id(), DateRange.from(LocalDate.of(2023, 1, 1)))),
                1);
        ports.organisations().save(cell);

        assertThat(ports.organisations().find(cell.id())).contains(cell);
        assertThat(ports.organisations().find(cell.id()).orElseThrow().name()).isEqualTo(TestData.VIETNAMESE_LETTERS);
        assertThat(ports.organisations().find(world.bloc.id()).orElseThrow().parentId()).isEmpty();
    }

    @Test
    public void findsNothingForAnUnknownIdOrCode() {
        assertThat(ports.organisations().find(OrganisationId.random())).isEmpty();
        assertThat(ports.organisations().findByCode("KHÔNG-CÓ")).isEmpty();
    }

    @Test
    public void findsByCodeWithVietnameseLetters() {
        assertThat(ports.organisations().findByCode("ĐUK-VP")).contains(world.committee);
        assertThat(ports.organisations().findByCode("DUK-VP")).isEmpty();
    }

    @Test
    public void listsChildrenAndEverythingOrderedByCode() {
        Organisation late = TestData.organisation("ĐUK-VP-00", "Chi bộ Phòng Quản trị", OrganisationKind.SUBORDINATE_CELL,
                world.committee.id());
        ports.organisations().save(late);

        assertThat(ports.organisations().children(world.committee.id()))
                .containsExactly(late, world.cellA, world.cellB);
        assertThat(ports.organisations().children(world.cellA.id())).isEmpty();
        assertThat(ports.organisations().all())
                .containsExactly(world.bloc, world.committee, late, world.cellA, world.cellB);
    }

    @Test
    public void storesTheNextVersion() {
        Organisation next = next(world.cellA, "Chi bộ Phòng Tổng hợp – Thư ký",
                List.of(new Organisation.Assignment(world.an.id(), DateRange.from(LocalDate.of(2024, 3, 1)))));
        ports.organisations().save(next);

        assertThat(ports.organisations().find(world.cellA.id())).contains(next);
        Organisation third = next(next, next.name(), List.of());
        ports.organisations().save(third);
        assertThat(ports.organisations().find(world.cellA.id())).contains(third);
    }

    @Test
    public void rejectsAStaleVersionAndKeepsTheStoredOne() {
        Organisation first = next(world.cellA, "Chi bộ A", List.of());
        Organisation rival = next(world.cellA, "Chi bộ B", List.of());
        ports.organisations().save(first);

        assertThatThrownBy(() -> ports.organisations().save(rival))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(ports.organisations().find(world.cellA.id())).contains(first);
    }

    @Test
    public void rejectsASecondFirstVersionAndAVersionThatSkipsAhead() {
        assertThatThrownBy(() -> ports.organisations().save(world.cellA)).isInstanceOf(ConflictException.class);
        Organisation skipping = new Organisation(world.cellB.id(), world.cellB.code(), "Nhảy cóc", world.cellB.kind(),
                world.cellB.parent(), world.cellB.established(), List.of(), 3);
        assertThatThrownBy(() -> ports.organisations().save(skipping)).isInstanceOf(ConflictException.class);
        Organisation unknown = new Organisation(OrganisationId.random(), "MỚI", "Chưa có", OrganisationKind.GRASSROOTS_CELL,
                null, LocalDate.of(2020, 1, 1), List.of(), 2);
        assertThatThrownBy(() -> ports.organisations().save(unknown))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.actualVersion()).isEqualTo(-1));

        assertThat(ports.organisations().find(world.cellB.id())).contains(world.cellB);
        assertThat(ports.organisations().find(unknown.id())).isEmpty();
    }

    @Test
    public void storesSqlMetacharactersAndLongTextVerbatim() {
        String longName = TestData.longText(20_000);
        Organisation tricky = TestData.organisation("'; DROP TABLE x; --", TestData.SQL_METACHARACTERS,
                OrganisationKind.GRASSROOTS_CELL, world.bloc.id());
        Organisation big = TestData.organisation("LONG", longName, OrganisationKind.GRASSROOTS_CELL, world.bloc.id());
        ports.organisations().save(tricky);
        ports.organisations().save(big);

        assertThat(ports.organisations().findByCode("'; DROP TABLE x; --")).contains(tricky);
        assertThat(ports.organisations().find(big.id()).orElseThrow().name()).isEqualTo(longName);
        assertThat(ports.organisations().all()).hasSize(6);
    }

    private static Organisation next(Organisation o, String name, List<Organisation.Assignment> assignments) {
        return new Organisation(o.id(), o.code(), name, o.kind(), o.parent(), o.established(), assignments,
                o.version() + 1);
    }
}
