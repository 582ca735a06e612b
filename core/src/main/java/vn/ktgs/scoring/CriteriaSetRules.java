package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ktgs.common.Violation;

/**
 * Kiểm tra bộ tiêu chí: whether a criteria set is sound. Paths follow the JSON form of the set
 * ({@code criteria[2].rule.bands[1].from}) so that a loader can report them as they are.
 */
public final class CriteriaSetRules {

    /**
     * The newest data format version this code reads: 2 adds gates that compare in any direction ({@code above},
     * {@code atLeast}, {@code atMost} beside {@code below}) and the order of codes a quota's tie-break reads.
     */
    public static final int SCHEMA_VERSION = 2;

    /** The oldest data format version this code still reads (sets of version 1 load and score as they did). */
    public static final int OLDEST_SCHEMA_VERSION = 1;

    /** The versions read, as a message names them. */
    public static final String SUPPORTED = OLDEST_SCHEMA_VERSION + "–" + SCHEMA_VERSION;

    private CriteriaSetRules() {
    }

    /** Every problem of the set; empty when it may be used. */
    public static List<Violation> check(CriteriaSet set) {
        List<Violation> v = new ArrayList<>();
        if (set.id().isBlank()) {
            v.add(Violation.of("id", "ktgs.scoring.set.idRequired"));
        }
        if (set.version() < 1) {
            v.add(Violation.of("version", "ktgs.scoring.set.version"));
        }
        if (set.schemaVersion() < OLDEST_SCHEMA_VERSION || set.schemaVersion() > SCHEMA_VERSION) {
            v.add(Violation.of("schemaVersion", "ktgs.data.schemaVersion", "found", set.schemaVersion(),
                    "supported", SUPPORTED));
        }
        if (set.criteria().isEmpty()) {
            v.add(Violation.of("criteria", "ktgs.scoring.set.noCriteria"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < set.criteria().size(); i++) {
            Criterion c = set.criteria().get(i);
            String path = "criteria[" + i + "]";
            if (!ids.add(c.id())) {
                v.add(Violation.of(path + ".id", "ktgs.scoring.criterion.duplicate", "id", c.id()));
            }
            if (c.max().signum() <= 0) {
                v.add(Violation.of(path + ".max", "ktgs.scoring.criterion.max"));
            }
            checkRule(c, path + ".rule", v);
        }
        Set<String> gateIds = new HashSet<>();
        for (int i = 0; i < set.gates().size(); i++) {
            Gate g = set.gates().get(i);
            String path = "gates[" + i + "]";
            if (!gateIds.add(g.id())) {
                v.add(Violation.of(path + ".id", "ktgs.scoring.gate.duplicate", "id", g.id()));
            }
            if (g.indicator().kind() != IndicatorKind.COUNT
                    && (g.threshold().signum() < 0 || g.threshold().compareTo(BigDecimal.ONE) > 0)) {
                v.add(Violation.of(path + ".threshold", "ktgs.scoring.share.range"));
            } else {
                checkGateCanFail(g, path, v);
            }
        }
        Set<String> targetIds = new HashSet<>();
        for (int i = 0; i < set.targets().size(); i++) {
            CommitteeTarget target = set.targets().get(i);
            String path = "targets[" + i + "]";
            if (!targetIds.add(target.id())) {
                v.add(Violation.of(path + ".id", "ktgs.scoring.target.duplicate", "id", target.id()));
            }
            if (target.indicator().kind() != IndicatorKind.COUNT
                    && (target.atLeast().signum() < 0 || target.atLeast().compareTo(BigDecimal.ONE) > 0)) {
                v.add(Violation.of(path + ".atLeast", "ktgs.scoring.share.range"));
            }
        }
        Thresholds t = set.thresholds();
        if (!(t.excellent().compareTo(t.good()) > 0 && t.good().compareTo(t.completed()) > 0
                && t.completed().signum() > 0)) {
            v.add(Violation.of("levels", "ktgs.scoring.thresholds.order"));
        }
        if (t.excellent().compareTo(set.maxPoints()) > 0) {
            v.add(Violation.of("levels.excellent", "ktgs.scoring.thresholds.aboveMax", "max", set.maxPoints()));
        }
        set.quotaRule().ifPresent(q -> {
            if (q.share().signum() <= 0 || q.share().compareTo(BigDecimal.ONE) > 0) {
                v.add(Violation.of("quota.share", "ktgs.scoring.share.range"));
            }
        });
        return v;
    }

    /**
     * A gate must be able both to hold and not to hold: a share or flag lies in [0, 1] and a count is 0 or more, so
     * for example "below 0" never holds and "at least 0" always does.
     */
    private static void checkGateCanFail(Gate g, String path, List<Violation> v) {
        boolean bounded = g.indicator().kind() != IndicatorKind.COUNT;
        int zero = g.threshold().signum();
        int one = g.threshold().compareTo(BigDecimal.ONE);
        boolean never = switch (g.condition()) {
            case BELOW -> zero <= 0;
            case ABOVE -> bounded && one >= 0;
            case AT_LEAST -> bounded && one > 0;
            case AT_MOST -> zero < 0;
        };
        boolean always = switch (g.condition()) {
            case BELOW -> bounded && one > 0;
            case ABOVE -> zero < 0;
            case AT_LEAST -> zero <= 0;
            case AT_MOST -> bounded && one >= 0;
        };
        String key = path + "." + g.condition().key();
        if (never) {
            v.add(Violation.of(key, "ktgs.scoring.gate.never", "indicator", g.indicator().code(),
                    "condition", g.condition(), "threshold", g.threshold().toPlainString()));
        } else if (always) {
            v.add(Violation.of(key, "ktgs.scoring.gate.always", "indicator", g.indicator().code(),
                    "condition", g.condition(), "threshold", g.threshold().toPlainString()));
        }
    }

    private static void checkRule(Criterion c, String path, List<Violation> v) {
        Indicator indicator = c.indicator();
        Rule rule = c.rule();
        if (rule instanceof Rule.Bands b) {
            checkBands(c, b, path + ".bands", v);
            return;
        }
        if (rule instanceof Rule.Proportional && indicator.kind() == IndicatorKind.COUNT) {
            v.add(Violation.of(path, "ktgs.scoring.rule.proportionalNeedsShare", "indicator", indicator, "code",
                    indicator.code()));
        }
        if (rule instanceof Rule.PerCount pc) {
            if (indicator.kind() != IndicatorKind.COUNT) {
                v.add(Violation.of(path, "ktgs.scoring.rule.perCountNeedsCount", "indicator", indicator, "code",
                    indicator.code()));
            }
            if (pc.each().signum() <= 0) {
                v.add(Violation.of(path + ".each", "ktgs.scoring.rule.each"));
            }
        }
        if (!indicator.higherIsBetter()) {
            v.add(Violation.of(path, "ktgs.scoring.rule.rewardsWorse", "indicator", indicator, "code",
                    indicator.code()));
        }
    }

    private static void checkBands(Criterion c, Rule.Bands rule, String path, List<Violation> v) {
        List<Band> bands = rule.bands();
        if (bands.isEmpty()) {
            v.add(Violation.of(path, "ktgs.scoring.bands.empty"));
            return;
        }
        if (bands.get(0).from().signum() != 0) {
            v.add(Violation.of(path + "[0].from", "ktgs.scoring.bands.startAtZero"));
        }
        for (int k = 0; k < bands.size(); k++) {
            Band b = bands.get(k);
            String bp = path + "[" + k + "]";
            if (b.to() != null && b.to().compareTo(b.from()) <= 0) {
                v.add(Violation.of(bp + ".to", "ktgs.scoring.bands.empty.range"));
            }
            if (b.points().signum() < 0) {
                v.add(Violation.of(bp + ".points", "ktgs.scoring.points.negative"));
            }
            if (b.points().compareTo(c.max()) > 0) {
                v.add(Violation.of(bp + ".points", "ktgs.scoring.points.aboveMax", "points",
                        b.points().toPlainString(), "max", c.max().toPlainString()));
            }
            if (k > 0) {
                Band prev = bands.get(k - 1);
                if (prev.to() == null) {
                    v.add(Violation.of(bp + ".from", "ktgs.scoring.bands.overlap", "from", b.from().toPlainString()));
                } else {
                    int cmp = b.from().compareTo(prev.to());
                    if (cmp > 0) {
                        v.add(Violation.of(bp + ".from", "ktgs.scoring.bands.gap", "from", prev.to().toPlainString(),
                                "to", b.from().toPlainString()));
                    } else if (cmp < 0) {
                        v.add(Violation.of(bp + ".from", "ktgs.scoring.bands.overlap",
                                "from", b.from().toPlainString()));
                    }
                }
                int direction = b.points().compareTo(prev.points());
                if (c.indicator().higherIsBetter() ? direction < 0 : direction > 0) {
                    v.add(Violation.of(bp + ".points", "ktgs.scoring.bands.rewardsWorse"));
                }
            }
        }
        Band top = bands.get(bands.size() - 1);
        if (top.to() != null) {
            v.add(Violation.of(path + "[" + (bands.size() - 1) + "].to", "ktgs.scoring.bands.openEnd"));
        }
        // the band of the best values (the last one, or the first when lower is better) gives the maximum: a
        // criterion whose maximum no cell can reach would weigh less than the set says it does
        int best = c.indicator().higherIsBetter() ? bands.size() - 1 : 0;
        if (bands.get(best).points().compareTo(c.max()) < 0) {
            v.add(Violation.of(path + "[" + best + "].points", "ktgs.scoring.bands.topBelowMax",
                    "points", bands.get(best).points().toPlainString(), "max", c.max().toPlainString()));
        }
    }
}
