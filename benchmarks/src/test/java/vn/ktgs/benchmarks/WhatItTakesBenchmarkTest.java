package vn.ktgs.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.scoring.CellGuidance;
import vn.ktgs.scoring.Level;
import vn.ktgs.scoring.LevelPath;

/** What the benchmark measures: guidance for each of the 300 cells, some levels reachable and some not. */
class WhatItTakesBenchmarkTest {

    @Test
    void everyCellOfTheThreeHundredCellCommitteeIsGuided() {
        WhatItTakesBenchmark b = new WhatItTakesBenchmark();
        b.scale = "committee300";
        b.generate();
        SyntheticData.Committee c = WhatItTakesBenchmark.oneCommittee(SyntheticData.generate(300, 2025L));
        List<CellGuidance> g = b.guide(c);
        assertThat(g).hasSize(300);
        List<LevelPath> paths = g.stream().flatMap(x -> x.paths().stream()).toList();
        assertThat(paths).anyMatch(LevelPath::reachable).anyMatch(p -> !p.reachable());
        assertThat(paths).filteredOn(p -> p.reachable() && p.level() != Level.EXCELLENT)
                .allMatch(p -> !p.steps().isEmpty());
        assertThat(WhatItTakesBenchmark.digest(g)).isGreaterThan(300);
    }
}
