package vn.ktgs.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties every sound criteria set keeps: bounded, monotonic, deterministic, and a quota that only demotes. */
class ScorerPropertiesTest {

    private final Scorer scorer = new Scorer(CriteriaSetTestData.aSet());

    /** items, onTime ≤ items, members, covered ≤ members, coordinated, late ≤ items - onTime, plan adopted. */
    private static final Gen<int[]> RECORDS = integers().between(0, 30).zip(integers().between(0, 30),
            integers().between(0, 40), integers().between(0, 40), (items, a, members, b) -> new int[] {items,
                    Math.min(a, items), members, Math.min(b, members)})
            .zip(integers().between(0, 6), integers().between(0, 30), integers().between(0, 1), (r, coord, late, plan) ->
                    new int[] {r[0], r[1], r[2], r[3], coord, Math.min(late, r[0] - r[1]), plan});

    private static Map<Indicator, IndicatorValue> values(int[] r) {
        var m = ScorerTest.values(r[1], r[0], r[3], r[2], r[4], r[5]);
        m.put(Indicator.PLAN_ADOPTED, IndicatorValue.flag(Indicator.PLAN_ADOPTED, r[6] == 1, List.of(), ""));
        return m;
    }

    private Scorecard score(String code, int[] r) {
        return scorer.score(ScorerTest.cell(code), 2025, values(r));
    }

    @Test
    void proportionalPointsAndTheTotalAreExactSumsRoundedHalfUp() {
        // coverage is proportional on 20 points: 20 × covered / members, rounded half up to hundredths, computed
        // here with BigDecimal; the total (everything applicable, nothing rescaled) is the plain sum of the points
        qt().withExamples(1000).forAll(integers().between(1, 2_000_000), integers().between(0, 2_000_000),
                RECORDS).checkAssert((members, covered, r) -> {
                    int[] x = r.clone();
                    x[0] = Math.max(x[0], 1);
                    x[1] = Math.min(x[1], x[0]);
                    x[5] = Math.min(x[5], x[0] - x[1]);
                    x[2] = members;
                    x[3] = Math.min(covered, members);
                    Scorecard c = score("CB1", x);
                    java.math.BigDecimal expected = new java.math.BigDecimal(20).multiply(
                            java.math.BigDecimal.valueOf(x[3])).divide(java.math.BigDecimal.valueOf(members), 2,
                            java.math.RoundingMode.HALF_UP);
                    assertThat(c.criteria().get(2).points()).isEqualByComparingTo(expected);
                    java.math.BigDecimal sum = c.criteria().stream().map(CriterionResult::points)
                            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
                    assertThat(c.total()).isEqualByComparingTo(sum);
                });
    }

    @Test
    void theTotalStaysWithinZeroAndTheMaximum() {
        qt().withExamples(500).forAll(RECORDS).checkAssert(r -> {
            Scorecard c = score("CB1", r);
            assertThat(c.total()).isBetween(java.math.BigDecimal.ZERO, c.max());
        });
    }

    @Test
    void theTotalNeverFallsWhenOneIndicatorImproves() {
        qt().withExamples(500).forAll(RECORDS, integers().between(0, 4)).checkAssert((r, which) -> {
            int[] better = r.clone();
            switch (which) {
                case 0 -> {
                    // one more item on time; the late items can then be at most the rest, which is no worse
                    better[1] = Math.min(better[0], better[1] + 1);
                    better[5] = Math.min(better[5], better[0] - better[1]);
                }
                case 1 -> better[3] = Math.min(better[2], better[3] + 1);
                case 2 -> better[4] = better[4] + 1;
                case 3 -> better[5] = Math.max(0, better[5] - 1);
                default -> better[6] = 1;
            }
            Scorecard before = score("CB1", r);
            Scorecard after = score("CB1", better);
            assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
            assertThat(after.afterGates().isAtLeast(before.afterGates())).isTrue();
        });
    }

    @Test
    void scoringIsDeterministicAndTheQuotaIndependentOfInputOrder() {
        qt().withExamples(200).forAll(lists().of(RECORDS).ofSizeBetween(1, 25), integers().all())
                .checkAssert((records, seed) -> {
                    List<Scorecard> cards = new ArrayList<>();
                    for (int i = 0; i < records.size(); i++) {
                        cards.add(score(String.format("CB%02d", i), records.get(i)));
                    }
                    List<Scorecard> shuffled = new ArrayList<>(cards);
                    Collections.shuffle(shuffled, new Random(seed));

                    Map<String, Level> a = levels(scorer.applyQuota(cards));
                    Map<String, Level> b = levels(scorer.applyQuota(shuffled));
                    assertThat(b).isEqualTo(a);
                    assertThat(score("CB00", records.get(0))).isEqualTo(cards.get(0));
                });
    }

