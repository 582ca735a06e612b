package vn.ktgs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.scoring.CriteriaSet;
import vn.ktgs.scoring.CriterionResult;
import vn.ktgs.scoring.Indicator;
import vn.ktgs.scoring.IndicatorKind;
import vn.ktgs.scoring.IndicatorValue;
import vn.ktgs.scoring.Level;
import vn.ktgs.scoring.Scorecard;
import vn.ktgs.scoring.Scorer;

/**
 * Version 1 of the shipped default set, kept loadable so that its scores can be reproduced: every criterion at the
 * edges of its bands, and the set's properties, as they were before version 2.
 */
class DefaultCriteriaSetVersion1Test {

    private static final CriteriaSet SET = JsonCriteriaSets.shippedDefault(1);
    private static final Scorer SCORER = new Scorer(SET);
    private static final Scorer.Subject CELL = new Scorer.Subject(new OrganisationId(new UUID(0, 1)), "CB1", "Chi bộ 1");

    /** Every indicator at full marks: plan adopted, all items fine, 2 coordinated activities. */
    private static Map<Indicator, IndicatorValue> perfect() {
        var m = Scorer.values();
        for (Indicator i : Indicator.values()) {
            m.put(i, switch (i.kind()) {
                case FLAG -> IndicatorValue.flag(i, true, List.of(), "");
                case COUNT -> IndicatorValue.count(i, 2, List.of());
                case RATIO -> i.higherIsBetter() ? IndicatorValue.ratio(i, 10, 10, List.of())
                        : IndicatorValue.ratio(i, 0, 10, List.of());
            });
        }
        return m;
    }

    private static BigDecimal pointsOf(String criterion, Indicator indicator, long numerator, long denominator) {
        var values = perfect();
        values.put(indicator, indicator.kind() == IndicatorKind.COUNT
                ? IndicatorValue.count(indicator, numerator, List.of())
                : indicator.kind() == IndicatorKind.FLAG ? IndicatorValue.flag(indicator, numerator == 1, List.of(), "")
                : IndicatorValue.ratio(indicator, numerator, denominator, List.of()));
        Scorecard card = SCORER.score(CELL, 2025, values);
        return card.criteria().stream().filter(r -> r.criterion().id().equals(criterion)).findFirst()
                .map(CriterionResult::points).orElseThrow();
    }

    @ParameterizedTest(name = "{0}: {2}/{3} gives {4}")
    @CsvSource({
        "plan-adopted,   plan.adopted,          0, 1, 0",
        "plan-adopted,   plan.adopted,          1, 1, 15",
        "plan-focus,     plan.quality.focus,    49, 100, 0",
        "plan-focus,     plan.quality.focus,    50, 100, 5",
        "plan-focus,     plan.quality.focus,    79, 100, 5",
        "plan-focus,     plan.quality.focus,    80, 100, 8",
        "plan-focus,     plan.quality.focus,    99, 100, 8",
        "plan-focus,     plan.quality.focus,    100, 100, 10",
        "plan-targets,   plan.quality.targets,  1, 2, 2.5",
        "plan-targets,   plan.quality.targets,  2, 3, 3.33",
        "plan-mix,       plan.quality.mix,      0, 1, 0",
        "plan-mix,       plan.quality.mix,      1, 1, 5",
        "implementation, implementation.onTime, 49, 100, 0",
        "implementation, implementation.onTime, 1, 2, 8",
        "implementation, implementation.onTime, 69, 100, 8",
        "implementation, implementation.onTime, 7, 10, 14",
        "implementation, implementation.onTime, 89, 100, 14",
        "implementation, implementation.onTime, 9, 10, 18",
        "implementation, implementation.onTime, 99, 100, 18",
        "implementation, implementation.onTime, 10, 10, 20",
        "coverage,       members.coverage,      14, 100, 0",
        "coverage,       members.coverage,      15, 100, 5",
        "coverage,       members.coverage,      29, 100, 5",
        "coverage,       members.coverage,      3, 10, 10",
        "coverage,       members.coverage,      1, 1, 10",
        "follow-up,      followUp.onTime,       3, 4, 7.5",
        "reports,        reports.onTime,        2, 5, 0",
        "reports,        reports.onTime,        1, 2, 4",
        "reports,        reports.onTime,        74, 100, 4",
        "reports,        reports.onTime,        3, 4, 7",
        "reports,        reports.onTime,        4, 5, 7",
        "reports,        reports.onTime,        5, 5, 10",
        "coordination,   coordination.count,    0, 1, 0",
        "coordination,   coordination.count,    1, 1, 2.5",
        "coordination,   coordination.count,    2, 1, 5",
        "coordination,   coordination.count,    7, 1, 5",
        "dissemination,  dissemination.reach,   79, 100, 0",
        "dissemination,  dissemination.reach,   4, 5, 3",
        "dissemination,  dissemination.reach,   29, 30, 3",
        "dissemination,  dissemination.reach,   30, 30, 5",
        "secretary,      leadership.secretary,  0, 1, 0",
        "secretary,      leadership.secretary,  1, 1, 5",
    })
    void eachDefaultCriterionAtItsBandEdges(String criterion, String indicator, long numerator, long denominator,
                                            String points) {
        Indicator i = Indicator.byCode(indicator).orElseThrow();
        assertThat(pointsOf(criterion, i, numerator, denominator)).isEqualByComparingTo(points);
    }

