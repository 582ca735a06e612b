package vn.ktgs.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The id buffer the calculator reuses from cell to cell hands out exactly what was added, sorted. */
class IdsTest {

    private static List<UUID> uuids(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        List<UUID> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // both halves range over negative and positive longs, as UUID.compareTo compares them signed
            out.add(new UUID(random.nextLong(), random.nextInt(3) == 0 ? random.nextLong(4) - 2 : random.nextLong()));
        }
        return out;
    }

    @Test
    void aReusedBufferGivesTheIdsOfEachRoundSortedAndNothingOfTheRoundBefore() {
        Ids ids = new Ids(4);
        qt().withExamples(500).forAll(longs().all(), integers().between(0, 70), integers().between(0, 70))
                .checkAssert((seed, first, second) -> {
                    for (List<UUID> round : List.of(uuids(seed, first), uuids(seed + 1, second))) {
                        ids.reset(3);
                        round.forEach(ids::add);
                        List<UUID> expected = round.stream().sorted().toList();
                        assertThat(ids.size()).isEqualTo(round.size());
                        assertThat(ids.toList()).containsExactlyElementsOf(expected);
                    }
                });
    }

    @Test
    void idsAddedInOrderStayInOrderAndTheListCannotBeChangedOrAddedTo() {
        List<UUID> sorted = uuids(7, 40).stream().sorted().toList();
        Ids ids = new Ids(40);
        sorted.forEach(ids::add);
        List<UUID> out = ids.toList();
        assertThat(out).containsExactlyElementsOf(sorted);
        assertThatThrownBy(() -> out.set(0, sorted.get(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ids.add(sorted.get(0))).isInstanceOf(IllegalStateException.class);
        assertThat(ids.reset(1).toList()).isEmpty();
    }
}
