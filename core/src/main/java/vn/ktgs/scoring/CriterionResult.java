package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

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

    /**
     * Whether the criterion was scored, or not applicable (nothing to count) and then left out or given its maximum
     * — its own state in every output, never shown as 0 points.
     */
    public State state() {
        return applicable ? State.SCORED : counted ? State.FULL_POINTS : State.EXCLUDED;
    }

    /** The points that count toward the total; empty when the criterion was left out as not applicable. */
    public Optional<BigDecimal> countedPoints() {
        return counted ? Optional.of(points) : Optional.empty();
    }

    /** What became of a criterion. */
    public enum State implements Labelled {
        /** Its indicator had something to count; its rule gave the points. */
        SCORED,
        /** Not applicable and left out: no points, and the total is rescaled to the set's maximum. */
        EXCLUDED,
        /** Not applicable and given its maximum (the set's {@link NotApplicable#FULL_POINTS}). */
        FULL_POINTS;

        @Override
        public String label(Locale locale) {
            return Messages.label(this, locale);
        }
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
