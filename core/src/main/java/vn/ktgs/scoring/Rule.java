package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Cách tính điểm: how a criterion turns its indicator into points. */
public sealed interface Rule permits Rule.Bands, Rule.Proportional, Rule.PerCount {

    /** Theo khung: the band the value falls in gives the points. Bands cover every value without gap or overlap. */
    record Bands(List<Band> bands) implements Rule {
        public Bands {
            bands = List.copyOf(bands);
        }
    }

    /** Tỷ lệ thuận: points = maximum × value (a share, or 0/1 for a flag). */
    record Proportional() implements Rule {
    }

    /** Theo số lượng: points = each × count, capped at the maximum. */
    record PerCount(BigDecimal each) implements Rule {
        public PerCount {
            Objects.requireNonNull(each, "each");
        }
    }
}
