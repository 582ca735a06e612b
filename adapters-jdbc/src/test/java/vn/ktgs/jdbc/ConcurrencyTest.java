package vn.ktgs.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.DateRange;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.testing.contract.PlanTestData;

/**
 * Two writers update the same plan at the same moment, round after round: exactly one wins each round, the other
 * gets the conflict, and the stored plan is the winner's, whole (no update lost, no rows of the loser mixed in).
 */
class ConcurrencyTest extends DatabaseTest {

    private static final int ROUNDS = 30;

    @Test
    void exactlyOneOfTwoWritersWinsEachRoundAndNoUpdateIsLost() throws Exception {
        Plan plan = PlanTestData.draft(world.cellA, 2025, List.of(PlanTestData.supervisionItem(world, 2025)));
        ports.plans().save(plan);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                Plan current = ports.plans().find(plan.id()).orElseThrow();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Optional<Plan>>> writes = new ArrayList<>();
                for (int writer = 1; writer <= 2; writer++) {
                    writes.add(threads.submit(write(current, writer, round, start)));
                }
                List<Plan> winners = new ArrayList<>();
                for (Future<Optional<Plan>> w : writes) {
                    w.get(30, TimeUnit.SECONDS).ifPresent(winners::add);
                }

                assertThat(winners).as("round %d", round).hasSize(1);
                Plan stored = ports.plans().find(plan.id()).orElseThrow();
                assertThat(stored).isEqualTo(winners.get(0));
                assertThat(stored.version()).isEqualTo(round + 1L);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.auditTrail("Plan", plan.id().value())).extracting(AuditEntry::version)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, ROUNDS + 1).boxed().toList());
    }

    /** Writer {@code w}'s next version: a new title and new items; empty when it lost the round. */
    private Callable<Optional<Plan>> write(Plan current, int w, int round, CyclicBarrier start) {
        PlanItem base = PlanTestData.supervisionItem(world, 2025);
        List<PlanItem> items = new ArrayList<>();
        for (int i = 0; i <= w; i++) {
            items.add(new PlanItem(PlanItemId.random(), base.kind(), base.mode(), base.targets(), base.focus(),
                    base.politicalTask(), "Người viết " + w + ", vòng " + round + ", mục " + i,
                    DateRange.of(LocalDate.of(2025, 1 + i, 1), LocalDate.of(2025, 1 + i, 28)), base.responsible(),
                    base.team()));
        }
        Plan mine = new Plan(current.id(), current.organisation(), current.year(),
                "Kế hoạch – người viết " + w + ", vòng " + round, items, List.of(), current.version() + 1);
        return () -> {
            start.await(10, TimeUnit.SECONDS);
            try {
                ports.plans().save(mine);
                return Optional.of(mine);
            } catch (ConflictException e) {
                return Optional.empty();
            }
        };
    }
}
