package vn.ktgs.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.Ports;
import vn.ktgs.activity.Activity;
import vn.ktgs.plan.Plan;
import vn.ktgs.testing.contract.ActivitiesContract.ActivityTestData;
import vn.ktgs.testing.contract.PlanTestData;

/**
 * The connection fails in the middle of a multi-table save, at every statement in turn: nothing partial is stored
 * (no row of the aggregate, no audit row), and the next command works.
 */
class FaultInjectionTest extends DatabaseTest {

    private Ports failing(FailingDataSource f) {
        return JdbcPorts.create(f.dataSource(), JdbcOptions.builder(Actor.fixed(TestDatabase.ACTOR),
                TestDatabase.CLOCK).build());
    }

    @Test
    void keepsAPlanAsItWasWhicheverStatementOfItsAdoptionFails() throws Exception {
        FailingDataSource faulty = new FailingDataSource(db.dataSource());
        Ports broken = failing(faulty);
        Plan plan = PlanTestData.draft(world.cellA, 2025, List.of(PlanTestData.supervisionItem(world, 2025),
                PlanTestData.organisationItem(world, 2025)));
        broken.plans().save(plan);
        Plan next = PlanTestData.adopted(plan, LocalDate.of(2025, 1, 20), plan.draftItems(), null);
        Plan twin = PlanTestData.draft(world.cellB, 2025, plan.draftItems());
        broken.plans().save(twin);
        faulty.failAt(0);
        broken.plans().save(PlanTestData.adopted(twin, LocalDate.of(2025, 1, 20), twin.draftItems(), null));
        int statements = faulty.executed();
        long planRows = count("plan_item") + count("plan_item_target") + count("plan_item_team")
                + count("plan_item_focus") + count("plan_revision");
        long audit = count("audit");
        assertThat(statements).isGreaterThanOrEqualTo(6);

        for (int n = 1; n <= statements; n++) {
            faulty.failAt(n);
            assertThatThrownBy(() -> broken.plans().save(next)).as("statement %d", n)
                    .isInstanceOf(KtgsDataAccessException.class);

            assertThat(ports.plans().find(plan.id())).as("statement %d", n).contains(plan);
            assertThat(count("plan_item") + count("plan_item_target") + count("plan_item_team")
                    + count("plan_item_focus") + count("plan_revision")).isEqualTo(planRows);
            assertThat(count("audit")).isEqualTo(audit);
        }
        faulty.failAt(0);
        broken.plans().save(next);
        assertThat(ports.plans().find(plan.id())).contains(next);
    }

    @Test
    void storesNothingOfANewConcludedRecordWhicheverStatementFails() throws Exception {
        FailingDataSource faulty = new FailingDataSource(db.dataSource());
        Ports broken = failing(faulty);
        Activity a = ActivityTestData.concluded(world, LocalDate.of(2025, 3, 1));
        faulty.failAt(0);
        broken.activities().save(a);
        int statements = faulty.executed();
        Activity fresh = ActivityTestData.concluded(world, LocalDate.of(2025, 4, 1));

        for (int n = 1; n <= statements; n++) {
            faulty.failAt(n);
            assertThatThrownBy(() -> broken.activities().save(fresh)).as("statement %d", n)
                    .isInstanceOf(KtgsDataAccessException.class);

            assertThat(ports.activities().find(fresh.id())).isEmpty();
            assertThat(scalar("SELECT COUNT(*) FROM \"ktgs\".ktgs_activity_stage WHERE activity_id = '"
                    + fresh.id() + "'")).isEqualTo(0L);
            assertThat(jdbc.auditTrail("Activity", fresh.id().value())).isEmpty();
        }
        faulty.failAt(0);
        broken.activities().save(fresh);
        assertThat(ports.activities().find(fresh.id())).contains(fresh);
        assertThat(ports.activities().find(a.id())).contains(a);
    }
}
