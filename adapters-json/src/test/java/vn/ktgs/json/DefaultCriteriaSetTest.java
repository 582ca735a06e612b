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
 * Every criterion of the shipped default set (version 2) at the edges of its bands, its gates (the 366-QĐ/TW
 * discipline condition among them) and the set's properties; version 1 is {@link DefaultCriteriaSetVersion1Test}.
 */
class DefaultCriteriaSetTest {

    private static final CriteriaSet SET = JsonCriteriaSets.shippedDefault();
    private static final Scorer SCORER = new Scorer(SET);
    private static final Scorer.Subject CELL = new Scorer.Subject(new OrganisationId(new UUID(0, 1)), "CB1", "Chi bộ 1");

    /** Every indicator at full marks: plan adopted, all items fine, 2 coordinated activities, no one disciplined. */
    private static Map<Indicator, IndicatorValue> perfect() {
        var m = Scorer.values();
        for (Indicator i : Indicator.values()) {
            m.put(i, switch (i.kind()) {
                case FLAG -> IndicatorValue.flag(i, true, List.of(), "");
                case COUNT -> IndicatorValue.count(i, i.higherIsBetter() ? 2 : 0, List.of());
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
        "plan-member-share, plan.targets.memberShare, 0, 5, 0",
        "plan-member-share, plan.targets.memberShare, 14, 100, 0",
        "plan-member-share, plan.targets.memberShare, 15, 100, 5",
        "plan-member-share, plan.targets.memberShare, 29, 100, 5",
        "plan-member-share, plan.targets.memberShare, 3, 10, 10",
        "plan-member-share, plan.targets.memberShare, 4, 5, 10",
        "plan-leadership, plan.targets.leadership, 0, 3, 0",
        "plan-leadership, plan.targets.leadership, 1, 2, 2.5",
        "plan-leadership, plan.targets.leadership, 2, 3, 3.33",
        "plan-leadership, plan.targets.leadership, 3, 3, 5",
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
    void isVersionTwoOfSchemaTwoWithPlanQualityThatVaries() {
        assertThat(SET.reference()).isEqualTo("ktgs-default-65-KH-DU v2");
        assertThat(SET.schemaVersion()).isEqualTo(2);
        assertThat(SET.criteria()).extracting(c -> c.id()).containsExactly("plan-adopted", "plan-member-share",
                "plan-leadership", "plan-mix", "implementation", "coverage", "follow-up", "reports", "coordination",
                "dissemination", "secretary");
        assertThat(SET.criteria()).extracting(c -> c.indicator()).doesNotContain(Indicator.PLAN_ITEMS_WITH_TARGETS,
                Indicator.PLAN_ITEMS_TIED_TO_POLITICAL_TASK);
        assertThat(SET.quotaRule()).hasValueSatisfying(q -> {
            assertThat(q.order()).isEqualTo(vn.ktgs.scoring.Quota.CodeOrder.VIETNAMESE);
            assertThat(q.source().vi()).startsWith("quy định địa phương tùy chọn");
            assertThat(q.source().en()).startsWith("optional local rule").contains("124-QĐ/TW", "since replaced");
        });
        assertThat(SET.label().en()).contains("the quota is an optional local rule");
    }

    @ParameterizedTest(name = "{0} members disciplined, {1} of them leaders: {2}")
    @CsvSource({"0, 0, EXCELLENT, ''", "1, 0, GOOD, excellent-no-member-disciplined",
            "1, 1, GOOD, excellent-no-member-disciplined", "3, 2, GOOD, excellent-no-member-disciplined"})
    void excellentNeedsNoMemberDisciplinedInTheYear(long members, long leaders, Level level, String gate) {
        var values = perfect();
        values.put(Indicator.MEMBERS_DISCIPLINED, IndicatorValue.count(Indicator.MEMBERS_DISCIPLINED, members,
                List.of()));
        values.put(Indicator.LEADERSHIP_DISCIPLINED, IndicatorValue.count(Indicator.LEADERSHIP_DISCIPLINED, leaders,
                List.of()));
        Scorecard card = SCORER.score(CELL, 2025, values);
        assertThat(card.total()).isEqualByComparingTo("100");
        assertThat(card.byScore()).isEqualTo(Level.EXCELLENT);
        assertThat(card.level()).isEqualTo(level);
        // the first gate that lowers the level gives the reason; the leadership gate caps at the same level
        assertThat(card.gates()).extracting(r -> r.args().get("gate"))
                .containsExactlyElementsOf(gate.isEmpty() ? List.of() : List.of(gate));
    }

    @Test
    void theLeadershipGateHoldsOnItsOwnInASetWithoutTheMembersGate() {
        var gates = SET.gates().stream().filter(g -> !g.id().equals("excellent-no-member-disciplined")).toList();
        CriteriaSet leadersOnly = new CriteriaSet(SET.id(), SET.version(), SET.schemaVersion(), SET.inForce(),
                SET.legalReferences(), SET.label(), SET.isDefault(), SET.criteria(), SET.notApplicable(), gates,
                SET.thresholds(), SET.quota(), SET.targets());
        var values = perfect();
        values.put(Indicator.MEMBERS_DISCIPLINED, IndicatorValue.count(Indicator.MEMBERS_DISCIPLINED, 1, List.of()));
        values.put(Indicator.LEADERSHIP_DISCIPLINED, IndicatorValue.count(Indicator.LEADERSHIP_DISCIPLINED, 1,
                List.of()));
        Scorecard card = new Scorer(leadersOnly).score(CELL, 2025, values);
        assertThat(card.level()).isEqualTo(Level.GOOD);
        assertThat(card.gates()).singleElement().satisfies(r -> assertThat(r.text(java.util.Locale.ENGLISH))
                .contains("(excellent-no-leader-disciplined)", "is 1, at least 1", "366-QĐ/TW"));
    }

    @Test
    void aCellWithoutAPlanScoresNoPlanQualityAndHasNoItemsToBeOnTime() {
        // as the calculator gives them with no adopted plan: the flags 0, the shares over people 0 over the roll,
        // the shares over items 0/0
        var values = perfect();
        values.put(Indicator.PLAN_ADOPTED, IndicatorValue.flag(Indicator.PLAN_ADOPTED, false, List.of(), ""));
        values.put(Indicator.PLAN_HAS_INSPECTION_AND_SUPERVISION,
                IndicatorValue.flag(Indicator.PLAN_HAS_INSPECTION_AND_SUPERVISION, false, List.of(), ""));
        values.put(Indicator.PLAN_TARGETS_MEMBER_SHARE,
                IndicatorValue.ratio(Indicator.PLAN_TARGETS_MEMBER_SHARE, 0, 5, List.of()));
        values.put(Indicator.PLAN_TARGETS_LEADERSHIP,
                IndicatorValue.ratio(Indicator.PLAN_TARGETS_LEADERSHIP, 0, 2, List.of()));
        values.put(Indicator.ITEMS_CONCLUDED_ON_TIME,
                IndicatorValue.ratio(Indicator.ITEMS_CONCLUDED_ON_TIME, 0, 0, List.of()));
        Scorecard card = SCORER.score(CELL, 2025, values);

        Map<String, CriterionResult> byId = new java.util.HashMap<>();
        card.criteria().forEach(r -> byId.put(r.criterion().id(), r));
        for (String planCriterion : List.of("plan-adopted", "plan-member-share", "plan-leadership", "plan-mix")) {
            assertThat(byId.get(planCriterion).state()).as(planCriterion).isEqualTo(CriterionResult.State.SCORED);
            assertThat(byId.get(planCriterion).points()).as(planCriterion).isEqualByComparingTo("0");
        }
        assertThat(byId.get("implementation").state()).isEqualTo(CriterionResult.State.EXCLUDED);
        assertThat(byId.get("implementation").countedPoints()).isEmpty();
        // 45 of the 80 points still counted (coverage 10, follow-up 10, reports 10, coordination 5, dissemination 5,
        // secretary 5) → 45 × 100 / 80 = 56.25; the plan's 35 points are not handed to the others
        assertThat(card.total()).isEqualByComparingTo("56.25");
        assertThat(card.renormalisation()).hasValueSatisfying(r -> assertThat(r.text(java.util.Locale.ENGLISH))
                .isEqualTo("criteria not applicable: 1 (20 points), left out; total rescaled = 45/80 × 100 = 56.25"));
        assertThat(card.level()).isEqualTo(Level.NOT_COMPLETED);
        assertThat(card.gates()).extracting(r -> r.args().get("gate")).containsExactly("no-plan");
    }

    @ParameterizedTest(name = "{0} of 10 items late: {1}")
    @CsvSource({"0, EXCELLENT, ''", "1, COMPLETED, not-all-on-time", "2, COMPLETED, not-all-on-time",
            "3, NOT_COMPLETED, late-items"})
    void completedAllowsAtMostTwentyPercentOfItemsLateAndGoodNone(int late, Level level, String gate) {
        var values = perfect();
        values.put(Indicator.ITEMS_CONCLUDED_ON_TIME, IndicatorValue.ratio(Indicator.ITEMS_CONCLUDED_ON_TIME,
                10 - late, 10, List.of()));
        values.put(Indicator.ITEMS_LATE, IndicatorValue.ratio(Indicator.ITEMS_LATE, late, 10, List.of()));
        Scorecard card = SCORER.score(CELL, 2025, values);
        assertThat(card.afterGates()).isEqualTo(Level.worse(card.byScore(), level));
        assertThat(card.gates()).extracting(r -> r.args().get("gate"))
                .containsExactlyElementsOf(gate.isEmpty() ? List.of() : List.of(gate));
    }

    @Test
    void theSetWithoutTheQuotaIsTheDefaultLessItsQuota() {
        CriteriaSet regulation = JsonCriteriaSets.shippedWithoutQuota();
        assertThat(regulation.reference()).isEqualTo("ktgs-default-65-KH-DU-no-quota v1");
        assertThat(regulation.quotaRule()).isEmpty();
        assertThat(regulation.criteria()).isEqualTo(SET.criteria());
        assertThat(regulation.gates()).isEqualTo(SET.gates());
        assertThat(regulation.targets()).isEqualTo(SET.targets());
        assertThat(regulation.thresholds()).isEqualTo(SET.thresholds());
        assertThat(regulation.notApplicable()).isEqualTo(SET.notApplicable());
        assertThat(regulation.inForce()).isEqualTo(SET.inForce());
        assertThat(regulation.label().en()).contains("no quota");
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
