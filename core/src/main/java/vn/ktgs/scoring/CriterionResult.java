package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Điểm một tiêu chí: the points one criterion gave, with the value it read and the band that matched.
 *
 * @param applicable false when the indicator had nothing to count
 * @param counted whether the criterion counts toward the total (false when excluded as not applicable)
 * @param band the band that matched, for a band rule; {@code null} otherwise
 */
public record CriterionResult(Criterion criterion, IndicatorValue value, boolean applicable, boolean counted,
                              BigDecimal points, @Nullable Band band) {

    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(points, "points");
    }

    public Optional<Band> matchedBand() {
        return Optional.ofNullable(band);
    }

    /** Why the criterion gave these points: the band or formula, in either language. */
    public Reason reason() {
        if (!applicable) {
            return counted ? Reason.of("ktgs.scoring.reason.notApplicableFull", "max", criterion.max())
                    : Reason.of("ktgs.scoring.reason.notApplicableExcluded", "max", criterion.max());
        }
        if (band != null) {
            return Reason.of("ktgs.scoring.reason.band", "value", value.fraction(), "band", band, "points", points);
        }
        if (criterion.rule() instanceof Rule.PerCount pc) {
            return Reason.of("ktgs.scoring.reason.perCount", "count", value.numerator(), "each", pc.each(),
                    "max", criterion.max(), "points", points);
        }
        return Reason.of("ktgs.scoring.reason.proportional", "value", value.fraction(), "max", criterion.max(),
                "points", points);
    }
}
