package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Điều kiện chặn: when the indicator is applicable and below {@code threshold}, the level can be no better than
 * {@code cap}, whatever the score (for example: no adopted plan → not completed).
 *
 * @param source the document the gate comes from, in Vietnamese and English, quoted in the reason it gives
 */
public record Gate(String id, LocalisedText label, Indicator indicator, BigDecimal threshold, Level cap,
                   LocalisedText source) {

    public Gate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the gate holds the level down for this value. */
    public boolean triggeredBy(IndicatorValue value) {
        return value.applicable() && value.below(threshold);
    }
}