    @Test
    void isVersionOneOfSchemaOneWithTheCriteriaItHad() {
        assertThat(SET.reference()).isEqualTo("ktgs-default-65-KH-DU v1");
        assertThat(SET.schemaVersion()).isEqualTo(1);
        assertThat(SET.criteria()).extracting(c -> c.id()).containsExactly("plan-adopted", "plan-focus",
                "plan-targets", "plan-mix", "implementation", "coverage", "follow-up", "reports", "coordination",
                "dissemination", "secretary");
        assertThat(SET.quotaRule()).hasValueSatisfying(q ->
                assertThat(q.order()).isEqualTo(vn.ktgs.scoring.Quota.CodeOrder.CODE_POINTS));
    }

    @Test
    void fullMarksMakeOneHundredPointsAndExcellent() {
        Scorecard card = SCORER.score(CELL, 2025, perfect());
        assertThat(card.total()).isEqualByComparingTo("100");
        assertThat(card.level()).isEqualTo(Level.EXCELLENT);
    }

    @Test
    void anUnadoptedPlanIsNotCompletedWhateverTheRest() {
        var values = perfect();
        values.put(Indicator.PLAN_ADOPTED, IndicatorValue.flag(Indicator.PLAN_ADOPTED, false, List.of(), ""));
        Scorecard card = SCORER.score(CELL, 2025, values);
        assertThat(card.total()).isEqualByComparingTo("85");
        assertThat(card.level()).isEqualTo(Level.NOT_COMPLETED);
    }

    @Test
    void theTotalStaysWithinBoundsAndNeverFallsWhenOneShareImproves() {
        List<Indicator> ratios = SET.criteria().stream().map(c -> c.indicator())
                .filter(i -> i.kind() == IndicatorKind.RATIO).distinct().toList();
        qt().withExamples(400).forAll(integers().between(0, ratios.size() - 1), integers().between(0, 20),
                integers().between(0, 20), integers().between(0, 20)).checkAssert((which, a, b, den) -> {
                    Indicator i = ratios.get(which);
                    int low = Math.min(a, b);
                    int high = Math.max(a, b);
                    int d = Math.max(den, high);
                    var worse = perfect();
                    var better = perfect();
                    worse.put(i, IndicatorValue.ratio(i, low, d, List.of()));
                    better.put(i, IndicatorValue.ratio(i, high, d, List.of()));
                    Scorecard w = SCORER.score(CELL, 2025, worse);
                    Scorecard bt = SCORER.score(CELL, 2025, better);
                    assertThat(w.total()).isBetween(BigDecimal.ZERO, w.max());
                    assertThat(bt.total()).isGreaterThanOrEqualTo(w.total());
                });
    }
}
