package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Điểm một tiêu chí: the points one criterion gave, with the value it read and why.
 *
 * @param applicable false when the indicator had nothing to count
 * @param counted whether the criterion counts toward the total (false when excluded as not applicable)
 */
public record CriterionResult(Criterion criterion, IndicatorValue value, boolean applicable, boolean counted,
                              BigDecimal points, Reason reason) {

    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(reason, "reason");
    }
}
