package vn.ktgs.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.ktgs.followup.OverdueKey;
import vn.ktgs.followup.OverdueKind;
import vn.ktgs.followup.SentNotice;
import vn.ktgs.report.ReportingPeriod;

/** The contract of {@link vn.ktgs.followup.SentNotices}. */
public abstract class SentNoticesContract extends PortsContract {

    private OverdueKey report() {
        return OverdueKey.of(OverdueKind.REPORT_NOT_SUBMITTED, world.cellA.id(), ReportingPeriod.quarter(2025, 3));
    }

    private OverdueKey notReached() {
        return OverdueKey.of(OverdueKind.MEMBER_NOT_REACHED, world.resolution.id(), world.an.id());
    }

    @Test
    public void recordsANoticeOnceAndFindsItWithItsRecipientsInOrder() {
        SentNotice first = new SentNotice(report(), 1, world.cellA.id(), List.of(world.ung.id(), world.an.id()),
                LocalDate.of(2025, 10, 11));

        assertThat(ports.sentNotices().record(first)).isTrue();
        assertThat(ports.sentNotices().record(new SentNotice(report(), 1, world.cellA.id(), List.of(world.duc.id()),
                LocalDate.of(2025, 10, 12)))).as("the same item and step again").isFalse();

        assertThat(ports.sentNotices().ofItem(report())).containsExactly(first);
        assertThat(ports.sentNotices().ofItem(notReached())).isEmpty();
    }

    @Test
    public void keepsEachStepOfAnItemAndTheHighestStepOfEachItem() {
        SentNotice one = new SentNotice(report(), 1, world.cellA.id(), List.of(world.ung.id()),
                LocalDate.of(2025, 10, 11));
        SentNotice three = new SentNotice(report(), 3, world.cellA.id(), List.of(world.duc.id()),
                LocalDate.of(2025, 11, 9));
        SentNotice other = new SentNotice(notReached(), 2, world.cellA.id(), List.of(), LocalDate.of(2025, 11, 9));
        for (SentNotice n : List.of(three, other, one)) {
            assertThat(ports.sentNotices().record(n)).isTrue();
        }
        OverdueKey never = OverdueKey.of(OverdueKind.ITEM_PAST_WINDOW, UUID.randomUUID());

        assertThat(ports.sentNotices().ofItem(report())).containsExactly(one, three);
        assertThat(ports.sentNotices().highestSteps(List.of(report(), notReached(), never)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(report(), 3, notReached(), 2));
        assertThat(ports.sentNotices().highestSteps(List.of())).isEmpty();
        assertThat(ports.sentNotices().ofOrganisation(world.cellA.id())).as("by day, then key, then step")
                .containsExactly(one, other, three);
        assertThat(ports.sentNotices().ofOrganisation(world.cellB.id())).isEmpty();
    }

    @Test
    public void forgetsOneStepAndOnlyThatOne() {
        SentNotice one = new SentNotice(report(), 1, world.cellA.id(), List.of(world.ung.id()),
                LocalDate.of(2025, 10, 11));
        SentNotice two = new SentNotice(report(), 2, world.cellA.id(), List.of(world.ung.id()),
                LocalDate.of(2025, 10, 25));
        ports.sentNotices().record(one);
        ports.sentNotices().record(two);

        ports.sentNotices().forget(report(), 2);
        ports.sentNotices().forget(notReached(), 1);

        assertThat(ports.sentNotices().ofItem(report())).containsExactly(one);
        assertThat(ports.sentNotices().record(two)).as("recorded again after it was forgotten").isTrue();
    }

    @Test
    public void ofTwoConcurrentRecordsOfOneStepExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                int step = round + 1;
                List<Callable<Boolean>> calls = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    calls.add(() -> ports.sentNotices().record(new SentNotice(report(), step, world.cellA.id(),
                            List.of(world.ung.id()), LocalDate.of(2025, 10, 11))));
                }
                int won = 0;
                for (Future<Boolean> f : pool.invokeAll(calls)) {
                    won += f.get() ? 1 : 0;
                }
                assertThat(won).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ports.sentNotices().ofItem(report())).extracting(SentNotice::step).containsExactly(1, 2, 3, 4, 5);
    }
}
