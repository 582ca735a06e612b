package vn.ktgs.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ktgs.report.ReportingSchedule;
import vn.ktgs.scoring.CellRecords;
import vn.ktgs.scoring.Indicator;
import vn.ktgs.scoring.IndicatorCalculator;
import vn.ktgs.scoring.IndicatorValue;

/** The benchmark's floor computes the same counts as the engine, and the generator is deterministic. */
class FloorMatchesEngineTest {

    @Test
    void theFloorCountsWhatTheEngineCounts() {
        SyntheticData.DataSet data = SyntheticData.generate(500, 7L);
        LocalDate asOf = LocalDate.of(2026, 2, 15);
        long[] floor = new long[HandWrittenFloor.COUNTS];
        long[] engine = new long[HandWrittenFloor.COUNTS];
        HandWrittenFloor f = new HandWrittenFloor(ReportingSchedule.defaults());
        IndicatorCalculator calculator = new IndicatorCalculator(ReportingSchedule.defaults());
        for (SyntheticData.Committee c : data.committees()) {
            for (CellRecords r : c.cells()) {
                f.cell(r, 2025, asOf, c.reached(), floor);
                Map<Indicator, IndicatorValue> v = calculator.cell(r, 2025, asOf, c.reached());
                for (int i = 0; i < HandWrittenFloor.INDICES.size(); i++) {
                    IndicatorValue value = v.get(Indicator.byCode(HandWrittenFloor.INDICES.get(i)).orElseThrow());
                    engine[2 * i] += value.numerator();
                    engine[2 * i + 1] += value.denominator();
                }
            }
        }
        assertThat(floor).isEqualTo(engine);
        assertThat(floor[0]).isGreaterThan(400).isLessThan(500);     // about 97% of cells have a plan
        assertThat(floor[8]).isGreaterThan(0);                        // some items on time
        assertThat(floor[10]).isGreaterThan(0);                       // some late
        assertThat(floor[20]).isGreaterThan(0).isLessThan(floor[21]);  // most members reached, not all
    }

    @Test
    void theSameSeedGivesTheSameData() {
        var a = SyntheticData.generate(50, 3L);
        var b = SyntheticData.generate(50, 3L);
        assertThat(a.committees()).isEqualTo(b.committees());
        assertThat(a.members()).isEqualTo(1000);
        assertThat(a.activities()).isBetween(450, 500);
        assertThat(a.reports()).isEqualTo(200);
    }
}
