package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Trường hợp kiểm thử quy tắc: a rule case — inputs and the results a criteria set must give for them, written as
 * data by whoever writes the set (a province checking its own set without writing Java). The input is either each
 * cell's indicator values ({@link Cell#indicators()}) or a small dataset read by a format module; the expected
 * results are any subset of each cell's indicators, points per criterion, total, level by score, after gates and
 * after the quota, and the committee's targets met or not. {@link RuleCases} scores the input and names every
 * difference by its path.
 *
 * @param name what the case shows, for the report
 * @param path where the case is in its file ({@code cases[3]}), prefixed to every difference
 * @param year the year scored
 * @param tolerance how far a total or a criterion's points may be from the expected value (0: exactly, to the
 *     hundredth the engine rounds to)
 * @param cells the cells of one committee, in the order written
 * @param committee the committee's own indicator values (for its targets) when the input is indicator values
 * @param targets expected targets by id: met or not
 */
public record RuleCase(String name, String path, int year, BigDecimal tolerance, List<Cell> cells,
                       Map<Indicator, IndicatorValue> committee, Map<String, Boolean> targets) {

    public RuleCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(tolerance, "tolerance");
        cells = List.copyOf(cells);
        committee = Map.copyOf(committee);
        targets = Map.copyOf(targets);
    }

    /**
     * One cell of the case.
     *
     * @param code the cell's code (the scorecard's code; the quota breaks ties by it)
     * @param path where the cell is in its file ({@code cases[3].cells[1]})
     * @param indicators the cell's indicator values when the input is indicator values; empty when it is a dataset
     * @param expected what the scorecard must show
     */
    public record Cell(String code, String path, Map<Indicator, IndicatorValue> indicators, Expected expected) {
        public Cell {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(path, "path");
            indicators = Map.copyOf(indicators);
            Objects.requireNonNull(expected, "expected");
        }
    }

    /**
     * What a cell's scorecard must show; every part is optional.
     *
     * @param indicators numerator and denominator expected of an indicator (checked on a dataset's input)
     * @param points points expected of a criterion, by criterion id
     * @param notApplicable criteria expected to be not applicable (left out or given full points by the set)
     * @param max the scorecard's maximum (the set's points in all)
     */
    public record Expected(Map<Indicator, Fraction> indicators, Map<String, BigDecimal> points,
                           List<String> notApplicable, @Nullable BigDecimal total, @Nullable BigDecimal max,
                           @Nullable Level byScore,
                           @Nullable Level afterGates, @Nullable Level level) {
        public Expected {
            indicators = Map.copyOf(indicators);
            points = Map.copyOf(points);
            notApplicable = List.copyOf(notApplicable);
        }

        public Optional<BigDecimal> expectedTotal() {
            return Optional.ofNullable(total);
        }
    }

    /** A numerator over a denominator as a case writes it ({@code 9/30}). */
    public record Fraction(long numerator, long denominator) {
        @Override
        public String toString() {
            return numerator + "/" + denominator;
        }
    }
}
