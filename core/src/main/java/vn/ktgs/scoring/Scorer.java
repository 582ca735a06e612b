package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.RejectedException;

/**
 * Chấm điểm: turns indicator values into a scorecard under a criteria set: points per criterion, the total,
 * the level by the thresholds and the gates. Pure and deterministic: the same values and set give the same
 * scorecard. The quota, which compares organisations, is applied afterwards by {@link #applyQuota}.
 */
public final class Scorer {

    private static final int SCALE = 2;

    private final CriteriaSet set;
    /** The criteria, each with what scoring it needs worked out once. */
    private final Compiled[] compiled;
    private final BigDecimal maxPoints;
    private final BigDecimal maxScaled;

    /**
     * @throws RejectedException when the set is not sound ({@link CriteriaSetRules#check})
     */
    public Scorer(CriteriaSet set) {
        var problems = CriteriaSetRules.check(set);
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        this.set = set;
        this.compiled = set.criteria().stream().map(Compiled::new).toArray(Compiled[]::new);
        this.maxPoints = set.maxPoints();
        this.maxScaled = maxPoints.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public CriteriaSet criteriaSet() {
        return set;
    }

    /** The scorecard of one organisation (before the quota) from its indicator values. */
    public Scorecard score(Subject subject, int year, Map<Indicator, IndicatorValue> values) {
        CriterionResult[] results = new CriterionResult[compiled.length];
        long[] points = new long[compiled.length];
        long earnedHundredths = 0;
        long countedMaxHundredths = 0;
        boolean exact = true;
        for (int k = 0; k < compiled.length; k++) {
            Compiled c = compiled[k];
            CriterionResult r = c.score(require(values, c.criterion.indicator()), set.notApplicable(), points, k);
            results[k] = r;
            if (r.counted()) {
                long p = points[k];
                if (exact && p != Long.MIN_VALUE && c.maxHundredths != Long.MIN_VALUE) {
                    earnedHundredths += p;
                    countedMaxHundredths += c.maxHundredths;
                } else {
                    exact = false;
                }
            }
        }
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal countedMax = BigDecimal.ZERO;
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
        BigDecimal total;
        if (countedMax.signum() == 0) {
            total = BigDecimal.ZERO.setScale(SCALE);
        } else if (countedMax.compareTo(maxPoints) == 0) {
            total = earned.setScale(SCALE, RoundingMode.HALF_UP);
        } else {
            total = earned.multiply(maxPoints).divide(countedMax, SCALE, RoundingMode.HALF_UP);
        }
        Level byScore = set.thresholds().levelOf(total);
        Level afterGates = byScore;
        List<Reason> gateReasons = List.of();
        for (Gate g : set.gates()) {
            IndicatorValue value = require(values, g.indicator());
            if (g.triggeredBy(value) && !g.cap().isAtLeast(afterGates)) {
                afterGates = g.cap();
                if (gateReasons.isEmpty()) {
                    gateReasons = new ArrayList<>(2);
                }
                gateReasons.add(Reason.of(g.condition() == Gate.Condition.BELOW ? "ktgs.scoring.reason.gate"
                        : "ktgs.scoring.reason.gate." + g.condition().key(), "gate", g.id(), "label", g.label(),
                        "indicator", g.indicator(), "value", value.fraction(),
                        "threshold", g.threshold(), "cap", g.cap(), "source", g.source()));
            }
        }
        List<IndicatorValue> indicators = values instanceof EnumMap ? List.copyOf(values.values())
                : values.values().stream().sorted(Comparator.comparing(IndicatorValue::indicator)).toList();
        return new Scorecard(subject.id(), subject.code(), subject.name(), year, set.id(), set.version(),
                set.inForce().from(), indicators, List.of(results), total, maxScaled, byScore, afterGates,
                afterGates, gateReasons, List.of());
    }

    /** The result of criterion {@code k} (in the set's order) for {@code value}, as scoring gives it. */
    CriterionResult criterion(int k, IndicatorValue value) {
        return compiled[k].score(value, set.notApplicable(), new long[1], 0);
    }

    /**
     * Applies the quota to the scorecards of one committee's organisations: when more are excellent than the
     * share allows, the excess is demoted to good, lowest total first, ties broken by the set's rule over the codes
     * in the order it names ({@link Quota.CodeOrder}: Vietnamese, or code points for sets of schema 1). Returns
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
        Comparator<Scorecard> byCode = Comparator.comparing(Scorecard::code, q.order().comparator());
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

    /** One criterion with its maximum in hundredths and its bands' bounds as exact integers. */
    private static final class Compiled {
        final Criterion criterion;
        final long maxHundredths;
        private final Band[] bands;
        private final long[] bandHundredths;
        private final Bound[] from;
        private final @Nullable Bound[] to;
        private final long eachHundredths;
        /** Proportional points already made, by hundredths (filled as met; racing threads make equal values). */
        private final BigDecimal @Nullable [] madePoints;

        Compiled(Criterion criterion) {
            this.criterion = criterion;
            this.maxHundredths = Scorer.hundredths(criterion.max());
            List<Band> list = criterion.rule() instanceof Rule.Bands b ? b.bands() : List.of();
            bands = list.toArray(Band[]::new);
            bandHundredths = new long[bands.length];
            from = new Bound[bands.length];
            to = new Bound[bands.length];
            eachHundredths = criterion.rule() instanceof Rule.PerCount pc ? Scorer.hundredths(pc.each())
                    : Long.MIN_VALUE;
            madePoints = maxHundredths >= 0 && maxHundredths <= 100_00 ? new BigDecimal[(int) maxHundredths + 1]
                    : null;
            for (int i = 0; i < bands.length; i++) {
                bandHundredths[i] = Scorer.hundredths(bands[i].points());
                from[i] = new Bound(bands[i].from());
                to[i] = bands[i].to() == null ? null : new Bound(bands[i].to());
            }
        }

        /**
         * The result of this criterion for {@code value}; its points in hundredths go to {@code hundredths[k]}
         * ({@link Long#MIN_VALUE} when they do not fit a long).
         */
        CriterionResult score(IndicatorValue value, NotApplicable notApplicable, long[] hundredths, int k) {
            if (!value.applicable()) {
                boolean full = notApplicable == NotApplicable.FULL_POINTS;
                hundredths[k] = full ? maxHundredths : 0;
                return new CriterionResult(criterion, value, false, full, full ? criterion.max() : BigDecimal.ZERO,
                        null);
            }
            Rule rule = criterion.rule();
            if (rule instanceof Rule.Bands) {
                for (int i = 0; i < bands.length; i++) {
                    Bound upper = to[i];
                    if (from[i].atMost(value) && (upper == null || !upper.atMost(value))) {
                        hundredths[k] = bandHundredths[i];
                        return new CriterionResult(criterion, value, true, true, bands[i].points(), bands[i]);
                    }
                }
                throw new IllegalStateException("bands checked to cover every value");
            }
            if (rule instanceof Rule.PerCount pc) {
                BigDecimal points = pc.each().multiply(BigDecimal.valueOf(value.numerator())).min(criterion.max());
                long n = value.numerator();
                hundredths[k] = eachHundredths != Long.MIN_VALUE && maxHundredths != Long.MIN_VALUE
                        && eachHundredths >= 0 && eachHundredths < (1L << 31) && n < (1L << 31)
                        ? Math.min(eachHundredths * n, maxHundredths) : Scorer.hundredths(points);
                return new CriterionResult(criterion, value, true, true, points, null);
            }
            BigDecimal points;
            if (proportionalFits(value)) {
                long h = proportionalHundredths(value);
                hundredths[k] = h;
                points = points(h);
            } else {
                points = criterion.max().multiply(BigDecimal.valueOf(value.numerator()))
                        .divide(BigDecimal.valueOf(value.denominator()), SCALE, RoundingMode.HALF_UP);
                hundredths[k] = Scorer.hundredths(points);
            }
            return new CriterionResult(criterion, value, true, true, points, null);
        }

        /** {@code h} hundredths as points, made once per value. */
        private BigDecimal points(long h) {
            BigDecimal[] made = madePoints;
            if (made == null || h < 0 || h >= made.length) {
                return BigDecimal.valueOf(h, SCALE);
            }
            BigDecimal p = made[(int) h];
            if (p == null) {
                p = BigDecimal.valueOf(h, SCALE);
                made[(int) h] = p;
            }
            return p;
        }

        private boolean proportionalFits(IndicatorValue value) {
            return maxHundredths != Long.MIN_VALUE && maxHundredths >= 0 && maxHundredths < (1L << 20)
                    && value.numerator() < (1L << 40) && value.denominator() < (1L << 40);
        }

        /** max × numerator / denominator in hundredths, rounded half up. */
        private long proportionalHundredths(IndicatorValue value) {
            long d = value.denominator();
            return (2 * maxHundredths * value.numerator() + d) / (2 * d);
        }
    }

    /** A band's bound as unscaled × 10^-scale, compared with a value in longs when nothing can overflow. */
    private static final class Bound {
        private final BigDecimal bound;
        private final long unscaled;
        private final long power;
        private final boolean fits;

        Bound(BigDecimal bound) {
            this.bound = bound;
            int scale = bound.scale();
            this.fits = scale >= 0 && scale <= 9 && bound.precision() <= 9;
            this.unscaled = fits ? bound.unscaledValue().longValueExact() : 0;
            this.power = fits ? IndicatorValue.POWERS[scale] : 0;
        }

        /** Whether bound ≤ value, exactly. */
        boolean atMost(IndicatorValue value) {
            long n = value.numerator();
            long d = value.denominator();
            if (fits && n < (1L << 31) && d < (1L << 31)) {
                return n * power >= unscaled * d;
            }
            return value.atLeast(bound);
        }
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
