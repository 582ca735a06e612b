package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Giá trị chỉ số: an indicator's value for one organisation and year, as numerator over denominator, with the
 * ids of the records counted in the numerator (so that every point can be traced to records).
 *
 * @param counted ids of the records in the numerator (plan, item, member, record, recommendation or report ids;
 *     a record once per finding it holds), sorted
 * @param note a short fact for the explanation (for example the plan's adoption day), empty when none
 */
public record IndicatorValue(Indicator indicator, long numerator, long denominator, List<UUID> counted, String note) {

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
        counted = sorted(counted);
        Objects.requireNonNull(note, "note");
    }

    private static List<UUID> sorted(List<UUID> ids) {
        if (ids instanceof Ids.Sorted) {
            return ids;
        }
        if (ids.size() < 2) {
            return List.copyOf(ids);
        }
        UUID[] a = ids.toArray(new UUID[0]);
        for (UUID id : a) {
            Objects.requireNonNull(id, "counted id");
        }
        return Ids.Sorted.of(a);
    }

    public static IndicatorValue ratio(Indicator indicator, long numerator, long denominator, List<UUID> counted) {
        return new IndicatorValue(indicator, numerator, denominator, counted, "");
    }

    public static IndicatorValue flag(Indicator indicator, boolean value, List<UUID> counted, String note) {
        return new IndicatorValue(indicator, value ? 1 : 0, 1, counted, note);
    }

    public static IndicatorValue count(Indicator indicator, long count, List<UUID> counted) {
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

    /** Exactly: value ≥ bound (numerator ≥ bound × denominator, in longs when they cannot overflow). */
    public boolean atLeast(BigDecimal bound) {
        return compareTo(bound) >= 0;
    }

    /**
     * Exactly: the sign of value − bound (−1, 0 or 1), as numerator against bound × denominator, in longs when they
     * cannot overflow.
     */
    public int compareTo(BigDecimal bound) {
        int scale = bound.scale();
        if (scale >= 0 && scale <= 9 && bound.precision() <= 18 && numerator < (1L << 31) && denominator < (1L << 31)) {
            long unscaled = bound.unscaledValue().longValue();
            if (Math.abs(unscaled) < (1L << 31) && POWERS[scale] < (1L << 31)) {
                return Long.compare(numerator * POWERS[scale], unscaled * denominator);
            }
        }
        return Integer.signum(BigDecimal.valueOf(numerator).compareTo(bound.multiply(BigDecimal.valueOf(denominator))));
    }

    /** 10^0 … 10^9. */
    static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000};

    /** Exactly: value &lt; bound. */
    public boolean below(BigDecimal bound) {
        return !atLeast(bound);
    }

    /** {@code 7/10} for a share, {@code 1} for a flag or count. */
    public String fraction() {
        return indicator.kind() == IndicatorKind.RATIO ? numerator + "/" + denominator : Long.toString(numerator);
    }
}
