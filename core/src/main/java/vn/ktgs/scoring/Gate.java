package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/**
 * Điều kiện chặn: when the indicator is applicable and its value meets the condition — below, above, at least or
 * at most {@code threshold} — the level can be no better than {@code cap}, whatever the score. For example: no
 * adopted plan ({@code plan.adopted} below 1) → not completed; a member of the cell disciplined in the year
 * ({@code discipline.members} at least 1) → at most good (366-QĐ/TW: excellent needs no one disciplined).
 *
 * @param condition how the value is compared with {@code threshold}; values are compared exactly (4/5 is 0.8)
 * @param source the document the gate comes from, in Vietnamese and English, quoted in the reason it gives
 */
public record Gate(String id, LocalisedText label, Indicator indicator, Condition condition, BigDecimal threshold,
                   Level cap, LocalisedText source) {

    public Gate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(source, "source");
    }

    /** A gate that holds the level down when the value is below {@code threshold} (the only kind schema 1 had). */
    public static Gate below(String id, LocalisedText label, Indicator indicator, BigDecimal threshold, Level cap,
                             LocalisedText source) {
        return new Gate(id, label, indicator, Condition.BELOW, threshold, cap, source);
    }

    /** Whether the gate holds the level down for this value. */
    public boolean triggeredBy(IndicatorValue value) {
        return value.applicable() && condition.holds(value.compareTo(threshold));
    }

    /** How a gate compares its indicator's value with its threshold; the JSON key of each is in brackets. */
    public enum Condition implements Labelled {
        /** value &lt; threshold ({@code below}). */
        BELOW("below"),
        /** value &gt; threshold ({@code above}). */
        ABOVE("above"),
        /** value ≥ threshold ({@code atLeast}); for a count, "at least n". */
        AT_LEAST("atLeast"),
        /** value ≤ threshold ({@code atMost}); for a count, "at most n". */
        AT_MOST("atMost");

        private final String key;

        Condition(String key) {
            this.key = key;
        }

        /** The key that names the condition in a criteria set's JSON. */
        public String key() {
            return key;
        }

        /** Whether the condition holds when the value compares with the threshold as {@code sign} (−1, 0, 1). */
        public boolean holds(int sign) {
            return switch (this) {
                case BELOW -> sign < 0;
                case ABOVE -> sign > 0;
                case AT_LEAST -> sign >= 0;
                case AT_MOST -> sign <= 0;
            };
        }

        @Override
        public String label(Locale locale) {
            return Messages.label(this, locale);
        }
    }
}
