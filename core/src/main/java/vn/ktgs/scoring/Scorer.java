package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ktgs.common.RejectedException;

/**
 * Chấm điểm: turns indicator values into a scorecard under a criteria set: points per criterion, the total,
 * the level by the thresholds and the gates. Pure and deterministic: the same values and set give the same
 * scorecard. The quota, which compares organisations, is applied afterwards by {@link #applyQuota}.
 */
public final class Scorer {

    private static final int SCALE = 2;

    private final CriteriaSet set;

    /**
     * @throws RejectedException when the set is not sound ({@link CriteriaSetRules#check})
     */
    public Scorer(CriteriaSet set) {
        var problems = CriteriaSetRules.check(set);
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        this.set = set;
    }

    public CriteriaSet criteriaSet() {
        return set;
    }

    /** The scorecard of one organisation (before the quota) from its indicator values. */
    public Scorecard score(Subject subject, int year, Map<Indicator, IndicatorValue> values) {
        List<CriterionResult> results = new ArrayList<>(set.criteria().size());
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal countedMax = BigDecimal.ZERO;
        long earnedHundredths = 0;
        long countedMaxHundredths = 0;
        boolean exact = true;
        for (Criterion c : set.criteria()) {
            IndicatorValue value = require(values, c.indicator());
            CriterionResult r = scoreOne(c, value);
            results.add(r);
            if (r.counted()) {
                long p = hundredths(r.points());
                long m = hundredths(c.max());
                if (exact && p != Long.MIN_VALUE && m != Long.MIN_VALUE) {
                    earnedHundredths += p;
                    countedMaxHundredths += m;
                } else {
                    exact = false;
                }
            }
        }
        if (exact) {
            earned = BigDecimal.valueOf(earnedHundredths, 2);
            countedMax = BigDecimal.valueOf(countedMaxHundredths, 2);
        } else {
            for (CriterionResult r : results) {
                if (r.counted()) {
                    earned = earned.add(r.points());
                    countedMax = countedMax.add(r.criterion().max());
                }
            }
        }
        BigDecimal max = set.maxPoints().setScale(SCALE, RoundingMode.HALF_UP);
        BigDecimal total;
        if (countedMax.signum() == 0) {
            total = BigDecimal.ZERO.setScale(SCALE);
        } else if (countedMax.compareTo(set.maxPoints()) == 0) {
            total = earned.setScale(SCALE, RoundingMode.HALF_UP);
        } else {
            total = earned.multiply(set.maxPoints()).divide(countedMax, SCALE, RoundingMode.HALF_UP);
        }
        Level byScore = set.thresholds().levelOf(total);
        Level afterGates = byScore;
        List<Reason> gateReasons = new ArrayList<>();
        for (Gate g : set.gates()) {
            IndicatorValue value = require(values, g.indicator());
            if (g.triggeredBy(value) && !g.cap().isAtLeast(afterGates)) {
                afterGates = g.cap();
                gateReasons.add(Reason.of("ktgs.scoring.reason.gate", "gate", g.id(), "label", g.label(),
                        "indicator", g.indicator().code(), "value", value.fraction(),
                        "threshold", g.threshold(), "cap", g.cap(), "source", g.source()));
            }
        }
        List<IndicatorValue> indicators = values instanceof EnumMap ? List.copyOf(values.values())
                : values.values().stream().sorted(Comparator.comparing(IndicatorValue::indicator)).toList();
        return new Scorecard(subject.id(), subject.code(), subject.name(), year, set.id(), set.version(),
                set.inForce().from(), indicators, results, total, max, byScore, afterGates, afterGates,
                gateReasons, List.of());
    }

    /**
     * Applies the quota to the scorecards of one committee's organisations: when more are excellent than the
     * share allows, the excess is demoted to good, lowest total first, ties broken by the set's rule. Returns
     * the scorecards in the order given; nothing else changes.
     */
    public List<Scorecard> applyQuota(List<Scorecard> cards) {
        if (set.quota() == null) {
            return List.copyOf(cards);
        }
        Quota q = set.quota();
        long basis = cards.stream().filter(c -> q.basis() == Quota.Basis.GOOD_ONLY
                ? c.afterGates() == Level.GOOD : c.afterGates().isAtLeast(Level.GOOD)).count();
        long allowed = q.share().multiply(BigDecimal.valueOf(basis)).setScale(0, RoundingMode.FLOOR).longValueExact();
        Comparator<Scorecard> byCode = Comparator.comparing(Scorecard::code);
        Comparator<Scorecard> keepFirst = Comparator.comparing(Scorecard::total).reversed()
                .thenComparing(q.tieBreak() == Quota.TieBreak.LAST_CODE_FIRST ? byCode : byCode.reversed());
        List<Scorecard> excellent = cards.stream().filter(c -> c.afterGates() == Level.EXCELLENT)
                .sorted(keepFirst).toList();
        if (excellent.size() <= allowed) {
            return List.copyOf(cards);
        }
        Map<String, Scorecard> demoted = new java.util.HashMap<>();
        for (int i = (int) allowed; i < excellent.size(); i++) {
            Scorecard c = excellent.get(i);
            demoted.put(c.organisation().toString(), c.demoted(Level.GOOD, Reason.of("ktgs.scoring.reason.quota",
                    "share", q.share(), "basis", basis, "allowed", allowed,
                    "excellent", excellent.size(), "rank", i + 1, "source", q.source())));
        }
        return cards.stream().map(c -> demoted.getOrDefault(c.organisation().toString(), c)).toList();
    }

    private CriterionResult scoreOne(Criterion c, IndicatorValue value) {
        if (!value.applicable()) {
            boolean full = set.notApplicable() == NotApplicable.FULL_POINTS;
            return new CriterionResult(c, value, false, full, full ? c.max() : BigDecimal.ZERO, null);
        }
        Rule rule = c.rule();
        if (rule instanceof Rule.Bands b) {
            for (Band x : b.bands()) {
                if (x.matches(value)) {
                    return new CriterionResult(c, value, true, true, x.points(), x);
                }
            }
            throw new IllegalStateException("bands checked to cover every value");
        }
        if (rule instanceof Rule.PerCount pc) {
            BigDecimal points = pc.each().multiply(BigDecimal.valueOf(value.numerator())).min(c.max());
            return new CriterionResult(c, value, true, true, points, null);
        }
        BigDecimal points = c.max().multiply(value.value()).setScale(SCALE, RoundingMode.HALF_UP);
        return new CriterionResult(c, value, true, true, points, null);
    }

    /** {@code n × 100} when it is a whole number that fits a long, else {@link Long#MIN_VALUE}. */
    private static long hundredths(BigDecimal n) {
        int scale = n.scale();
        if (scale < 0 || scale > 2 || n.precision() > 15) {
            return Long.MIN_VALUE;
        }
        long unscaled = n.unscaledValue().longValue();
        return scale == 2 ? unscaled : scale == 1 ? unscaled * 10 : unscaled * 100;
    }

    private static IndicatorValue require(Map<Indicator, IndicatorValue> values, Indicator indicator) {
        IndicatorValue v = values.get(indicator);
        if (v == null) {
            throw new IllegalArgumentException("no value for indicator " + indicator.code());
        }
        return v;
    }

    /** Who is scored. */
    public record Subject(vn.ktgs.organisation.OrganisationId id, String code, String name) {
    }

    /** An empty, ordered map to collect indicator values in. */
    public static Map<Indicator, IndicatorValue> values() {
        return new EnumMap<>(Indicator.class);
    }
}
