package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Ngưỡng xếp loại: the lowest total for each level; below {@code completed} is not completed.
 *
 * @param source the document the thresholds come from, in Vietnamese and English
 */
public record Thresholds(BigDecimal excellent, BigDecimal good, BigDecimal completed, LocalisedText source) {

    public Thresholds {
        Objects.requireNonNull(excellent, "excellent");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(source, "source");
    }

    public Level levelOf(BigDecimal total) {
        if (total.compareTo(excellent) >= 0) {
            return Level.EXCELLENT;
        }
        if (total.compareTo(good) >= 0) {
            return Level.GOOD;
        }
        return total.compareTo(completed) >= 0 ? Level.COMPLETED : Level.NOT_COMPLETED;
    }

    /** The lowest total of a level ({@code 0} for not completed). */
    public BigDecimal lowest(Level level) {
        return switch (level) {
            case EXCELLENT -> excellent;
            case GOOD -> good;
            case COMPLETED -> completed;
            case NOT_COMPLETED -> BigDecimal.ZERO;
        };
    }
}