    @Test
    void theQuotaNeverLeavesMoreExcellentThanAllowedAndOnlyDemotesExcellentToGood() {
        qt().withExamples(300).forAll(lists().of(RECORDS).ofSizeBetween(0, 30)).checkAssert(records -> {
            List<Scorecard> cards = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                cards.add(score(String.format("CB%02d", i), records.get(i)));
            }
            List<Scorecard> after = scorer.applyQuota(cards);
            long goodOrBetter = cards.stream().filter(c -> c.afterGates().isAtLeast(Level.GOOD)).count();
            long excellent = after.stream().filter(c -> c.level() == Level.EXCELLENT).count();
            long excellentBefore = cards.stream().filter(c -> c.afterGates() == Level.EXCELLENT).count();
            assertThat(excellent).isLessThanOrEqualTo(Math.max(goodOrBetter / 5, 0));
            assertThat(excellent).isEqualTo(Math.min(excellentBefore, goodOrBetter / 5));
            for (int i = 0; i < cards.size(); i++) {
                Scorecard b = cards.get(i);
                Scorecard a = after.get(i);
                if (a.level() != b.afterGates()) {
                    assertThat(b.afterGates()).isEqualTo(Level.EXCELLENT);
                    assertThat(a.level()).isEqualTo(Level.GOOD);
                    assertThat(a.quota()).hasSize(1);
                } else {
                    assertThat(a).isEqualTo(b);
                }
            }
        });
    }

    private static Map<String, Level> levels(List<Scorecard> cards) {
        Map<String, Level> out = new java.util.TreeMap<>();
        cards.forEach(c -> out.put(c.code(), c.level()));
        return out;
    }

    @Test
    void aValueComparesWithAThresholdExactlyAsTheFractionDoes() {
        // the long fast path and the BigDecimal path give the sign of numerator / denominator − threshold
        qt().withExamples(2000).forAll(integers().between(0, 1000), integers().between(1, 1000),
                integers().between(-2000, 2000), integers().between(0, 4)).checkAssert((n, d, unscaled, scale) -> {
            java.math.BigDecimal threshold = java.math.BigDecimal.valueOf(unscaled, scale);
            IndicatorValue v = IndicatorValue.ratio(Indicator.MEMBER_COVERAGE, Math.min(n, d), d, List.of());
            int exact = new java.math.BigDecimal(Math.min(n, d)).compareTo(threshold.multiply(new java.math.BigDecimal(d)));
            assertThat(v.compareTo(threshold)).isEqualTo(Integer.signum(exact));
            assertThat(v.atLeast(threshold)).isEqualTo(exact >= 0);
            assertThat(v.below(threshold)).isEqualTo(exact < 0);
        });
    }

    @Test
    void aGateOnACountAtLeastNeverLetsMoreDisciplineScoreAHigherLevel() {
        Gate gate = new Gate("d", new LocalisedText("Kỷ luật", "Discipline"), Indicator.MEMBERS_DISCIPLINED,
                Gate.Condition.AT_LEAST, java.math.BigDecimal.ONE, Level.GOOD, LocalisedText.neutral("366-QĐ/TW"));
        CriteriaSet base = CriteriaSetTestData.aSet();
        Scorer gated = new Scorer(new CriteriaSet(base.id(), base.version(), 2, base.inForce(), base.legalReferences(),
                base.label(), base.isDefault(), base.criteria(), base.notApplicable(), List.of(gate), base.thresholds(),
                base.quota(), base.targets()));
        qt().withExamples(300).forAll(RECORDS, integers().between(0, 5), integers().between(0, 5))
                .checkAssert((r, x, y) -> {
                    var fewer = values(r);
                    var more = values(r);
                    fewer.put(Indicator.MEMBERS_DISCIPLINED, IndicatorValue.count(Indicator.MEMBERS_DISCIPLINED,
                            Math.min(x, y), List.of()));
                    more.put(Indicator.MEMBERS_DISCIPLINED, IndicatorValue.count(Indicator.MEMBERS_DISCIPLINED,
                            Math.max(x, y), List.of()));
                    Scorecard f = gated.score(ScorerTest.cell("CB1"), 2025, fewer);
                    Scorecard m = gated.score(ScorerTest.cell("CB1"), 2025, more);
                    assertThat(m.total()).isEqualByComparingTo(f.total());
                    assertThat(f.afterGates().isAtLeast(m.afterGates())).isTrue();
                    assertThat(m.afterGates() == Level.EXCELLENT).isEqualTo(
                            Math.max(x, y) == 0 && m.byScore() == Level.EXCELLENT);
                });
    }
}
