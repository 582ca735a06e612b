package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Khung điểm: values from {@code from} (inclusive) to {@code to} (exclusive; {@code null} = no upper end) earn
 * {@code points}.
 */
public record Band(BigDecimal from, @Nullable BigDecimal to, BigDecimal points) {

    public Band {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(points, "points");
    }

    public Optional<BigDecimal> upper() {
        return Optional.ofNullable(to);
    }

    public boolean matches(IndicatorValue value) {
        return value.atLeast(from) && (to == null || value.below(to));
    }

    /** {@code [0.8, 1)} or {@code [0.8, …)}. */
    @Override
    public String toString() {
        return "[" + from.stripTrailingZeros().toPlainString() + ", "
                + (to == null ? "…" : to.stripTrailingZeros().toPlainString()) + ")";
    }
}
