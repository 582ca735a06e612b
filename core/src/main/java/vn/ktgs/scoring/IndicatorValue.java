package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * Giá trị chỉ số: an indicator's value for one organisation and year, as numerator over denominator, with the
 * ids of the records counted in the numerator (so that every point can be traced to records).
 *
 * @param counted ids of the records in the numerator, sorted
 * @param note a short fact for the explanation (for example the plan's adoption day), empty when none
 */
public record IndicatorValue(Indicator indicator, long numerator, long denominator, List<String> counted, String note) {

    public IndicatorValue {
        Objects.requireNonNull(indicator, "indicator");
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("an indicator is never negative");
        }
        if (indicator.kind() == IndicatorKind.RATIO && numerator > denominator) {
            throw new IllegalArgumentException(indicator + ": numerator " + numerator + " > denominator " + denominator);
        }
        if (indicator.kind() != IndicatorKind.RATIO && denominator != 1) {
            throw new IllegalArgumentException(indicator + " is a " + indicator.kind() + ": denominator must be 1");
        }
        if (indicator.kind() == IndicatorKind.FLAG && numerator > 1) {
            throw new IllegalArgumentException(indicator + " is a flag: 0 or 1");
        }
        counted = counted.stream().sorted().toList();
        Objects.requireNonNull(note, "note");
    }

    public static IndicatorValue ratio(Indicator indicator, long numerator, long denominator, List<String> counted) {
        return new IndicatorValue(indicator, numerator, denominator, counted, "");
    }

    public static IndicatorValue flag(Indicator indicator, boolean value, List<String> counted, String note) {
        return new IndicatorValue(indicator, value ? 1 : 0, 1, counted, note);
    }

    public static IndicatorValue count(Indicator indicator, long count, List<String> counted) {
        return new IndicatorValue(indicator, count, 1, counted, "");
    }

    /** False for a share with nothing to share (denominator 0): the criterion is then not applicable. */
    public boolean applicable() {
        return denominator > 0;
    }

    /** numerator / denominator (exact to 16 digits); 0 when not applicable. */
    public BigDecimal value() {
        return denominator == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
    }

    /** Exactly: value ≥ bound. */
    public boolean atLeast(BigDecimal bound) {
        return BigDecimal.valueOf(numerator).compareTo(bound.multiply(BigDecimal.valueOf(denominator))) >= 0;
    }

    /** Exactly: value &lt; bound. */
    public boolean below(BigDecimal bound) {
        return !atLeast(bound);
    }

    /** {@code 7/10} for a share, {@code 1} for a flag or count. */
    public String fraction() {
        return indicator.kind() == IndicatorKind.RATIO ? numerator + "/" + denominator : Long.toString(numerator);
    }
}
