package vn.ktgs.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Stage;
import vn.ktgs.activity.StageRecord;
import vn.ktgs.common.ConflictException;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.testing.contract.ActivitiesContract.ActivityTestData;
import vn.ktgs.testing.contract.PlanTestData;
import vn.ktgs.testing.contract.TestData;

/** Bulk loading stores exactly what a save of each value would, all or nothing per call. */
class BulkLoadTest extends DatabaseTest {

    @Test
    void loadsManyAggregatesThatReadBackAsSaved() throws Exception {
        List<Organisation> cells = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            Organisation cell = TestData.organisation(String.format("C-%04d", i), "Chi bộ số " + i + " – Ưng Ấn",
                    OrganisationKind.SUBORDINATE_CELL, world.committee.id());
            cells.add(cell);
            members.add(TestData.member(String.format("M-%04d", i), "Đảng viên Nguyễn Thị Ưng " + i, cell.id()));
        }
        jdbc.bulk().organisations(cells);
        jdbc.bulk().members(members);
        List<Plan> plans = List.of(PlanTestData.adopted(
                PlanTestData.draft(world.cellA, 2025, List.of(PlanTestData.supervisionItem(world, 2025))),
                LocalDate.of(2025, 1, 9), List.of(PlanTestData.supervisionItem(world, 2025)), null));
        Plan plan = new Plan(plans.get(0).id(), plans.get(0).organisation(), 2025, plans.get(0).title(), List.of(),
                plans.get(0).revisions(), 1);
        jdbc.bulk().plans(List.of(plan));
        Activity withNotes = ActivityTestData.concluded(world, LocalDate.of(2025, 3, 1));
        Activity bare = bareConclusion(ActivityTestData.concluded(world, LocalDate.of(2025, 3, 2)));
        Activity open = ActivityTestData.opened(world, plan, LocalDate.of(2025, 5, 5));
        jdbc.bulk().activities(List.of(bare, open, withNotes));

        assertThat(ports.organisations().children(world.committee.id())).hasSize(1202);
        assertThat(ports.organisations().find(cells.get(777).id())).contains(cells.get(777));
        assertThat(ports.members().ofOrganisation(cells.get(5).id())).containsExactly(members.get(5));
        assertThat(ports.plans().find(plan.id())).contains(plan);
        assertThat(ports.activities().ofOrganisation(world.cellA.id())).containsExactly(withNotes, bare, open);
        assertThat(count("audit")).isEqualTo(4 + 3 + 1 + 1200 + 1200 + 1 + 3);
    }

    @Test
    void keepsTextThatCopyMustEscapeByteForByte() throws Exception {
        String awkward = "Tab\there, line\nbreak, return\r, back\\slash, \\N, \\t, Ưng Ấn Đức Hằng Ổn Ẩn";
        Member member = TestData.member("M-ESC", awkward, world.cellA.id());
        Member blank = TestData.member("M-BLANK", "", world.cellA.id());

        jdbc.bulk().members(List.of(member, blank));

        assertThat(ports.members().find(member.id())).contains(member);
        assertThat(ports.members().find(blank.id())).contains(blank);
        assertThat(jdbc.auditTrail("Member", member.id().value()).get(0).after()).contains("back\\\\slash");
    }

    @Test
    void refusesAConclusionPartAddedLaterToABulkLoadedConcludedRecord() {
        Activity concluded = ActivityTestData.concluded(world, LocalDate.of(2025, 3, 1));
        jdbc.bulk().activities(List.of(concluded));

        assertThatThrownBy(() -> db.sql("INSERT INTO \"ktgs\".ktgs_conclusion_note (activity_id, kind, seq, "
                + "note_text) VALUES ('" + concluded.id().value() + "', 'STRENGTH', 99, 'thêm sau')"))
                .hasMessageContaining("ktgs-immutable");
        assertThat(ports.activities().find(concluded.id())).contains(concluded);
    }

    @Test
    void storesNothingOfACallWithATakenId() throws Exception {
        Organisation fresh = TestData.organisation("N-1", "Chi bộ mới", OrganisationKind.GRASSROOTS_CELL,
                world.bloc.id());

        assertThatThrownBy(() -> jdbc.bulk().organisations(List.of(fresh, world.cellA)))
                .isInstanceOf(ConflictException.class);
        assertThat(ports.organisations().find(fresh.id())).isEmpty();
        assertThatThrownBy(() -> jdbc.bulk().organisations(List.of(new Organisation(fresh.id(), "N-2", "x",
                OrganisationKind.GRASSROOTS_CELL, null, LocalDate.of(2020, 1, 1), List.of(), 2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(count("organisation")).isEqualTo(4);
    }

    /** The same record concluded with no strength, shortcoming or violation. */
    private static Activity bareConclusion(Activity a) {
        Conclusion c = new Conclusion(a.conclusion().concludedOn(), List.of(), List.of(), List.of(), "BB-02");
        List<StageRecord> stages = a.stages().stream().filter(s -> s.stage() != Stage.FOLLOW_UP).toList();
        return new Activity(ActivityId.random(), a.organisation(), null, null, a.kind(), a.mode(), a.targets(),
                a.subject(), a.responsible(), stages, c, List.of(), List.of(), List.of(), null, 1);
    }
}
