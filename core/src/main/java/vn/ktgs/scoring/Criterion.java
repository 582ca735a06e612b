package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Tiêu chí: one scored criterion of a criteria set.
 *
 * @param id stable id within the set, for example {@code coverage}
 * @param max the most points it can give
 * @param source where the numbers come from (a document number) or that they are a default, in Vietnamese and
 *     English (the same text in both when it is only a document number)
 */
public record Criterion(String id, LocalisedText label, Indicator indicator, BigDecimal max, Rule rule,
                        LocalisedText source) {

    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
    }
}
