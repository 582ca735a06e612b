package vn.ktgs.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.ConflictException;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanStatus;

/** The contract of {@link vn.ktgs.plan.Plans}. */
public abstract class PlansContract extends PortsContract {

    @Test
    public void findsADraftWithEveryFieldOfItsItems() {
        Plan draft = PlanTestData.draft(world.cellA, 2025, List.of(PlanTestData.supervisionItem(world, 2025),
                PlanTestData.organisationItem(world, 2025)));
        ports.plans().save(draft);

        assertThat(ports.plans().find(draft.id())).contains(draft);
        assertThat(ports.plans().find(PlanId.random())).isEmpty();
    }

    @Test
    public void keepsEveryAdoptedRevisionInOrder() {
        PlanItem item = PlanTestData.supervisionItem(world, 2025);
        Plan draft = PlanTestData.draft(world.cellA, 2025, List.of(item));
        Plan adopted = PlanTestData.adopted(draft, LocalDate.of(2025, 1, 15), List.of(item), null);
        Plan amended = PlanTestData.adopted(adopted, LocalDate.of(2025, 6, 2),
                List.of(item, PlanTestData.organisationItem(world, 2025)), "Bổ sung nội dung theo chỉ đạo của Đảng ủy");
        ports.plans().save(draft);
        ports.plans().save(adopted);
        ports.plans().save(amended);

        Plan found = ports.plans().find(draft.id()).orElseThrow();
        assertThat(found).isEqualTo(amended);
        assertThat(found.status()).isEqualTo(PlanStatus.AMENDED);
        assertThat(found.revision(1).orElseThrow().items()).containsExactly(item);
        assertThat(found.draftItems()).isEmpty();
    }

    @Test
    public void findsThePlanOfAnOrganisationForAYear() {
        Plan p2024 = PlanTestData.draft(world.cellA, 2024, List.of());
        Plan p2025 = PlanTestData.draft(world.cellA, 2025, List.of(PlanTestData.supervisionItem(world, 2025)));
        ports.plans().save(p2024);
        ports.plans().save(p2025);

        assertThat(ports.plans().findFor(world.cellA.id(), 2025)).contains(p2025);
        assertThat(ports.plans().findFor(world.cellA.id(), 2024)).contains(p2024);
        assertThat(ports.plans().findFor(world.cellA.id(), 2026)).isEmpty();
        assertThat(ports.plans().findFor(world.cellB.id(), 2025)).isEmpty();
    }

    @Test
    public void listsTheYearsPlansOrderedByOrganisationId() {
        Organisation high = new Organisation(new OrganisationId(new UUID(0x7fff_0000_0000_0000L, 1)), "C-HIGH",
                "Chi bộ cao", OrganisationKind.SUBORDINATE_CELL, world.committee.id(), LocalDate.of(2020, 1, 1),
                List.of(), 1);
        Organisation negative = new Organisation(new OrganisationId(new UUID(0x8000_0000_0000_0000L, 1)), "C-NEG",
                "Chi bộ âm", OrganisationKind.SUBORDINATE_CELL, world.committee.id(), LocalDate.of(2020, 1, 1),
                List.of(), 1);
        ports.organisations().save(high);
        ports.organisations().save(negative);
        Plan a = PlanTestData.draft(high, 2025, List.of());
        Plan b = PlanTestData.draft(negative, 2025, List.of());
        Plan c = PlanTestData.draft(world.cellA, 2025, List.of());
        Plan other = PlanTestData.draft(world.cellB, 2024, List.of());
        for (Plan p : List.of(a, other, c, b)) {
            ports.plans().save(p);
        }

        List<Plan> expected = new java.util.ArrayList<>(List.of(a, b, c));
        expected.sort(java.util.Comparator.comparing(p -> p.organisation().value()));
        assertThat(ports.plans().ofYear(2025)).containsExactlyElementsOf(expected);
        assertThat(ports.plans().ofYear(2025).get(0)).isEqualTo(b);
        assertThat(ports.plans().ofYear(2023)).isEmpty();
    }

    @Test
    public void pagesTheYearsPlansInTheirOrder() {
        long[] highs = {5, -5, 0x7fff_0000_0000_0000L, Long.MIN_VALUE, 1, -1};
        for (int i = 0; i < highs.length; i++) {
            Organisation cell = new Organisation(new OrganisationId(new UUID(highs[i], 9)), "C-" + i, "Chi bộ " + i,
                    OrganisationKind.SUBORDINATE_CELL, world.committee.id(), LocalDate.of(2020, 1, 1), List.of(), 1);
            ports.organisations().save(cell);
            ports.plans().save(PlanTestData.draft(cell, 2025, List.of()));
        }
        ports.plans().save(PlanTestData.draft(world.cellA, 2025, List.of()));
        ports.plans().save(PlanTestData.draft(world.cellB, 2024, List.of()));
        List<Plan> ofYear = ports.plans().ofYear(2025);
        assertThat(ofYear).hasSize(7);

        PageChecks.pagesMatchTheFullList(r -> ports.plans().ofYear(2025, r), ofYear);
        PageChecks.pagesMatchTheFullList(r -> ports.plans().ofYear(2023, r), List.of());
    }

    @Test
    public void rejectsASecondPlanForTheSameOrganisationAndYear() {
        Plan first = PlanTestData.draft(world.cellA, 2025, List.of());
        Plan second = PlanTestData.draft(world.cellA, 2025, List.of(PlanTestData.supervisionItem(world, 2025)));
        ports.plans().save(first);

        assertThatThrownBy(() -> ports.plans().save(second)).isInstanceOf(ConflictException.class);
        assertThat(ports.plans().find(second.id())).isEmpty();
        assertThat(ports.plans().findFor(world.cellA.id(), 2025)).contains(first);
    }

    @Test
    public void rejectsAStaleVersionAndKeepsTheStoredOne() {
        Plan draft = PlanTestData.draft(world.cellA, 2025, List.of(PlanTestData.supervisionItem(world, 2025)));
        ports.plans().save(draft);
        Plan mine = PlanTestData.retitled(draft, "Của tôi");
        Plan theirs = PlanTestData.adopted(draft, LocalDate.of(2025, 1, 10), draft.draftItems(), null);
        ports.plans().save(mine);

        assertThatThrownBy(() -> ports.plans().save(theirs)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.actualVersion()).isEqualTo(2);
        });
        assertThat(ports.plans().find(draft.id())).contains(mine);
    }

    @Test
    public void storesSqlMetacharactersAndLongTextVerbatim() {
        PlanItem base = PlanTestData.supervisionItem(world, 2025);
        PlanItem tricky = new PlanItem(base.id(), base.kind(), base.mode(), base.targets(), List.of("x'); --"),
                TestData.SQL_METACHARACTERS, TestData.longText(30_000), base.window(), base.responsible(),
                base.team());
        Plan draft = PlanTestData.draft(world.cellA, 2025, List.of(tricky));
        ports.plans().save(draft);

        assertThat(ports.plans().find(draft.id())).contains(draft);
    }
}
