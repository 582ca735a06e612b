package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Chỉ tiêu của đảng bộ: a target the committee sets itself over its cells, such as the seed's "100% of cells build
 * a plan" (S3) and "100% of cells carry it out" (S4): met when the committee indicator is at least {@code atLeast}.
 *
 * @param source the document the target comes from, in Vietnamese and English
 */
public record CommitteeTarget(String id, LocalisedText label, Indicator indicator, BigDecimal atLeast,
                              LocalisedText source) {

    public CommitteeTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(atLeast, "atLeast");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the value meets the target; a target over no cells is not met. */
    public boolean metBy(IndicatorValue value) {
        return value.applicable() && value.atLeast(atLeast);
    }
}
