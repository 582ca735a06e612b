package vn.ktgs.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static vn.ktgs.activity.ActivityTestData.NOTIFIED;
import static vn.ktgs.activity.ActivityTestData.TODAY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ktgs.activity.ActivityCommands.Advance;
import vn.ktgs.activity.ActivityCommands.Conclude;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.Outcome;

class AdvancePropertyTest {

    private static final List<Stage> WITH_FOLLOW_UP = List.of(Stage.values());
    private static final List<Stage> WITHOUT_FOLLOW_UP = WITH_FOLLOW_UP.stream()
            .filter(s -> s != Stage.FOLLOW_UP).toList();

    /** How a command addresses the record. */
    private enum Address { CURRENT, STALE, UNKNOWN }

    /** One random command: a step (a conclusion when the step is CONCLUDED) on a day. */
    private record Step(Stage stage, LocalDate on, Address address) {
    }

    private static Gen<Step> steps() {
        return integers().between(0, Stage.values().length - 1).zip(
                integers().between(-5, 280),
                integers().between(0, 9),
                (stage, offset, address) -> new Step(Stage.values()[stage], NOTIFIED.plusDays(offset),
                        address == 0 ? Address.STALE : address == 1 ? Address.UNKNOWN : Address.CURRENT));
    }

    @Test
    void storedStepsAreAlwaysInOrderWithNonDecreasingDays() {
        qt().withExamples(150).forAll(lists().of(steps()).ofSizeBetween(1, 14)).checkAssert(this::run);
    }

    private void run(List<Step> steps) {
        ActivityTestData data = new ActivityTestData();
        ActivityService service = data.service;
        ActivityId id = data.started().id();
        long accepted = 1;
        for (Step step : steps) {
            Activity stored = service.activity(id);
            ActivityId target = step.address() == Address.UNKNOWN ? ActivityId.random() : id;
            long version = step.address() != Address.STALE ? stored.version()
                    : stored.version() > 1 ? stored.version() - 1 : stored.version() + 1;
            if (step.address() == Address.CURRENT) {
                if (send(service, step, target, version).isAccepted()) {
                    accepted++;
                }
            } else {
                assertThatThrownBy(() -> send(service, step, target, version))
                        .isInstanceOfAny(ConflictException.class, NotFoundException.class);
            }
            assertWellFormed(service.activity(id), accepted);
        }
    }

    private static Outcome<Activity> send(ActivityService service, Step step, ActivityId target, long version) {
        if (step.stage() == Stage.CONCLUDED) {
            return service.conclude(new Conclude(target, version, step.on(), List.of(), List.of(),
                    List.of(), "Biên bản"));
        }
        return service.advance(new Advance(target, version, step.stage(), step.on(), null));
    }

    private static void assertWellFormed(Activity a, long accepted) {
        List<Stage> stages = a.stages().stream().map(StageRecord::stage).toList();
        boolean prefix = stages.equals(WITH_FOLLOW_UP.subList(0, Math.min(stages.size(), WITH_FOLLOW_UP.size())))
                || stages.equals(WITHOUT_FOLLOW_UP.subList(0, Math.min(stages.size(), WITHOUT_FOLLOW_UP.size())));
        assertThat(prefix).as("steps in order: %s", stages).isTrue();
        for (int i = 1; i < a.stages().size(); i++) {
            assertThat(a.stages().get(i).on()).isAfterOrEqualTo(a.stages().get(i - 1).on());
        }
        assertThat(a.stages()).allSatisfy(s -> assertThat(s.on()).isBeforeOrEqualTo(TODAY));
        assertThat(a.version()).isEqualTo(accepted);
        assertThat(a.conclusion() != null).isEqualTo(a.reached(Stage.CONCLUDED).isPresent());
    }
}
