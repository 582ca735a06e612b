package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;

/**
 * Xếp loại chất lượng hằng năm (S7): the KT-GS scorecard taken as one component of a Party organisation's annual
 * classification. The other components (under 366-QĐ/TW: the general criteria and the other task results) are
 * scored by the host system and supplied here; the library does not invent them. The KT-GS component
 * contributes {@code total / max × weight} points.
 */
public final class AnnualClassification {

    private AnnualClassification() {
    }

    /** A component the host scored: its points out of its maximum. */
    public record Component(String id, LocalisedText label, BigDecimal points, BigDecimal max) {
        public Component {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(points, "points");
            Objects.requireNonNull(max, "max");
        }
    }

    /**
     * The classification.
     *
     * @param components every component with its points, the KT-GS contribution included (id {@code ktgs})
     * @param total the sum of the components' points
     * @param max the sum of their maxima
     * @param level the level of {@code total} on the thresholds, read on a scale of 100
     */
    public record Result(List<Component> components, BigDecimal total, BigDecimal max, Level level,
                         Reason reason) {
        public Result {
            components = List.copyOf(components);
        }
    }

    /**
     * Combines the KT-GS scorecard, weighted, with the host's components.
     *
     * @param weight the points the KT-GS component is worth in the classification (for example 10 of 100)
     * @param thresholds the classification's levels on a scale of 100 (for example 90/70/50, 366-QĐ/TW)
     * @throws RejectedException when a component's points lie outside [0, max], ids repeat, the weight is not
     *     positive, or the maxima do not add up to more than 0
     */
    public static Result classify(Scorecard ktgs, BigDecimal weight, List<Component> hostComponents,
                                  Thresholds thresholds) {
        List<Violation> v = new ArrayList<>();
        if (weight.signum() <= 0) {
            v.add(Violation.of("weight", "ktgs.classification.weight"));
        }
        Set<String> ids = new HashSet<>(Set.of("ktgs"));
        for (int i = 0; i < hostComponents.size(); i++) {
            Component c = hostComponents.get(i);
            if (!ids.add(c.id())) {
                v.add(Violation.of("components[" + i + "].id", "ktgs.classification.duplicate", "id", c.id()));
            }
            if (c.max().signum() <= 0 || c.points().signum() < 0 || c.points().compareTo(c.max()) > 0) {
                v.add(Violation.of("components[" + i + "].points", "ktgs.classification.points",
                        "points", c.points().toPlainString(), "max", c.max().toPlainString()));
            }
        }
        if (!v.isEmpty()) {
            throw new RejectedException(v);
        }
        BigDecimal contribution = ktgs.max().signum() == 0 ? BigDecimal.ZERO
                : ktgs.total().multiply(weight).divide(ktgs.max(), 2, RoundingMode.HALF_UP);
        List<Component> all = new ArrayList<>(hostComponents);
        all.add(new Component("ktgs", new LocalisedText("Kết quả kiểm tra, giám sát", "Inspection and supervision"),
                contribution, weight));
        BigDecimal total = all.stream().map(Component::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal max = all.stream().map(Component::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal onHundred = total.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
        Level level = thresholds.levelOf(onHundred);
        Reason reason = Reason.of("ktgs.classification.reason", "ktgsTotal", plain(ktgs.total()),
                "ktgsMax", plain(ktgs.max()), "weight", plain(weight), "contribution", plain(contribution),
                "total", plain(total), "max", plain(max), "onHundred", plain(onHundred), "level", level);
        return new Result(all, total, max, level, reason);
    }

    private static String plain(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }
}
