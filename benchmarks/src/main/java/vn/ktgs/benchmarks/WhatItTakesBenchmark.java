package vn.ktgs.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.ktgs.scoring.CellGuidance;
import vn.ktgs.scoring.CellRecords;
import vn.ktgs.scoring.IndicatorCalculator;
import vn.ktgs.scoring.LevelPath;
import vn.ktgs.scoring.Scorer;
import vn.ktgs.scoring.WhatItTakes;

/**
 * What it takes for every cell, on 15 September 2025, under the shipped default set: one committee of 300 cells
 * (the synthetic data's first 300 cells, gathered under one committee, so that the quota compares all 300), and
 * every committee of the national synthetic data. Records already in memory; the generation is not measured. Run:
 * see {@code benchmarks/README.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class WhatItTakesBenchmark {

    /** The day asked about: the fourth quarter's windows and deadlines still ahead. */
    static final LocalDate ON = LocalDate.of(SyntheticData.YEAR, 9, 15);

    /** committee300: one committee of 300 cells; national: 300,000 cells in committees of 25. */
    @Param({"committee300", "national"})
    public String scale;

    private List<SyntheticData.Committee> committees;
    private final Scorer scorer = new Scorer(JsonCriteriaSets.shippedDefault());
    private final IndicatorCalculator calculator = new IndicatorCalculator(ReportingSchedule.defaults());

    @Setup(Level.Trial)
    public void generate() {
        committees = scale.equals("national") ? SyntheticData.generate(300_000, 2025L).committees()
                : List.of(oneCommittee(SyntheticData.generate(300, 2025L)));
        System.out.printf("%n%s: %,d committees, %,d cells%n", scale, committees.size(),
                committees.stream().mapToInt(c -> c.cells().size()).sum());
        System.gc();
    }

    /** Every cell of the data under one committee (the first committee's organisation), with every reached member. */
    static SyntheticData.Committee oneCommittee(SyntheticData.DataSet data) {
        List<CellRecords> cells = new ArrayList<>();
        Set<MemberId> reached = new HashSet<>();
        for (SyntheticData.Committee c : data.committees()) {
            cells.addAll(c.cells());
            reached.addAll(c.reached());
        }
        return new SyntheticData.Committee(data.committees().get(0).committee(), cells, reached);
    }

    /** Every committee's cells, one committee after the other on one thread; each result read and dropped. */
    @Benchmark
    public long everyCell() {
        long digest = 0;
        for (SyntheticData.Committee c : committees) {
            digest += digest(guide(c));
        }
        return digest;
    }

    /** The same, committees in parallel on every core (for the 300-cell committee: one committee, one thread). */
    @Benchmark
    public long everyCellParallel() {
        return committees.parallelStream().mapToLong(c -> digest(guide(c))).sum();
    }

    List<CellGuidance> guide(SyntheticData.Committee c) {
        return WhatItTakes.guide(c.cells(), SyntheticData.YEAR, ON, scorer, c.reached(), calculator, null);
    }

    /** Cells guided plus the steps of every reachable path: reads every result. */
    static long digest(List<CellGuidance> guidance) {
        long d = guidance.size();
        for (CellGuidance g : guidance) {
            for (LevelPath p : g.paths()) {
                d += p.reachable() ? p.stepCount() : 0;
            }
        }
        return d;
    }
}
