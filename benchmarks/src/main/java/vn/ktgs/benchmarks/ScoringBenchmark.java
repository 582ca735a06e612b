package vn.ktgs.benchmarks;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.ktgs.json.JsonCriteriaSets;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.report.ReportingSchedule;
import vn.ktgs.scoring.CellRecords;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.Scorer;
import vn.ktgs.scoring.IndicatorCalculator;
import vn.ktgs.scoring.ScoringService;

/**
 * Scoring a whole province or the whole country from records in memory: indicators, scorecards and the quota
 * of every committee under the shipped default set, sequentially and in parallel over committees, against the
 * hand-written floor that only counts. Run: see {@code benchmarks/README.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ScoringBenchmark {

    /** province: 10,000 cells; national: 300,000 cells. */
    @Param({"province", "national"})
    public String scale;

    private SyntheticData.DataSet data;
    private final Scorer scorer = new Scorer(JsonCriteriaSets.shippedDefault());
    private final ReportingSchedule schedule = ReportingSchedule.defaults();
    private final IndicatorCalculator calculator = new IndicatorCalculator(schedule);
    private final HandWrittenFloor floor = new HandWrittenFloor(schedule);
    private final LocalDate asOf = LocalDate.of(SyntheticData.YEAR + 1, 2, 15);

    @Setup(Level.Trial)
    public void generate() {
        data = SyntheticData.generate(scale.equals("national") ? 300_000 : 10_000, 2025L);
        System.out.printf("%n%s: %,d committees, %,d cells, %,d members, %,d activities, %,d reports%n", scale,
                data.committees().size(), data.cells(), data.members(), data.activities(), data.reports());
        // settle the generated data in the old generation before anything is measured
        System.gc();
    }

    /**
     * Indicators, scorecards and quota of every committee, one after the other on one thread. Each committee's
     * scores are read (a digest of their levels) and dropped as soon as they are made, as a host scoring the
     * country would store each committee's scores and let them go, rather than hold 300,000 scorecards at once.
     */
    @Benchmark
    public long engine() {
        long digest = 0;
        for (SyntheticData.Committee c : data.committees()) {
            digest += digest(score(c));
        }
        return digest;
    }

    /** The same, committees in parallel on every core. */
    @Benchmark
    public long engineParallel() {
        return data.committees().parallelStream()
                .mapToLong(c -> digest(score(c)))
                .sum();
    }

    /**
     * The same in parallel, but every committee looks its members up in one set of the whole country's reached
     * members instead of its own: what that representation costs (a lookup into millions misses the caches).
     */
    @Benchmark
    public long engineParallelOneReachedSet(OneReachedSet one) {
        return data.committees().parallelStream()
                .mapToLong(c -> digest(score(c, one.all)))
                .sum();
    }

    /**
     * Every committee's reached members in one set (5.7 million at national scale), made only for the benchmark
     * that uses it, after the data.
     */
    @State(Scope.Benchmark)
    public static class OneReachedSet {
        Set<MemberId> all;

        @Setup(Level.Trial)
        public void collect(ScoringBenchmark benchmark) {
            all = new HashSet<>();
            for (SyntheticData.Committee c : benchmark.data.committees()) {
                all.addAll(c.reached());
            }
            System.gc();
        }
    }

    /** One committee's indicators, scorecards and quota. */
    private CommitteeScores score(SyntheticData.Committee c) {
        return score(c, c.reached());
    }

    private CommitteeScores score(SyntheticData.Committee c, Set<MemberId> reached) {
        return ScoringService.score(c.committee(), c.cells(), SyntheticData.YEAR, asOf, scorer, reached, calculator);
    }

    /** Cells scored plus the sum of their final levels' ordinals: reads every scorecard's result. */
    private static long digest(CommitteeScores scores) {
        long d = scores.cells().size();
        for (var card : scores.cells()) {
            d += card.level().ordinal();
        }
        return d;
    }

    /**
     * The same in parallel, every committee's scores kept until all are made (300,000 scorecards with their
     * explanations held at once): what holding the whole result costs the garbage collector.
     */
    @Benchmark
    public List<CommitteeScores> engineParallelKeepAll() {
        return data.committees().parallelStream()
                .map(this::score)
                .toList();
    }

    /** The indicators alone (no points, no quota), one thread: where the engine's time goes. */
    @Benchmark
    public long indicators() {
        long n = 0;
        for (SyntheticData.Committee c : data.committees()) {
            for (CellRecords r : c.cells()) {
                n += calculator.cell(r, SyntheticData.YEAR, asOf, c.reached()).size();
            }
        }
        return n;
    }

    /** The floor: the same counts by a hand-written single pass on one thread, no scoring. */
    @Benchmark
    public long[] floor() {
        long[] counts = new long[HandWrittenFloor.COUNTS];
        for (SyntheticData.Committee c : data.committees()) {
            for (CellRecords r : c.cells()) {
                floor.cell(r, SyntheticData.YEAR, asOf, c.reached(), counts);
            }
        }
        return counts;
    }
}
