package vn.ktgs.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.ktgs.scoring.CriteriaSetTestData.aSet;
import static vn.ktgs.scoring.CriteriaSetTestData.band;
import static vn.ktgs.scoring.CriteriaSetTestData.bands;
import static vn.ktgs.scoring.CriteriaSetTestData.criterion;
import static vn.ktgs.scoring.CriteriaSetTestData.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.OrganisationId;

class ScorerTest {

    private final Scorer scorer = new Scorer(aSet());

    static Scorer.Subject cell(String code) {
        return new Scorer.Subject(new OrganisationId(UUID.nameUUIDFromBytes(code.getBytes())), code, "Chi bộ " + code);
    }

    /** Values with the plan adopted and everything else given. */
    static Map<Indicator, IndicatorValue> values(long onTime, long items, long covered, long members, long coordinated,
                                                 long late) {
        var m = Scorer.values();
        m.put(Indicator.PLAN_ADOPTED, IndicatorValue.flag(Indicator.PLAN_ADOPTED, true, List.of(new java.util.UUID(0, 1)), "2025-01-10"));
        m.put(Indicator.ITEMS_CONCLUDED_ON_TIME, IndicatorValue.ratio(Indicator.ITEMS_CONCLUDED_ON_TIME, onTime, items, List.of()));
        m.put(Indicator.MEMBER_COVERAGE, IndicatorValue.ratio(Indicator.MEMBER_COVERAGE, covered, members, List.of()));
        m.put(Indicator.COORDINATED_ACTIVITIES, IndicatorValue.count(Indicator.COORDINATED_ACTIVITIES, coordinated, List.of()));
        m.put(Indicator.ITEMS_LATE, IndicatorValue.ratio(Indicator.ITEMS_LATE, late, items, List.of()));
        return m;
    }

    @ParameterizedTest(name = "{0}/{1} concluded on time gives {2} points")
    @CsvSource({"0,10,0", "4,10,0", "5,10,20", "7,10,20", "8,10,30", "9,10,30", "10,10,40", "49,100,0", "50,100,20",
            "79,100,20", "80,100,30", "99,100,30", "100,100,40", "1,3,0", "2,3,20", "4,5,30"})
    void onTimeBandsHaveInclusiveLowerAndExclusiveUpperEdges(long onTime, long items, String points) {
        Scorecard card = scorer.score(cell("CB1"), 2025, values(onTime, items, 1, 1, 0, 0));

        CriterionResult r = card.criteria().get(1);
        assertThat(r.criterion().id()).isEqualTo("onTime");
        assertThat(r.points()).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "{0} late of 10 gives {1} points")
    @CsvSource({"0,10", "1,10", "2,0", "10,0"})
    void lateShareBandsRewardFewerLateItems(long late, String points) {
        Scorecard card = scorer.score(cell("CB1"), 2025, values(10 - late, 10, 1, 1, 0, late));
        assertThat(card.criteria().get(4).points()).isEqualByComparingTo(points);
    }

    @Test
    void addsTheCriteriaAndExplainsEveryPoint() {
        // plan 20 + onTime 8/10 → 30 + coverage 20 × 3/4 = 15 + coordination 1 × 5 = 5 + late 1/10 → 10 = 80
        Scorecard card = scorer.score(cell("CB1"), 2025, values(8, 10, 3, 4, 1, 1));

        assertThat(card.criteria()).extracting(CriterionResult::points).map(BigDecimal::toPlainString)
                .containsExactly("20", "30", "15.00", "5", "10");
        assertThat(card.total()).isEqualByComparingTo("80");
        assertThat(card.level()).isEqualTo(Level.GOOD);
        assertThat(card.criteria().get(1).reason().text(Locale.ENGLISH))
                .isEqualTo("value 8/10 is in band [0.8, 1): 30 points");
        assertThat(card.criteria().get(2).reason().text(new Locale("vi")))
                .isEqualTo("giá trị 3/4 × 20 điểm tối đa = 15 điểm");
        assertThat(card.criteriaSetId()).isEqualTo("test-set");
        assertThat(card.indicators()).hasSize(5);
    }

    @Test
    void excludesNotApplicableCriteriaAndRescalesTheTotal() {
        // no planned items: onTime and late are not applicable → counted max 20+20+10 = 50;
        // earned 20 + 20 × 1/2 = 10 + 0 = 30 → 30 × 100 / 50 = 60
        Scorecard card = scorer.score(cell("CB1"), 2025, values(0, 0, 1, 2, 0, 0));

        assertThat(card.criteria().get(1).counted()).isFalse();
        assertThat(card.total()).isEqualByComparingTo("60");
        assertThat(card.level()).isEqualTo(Level.COMPLETED);
    }

    @Test
    void givesFullPointsToNotApplicableCriteriaWhenTheSetSaysSo() {
        Scorer full = new Scorer(aSet(aSet().criteria(), NotApplicable.FULL_POINTS));
        // 20 + 40 (n/a) + 10 + 0 + 10 (n/a) = 80
        Scorecard card = full.score(cell("CB1"), 2025, values(0, 0, 1, 2, 0, 0));
        assertThat(card.total()).isEqualByComparingTo("80");
    }

    @Test
    void aGateHoldsTheLevelDownWhateverTheScore() {
        var v = values(10, 10, 4, 4, 2, 0);
        v.put(Indicator.PLAN_ADOPTED, IndicatorValue.flag(Indicator.PLAN_ADOPTED, false, List.of(), ""));
        Scorecard card = scorer.score(cell("CB1"), 2025, v);

        // 0 + 40 + 20 + 10 + 10 = 80 → good by score, not completed by the gate
        assertThat(card.byScore()).isEqualTo(Level.GOOD);
        assertThat(card.level()).isEqualTo(Level.NOT_COMPLETED);
        assertThat(card.gates()).singleElement().satisfies(r ->
                assertThat(r.text(Locale.ENGLISH)).contains("gate \"No plan\" (noPlan)",
                        "Annual KT-GS plan adopted is 0, below 1", "\"Did not complete tasks\"", "65-KH/ĐU"));
        // the Vietnamese reason names the indicator by its Vietnamese label, not by its code
        assertThat(card.gates().get(0).text(vn.ktgs.common.Messages.VIETNAMESE))
                .contains("điều kiện chặn \"Không có kế hoạch\"", "Kế hoạch kiểm tra, giám sát năm được thông qua là 0")
                .doesNotContain("plan.adopted");
    }

    @Test
    void theQuotaDemotesTheLowestExcellentBeyondTwentyPercentOfGoodOrBetter() {
        List<Scorecard> cards = new ArrayList<>();
        // 10 cells good or better: 4 excellent (100, 95, 95, 92), 6 good → at most floor(0.2 × 10) = 2 excellent
        String[] codes = {"CB01", "CB02", "CB03", "CB04", "CB05", "CB06", "CB07", "CB08", "CB09", "CB10"};
        long[] coverage = {20, 15, 15, 12, 5, 5, 5, 5, 5, 5};
        for (int i = 0; i < codes.length; i++) {
            cards.add(scorer.score(cell(codes[i]), 2025, values(10, 10, coverage[i], 20, 2, 0)));
        }
        assertThat(cards).extracting(c -> c.total().stripTrailingZeros().toPlainString())
                .containsExactly("100", "95", "95", "92", "85", "85", "85", "85", "85", "85");

        List<Scorecard> after = scorer.applyQuota(cards);

        assertThat(after).extracting(Scorecard::level).containsExactly(Level.EXCELLENT, Level.EXCELLENT, Level.GOOD,
                Level.GOOD, Level.GOOD, Level.GOOD, Level.GOOD, Level.GOOD, Level.GOOD, Level.GOOD);
        // CB02 and CB03 tie at 95: the later code, CB03, is demoted first
        assertThat(after.get(1).code()).isEqualTo("CB02");
        assertThat(after.get(2).quota()).singleElement().satisfies(r -> assertThat(r.text(Locale.ENGLISH))
                .contains("0.2 × 10 = 2", "ranked 3"));
        assertThat(after.get(3).afterGates()).isEqualTo(Level.EXCELLENT);
    }

    @Test
    void refusesAnUnsoundSetNamingEveryProblemByItsPath() {
        List<Criterion> criteria = List.of(
                criterion("a", Indicator.MEMBER_COVERAGE, "10",
                        bands(band("0.1", "0.5", "2"), band("0.6", "0.8", "4"), band("0.7", null, "12"))),
                criterion("a", Indicator.ITEMS_LATE, "10", new Rule.Proportional()),
                criterion("c", Indicator.REPORTS_ON_TIME, "10", bands(band("0", "1", "5"), band("1", "2", "3"))));
        CriteriaSet bad = aSet(criteria, NotApplicable.FULL_POINTS);

        assertThatThrownBy(() -> new Scorer(bad)).isInstanceOfSatisfying(RejectedException.class, e ->
                assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("criteria[0].rule.bands[0].from", "ktgs.scoring.bands.startAtZero"),
                        org.assertj.core.groups.Tuple.tuple("criteria[0].rule.bands[1].from", "ktgs.scoring.bands.gap"),
                        org.assertj.core.groups.Tuple.tuple("criteria[0].rule.bands[2].from", "ktgs.scoring.bands.overlap"),
                        org.assertj.core.groups.Tuple.tuple("criteria[0].rule.bands[2].points", "ktgs.scoring.points.aboveMax"),
                        org.assertj.core.groups.Tuple.tuple("criteria[1].id", "ktgs.scoring.criterion.duplicate"),
                        org.assertj.core.groups.Tuple.tuple("criteria[1].rule", "ktgs.scoring.rule.rewardsWorse"),
                        org.assertj.core.groups.Tuple.tuple("criteria[2].rule.bands[1].points", "ktgs.scoring.bands.rewardsWorse"),
                        org.assertj.core.groups.Tuple.tuple("criteria[2].rule.bands[1].to", "ktgs.scoring.bands.openEnd"),
                        org.assertj.core.groups.Tuple.tuple("criteria[2].rule.bands[1].points", "ktgs.scoring.bands.topBelowMax"),
                        org.assertj.core.groups.Tuple.tuple("levels.excellent", "ktgs.scoring.thresholds.aboveMax")));
        // the indicator is named by its label in the reader's language, beside its code in the file
        Violation worse = catchThrowableOfType(RejectedException.class, () -> new Scorer(bad)).violations().stream()
                .filter(v -> v.rule().equals("ktgs.scoring.rule.rewardsWorse")).findFirst().orElseThrow();
        assertThat(worse.message(vn.ktgs.common.Messages.VIETNAMESE)).isEqualTo("cách tính này cho nhiều điểm hơn"
                + " khi chỉ số “Tỷ lệ nội dung kế hoạch thực hiện chậm” (implementation.late) xấu đi; hãy dùng khung điểm");
        assertThat(worse.message(java.util.Locale.ENGLISH)).isEqualTo("this rule gives more points as “Share of plan"
                + " items late” (implementation.late) gets worse; use bands");
    }

    @Test
    void refusesATopBandShortOfTheCriterionsMaximumInBothLanguages() {
        CriteriaSet bad = aSet(List.of(criterion("a", Indicator.MEMBER_COVERAGE, "10",
                bands(band("0", "0.5", "0"), band("0.5", null, "9.5")))), NotApplicable.FULL_POINTS);

        List<Violation> v = CriteriaSetRules.check(bad);

        assertThat(v).extracting(Violation::path, Violation::rule).contains(org.assertj.core.groups.Tuple.tuple(
                "criteria[0].rule.bands[1].points", "ktgs.scoring.bands.topBelowMax"));
        Violation top = v.stream().filter(x -> x.rule().equals("ktgs.scoring.bands.topBelowMax")).findFirst()
                .orElseThrow();
        assertThat(top.message(vn.ktgs.common.Messages.VIETNAMESE))
                .isEqualTo("khung điểm của kết quả tốt nhất cho 9.5 điểm, chưa bằng điểm tối đa 10 của tiêu chí");
        assertThat(top.message(java.util.Locale.ENGLISH))
                .isEqualTo("the band of the best results gives 9.5 points, short of the criterion's maximum 10");
        CriteriaSet atMax = aSet(List.of(criterion("a", Indicator.MEMBER_COVERAGE, "10",
                bands(band("0", "0.5", "0"), band("0.5", null, "10")))), NotApplicable.FULL_POINTS);
        assertThat(CriteriaSetRules.check(atMax)).extracting(Violation::rule)
                .doesNotContain("ktgs.scoring.bands.topBelowMax");
    }

    @Test
    void refusesThresholdsOutOfOrder() {
        CriteriaSet s = aSet();
        CriteriaSet bad = new CriteriaSet(s.id(), s.version(), s.schemaVersion(), s.inForce(), s.legalReferences(),
                s.label(), s.isDefault(), s.criteria(), s.notApplicable(), s.gates(),
                new Thresholds(d("70"), d("90"), d("50"), LocalisedText.neutral("x")), s.quota(), s.targets());
        assertThat(CriteriaSetRules.check(bad)).extracting(Violation::rule).containsExactly("ktgs.scoring.thresholds.order");
    }

    /** The test set with other gates and quota. */
    private static CriteriaSet withGatesAndQuota(List<Gate> gates, Quota quota) {
        CriteriaSet s = aSet();
        return new CriteriaSet(s.id(), s.version(), 2, s.inForce(), s.legalReferences(), s.label(), s.isDefault(),
                s.criteria(), s.notApplicable(), gates, s.thresholds(), quota, s.targets());
    }

    private static Gate gate(Indicator indicator, Gate.Condition condition, String threshold, Level cap) {
        return new Gate("g", new LocalisedText("Cổng", "Gate"), indicator, condition, d(threshold), cap,
                LocalisedText.neutral("366-QĐ/TW"));
    }

    @ParameterizedTest(name = "{1} {2} with {0} disciplined: held down {3}")
    @CsvSource({"0,AT_LEAST,1,false", "1,AT_LEAST,1,true", "3,AT_LEAST,1,true", "0,ABOVE,0,false", "1,ABOVE,0,true",
            "2,AT_MOST,2,true", "3,AT_MOST,2,false", "0,BELOW,1,true", "1,BELOW,1,false"})
    void aGateComparesACountInTheDirectionTheDataSays(long disciplined, Gate.Condition condition, String threshold,
                                                      boolean held) {
        Scorer s = new Scorer(withGatesAndQuota(List.of(gate(Indicator.MEMBERS_DISCIPLINED, condition, threshold,
                Level.GOOD)), aSet().quota()));
        var v = values(10, 10, 20, 20, 2, 0);
        v.put(Indicator.MEMBERS_DISCIPLINED, IndicatorValue.count(Indicator.MEMBERS_DISCIPLINED, disciplined,
                List.of()));
        Scorecard card = s.score(cell("CB1"), 2025, v);

        assertThat(card.byScore()).isEqualTo(Level.EXCELLENT);
        assertThat(card.afterGates()).isEqualTo(held ? Level.GOOD : Level.EXCELLENT);
        assertThat(card.gates()).hasSize(held ? 1 : 0);
    }

    @ParameterizedTest(name = "share 4/5 {0} {1}: held down {2}")
    @CsvSource({"ABOVE,0.8,false", "ABOVE,0.79,true", "AT_LEAST,0.8,true", "AT_LEAST,0.81,false", "AT_MOST,0.8,true",
            "AT_MOST,0.79,false", "BELOW,0.8,false", "BELOW,0.81,true"})
    void aGateComparesAShareExactly(Gate.Condition condition, String threshold, boolean held) {
        Scorer s = new Scorer(withGatesAndQuota(List.of(gate(Indicator.ITEMS_LATE, condition, threshold,
                Level.NOT_COMPLETED)), aSet().quota()));
        // 4 of 5 items late: 20 + 0 + 20 + 10 + 0 = 50, completed by score
        Scorecard card = s.score(cell("CB1"), 2025, values(1, 5, 20, 20, 2, 4));
        assertThat(card.byScore()).isEqualTo(Level.COMPLETED);
        assertThat(card.gates()).hasSize(held ? 1 : 0);
        assertThat(card.afterGates()).isEqualTo(held ? Level.NOT_COMPLETED : Level.COMPLETED);
    }

    @Test
    void theDisciplineGateExplainsItselfInBothLanguages() {
        Scorer s = new Scorer(withGatesAndQuota(List.of(new Gate("excellent-no-member-disciplined",
                new LocalisedText("Có đảng viên bị kỷ luật trong năm", "A member disciplined in the year"),
                Indicator.MEMBERS_DISCIPLINED, Gate.Condition.AT_LEAST, d("1"), Level.GOOD,
                new LocalisedText("366-QĐ/TW: không có đảng viên bị kỷ luật",
                        "366-QĐ/TW: no member disciplined"))), aSet().quota()));
        var v = values(10, 10, 20, 20, 2, 0);
        v.put(Indicator.MEMBERS_DISCIPLINED, IndicatorValue.count(Indicator.MEMBERS_DISCIPLINED, 1, List.of()));
        Scorecard card = s.score(cell("CB1"), 2025, v);
        assertThat(card.gates()).singleElement().satisfies(r -> {
            assertThat(r.text(Locale.ENGLISH)).isEqualTo("gate \"A member disciplined in the year\" "
                    + "(excellent-no-member-disciplined): Members disciplined in the year is 1, at least 1, so the level "
                    + "is at most \"Well completed tasks\" (per 366-QĐ/TW: no member disciplined)");
            assertThat(r.text(vn.ktgs.common.Messages.VIETNAMESE)).contains("Số đảng viên bị kỷ luật trong năm là 1, "
                    + "từ 1 trở lên", "366-QĐ/TW: không có đảng viên bị kỷ luật");
        });
    }

    @ParameterizedTest(name = "{0} {1} on {2} cannot fail")
    @CsvSource({"BELOW,0,implementation.onTime,ktgs.scoring.gate.never", "ABOVE,1,implementation.onTime,ktgs.scoring.gate.never",
            "AT_LEAST,0,implementation.onTime,ktgs.scoring.gate.always",
            "AT_MOST,1,implementation.onTime,ktgs.scoring.gate.always",
            "AT_LEAST,0,discipline.members,ktgs.scoring.gate.always",
            "BELOW,0,discipline.members,ktgs.scoring.gate.never",
            "AT_MOST,-1,discipline.members,ktgs.scoring.gate.never",
            "ABOVE,-1,discipline.members,ktgs.scoring.gate.always"})
    void refusesAGateThatCanNeverHoldOrAlwaysHolds(Gate.Condition condition, String threshold, String indicator,
                                                  String rule) {
        CriteriaSet bad = withGatesAndQuota(List.of(gate(Indicator.byCode(indicator).orElseThrow(), condition,
                threshold, Level.GOOD)), aSet().quota());
        assertThat(CriteriaSetRules.check(bad)).extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gates[0]." + condition.key(), rule));
    }

    @Test
    void aQuotaTieIsBrokenInVietnameseOrderWhenTheSetSaysSo() {
        // three excellent cells tie at 100 among five good or better: floor(0.2 × 5) = 1 stays excellent; the
        // later code is demoted first
        List<Scorecard> cards = new ArrayList<>();
        for (String code : List.of("CB-E", "CB-Đ", "CB-D")) {
            cards.add(scorer.score(cell(code), 2025, values(10, 10, 20, 20, 2, 0)));
        }
        for (String code : List.of("CB-G1", "CB-G2")) {
            cards.add(scorer.score(cell(code), 2025, values(10, 10, 5, 20, 2, 0)));
        }
        Quota q = aSet().quota();
        var vietnamese = new Scorer(withGatesAndQuota(aSet().gates(), new Quota(q.share(), q.basis(), q.tieBreak(),
                Quota.CodeOrder.VIETNAMESE, q.source()))).applyQuota(cards);
        var codePoints = new Scorer(withGatesAndQuota(aSet().gates(), new Quota(q.share(), q.basis(), q.tieBreak(),
                Quota.CodeOrder.CODE_POINTS, q.source()))).applyQuota(cards);

        // Vietnamese: D < Đ < E, so CB-D stays and CB-Đ is ranked 2
        assertThat(vietnamese).extracting(Scorecard::code, Scorecard::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CB-E", Level.GOOD), org.assertj.core.groups.Tuple.tuple("CB-Đ", Level.GOOD),
                org.assertj.core.groups.Tuple.tuple("CB-D", Level.EXCELLENT), org.assertj.core.groups.Tuple.tuple("CB-G1", Level.GOOD),
                org.assertj.core.groups.Tuple.tuple("CB-G2", Level.GOOD));
        assertThat(vietnamese.get(1).quota().get(0).args()).containsEntry("rank", 2);
        // code points: D < E < Đ, so CB-Đ is ranked last (3)
        assertThat(codePoints.get(1).quota().get(0).args()).containsEntry("rank", 3);
        assertThat(codePoints.get(0).quota().get(0).args()).containsEntry("rank", 2);
    }

    @Test
    void anExcludedCriterionHasItsOwnStateNoPointsAndTheRescalingExplained() {
        Scorecard card = scorer.score(cell("CB1"), 2025, values(0, 0, 1, 2, 0, 0));

        CriterionResult onTime = card.criteria().get(1);
        assertThat(onTime.state()).isEqualTo(CriterionResult.State.EXCLUDED);
        assertThat(onTime.countedPoints()).isEmpty();
        assertThat(card.criteria().get(0).state()).isEqualTo(CriterionResult.State.SCORED);
        assertThat(card.criteria().get(0).countedPoints()).contains(d("20"));
        // earned 20 + 10 + 0 = 30 of 20 + 20 + 10 = 50 counted; onTime (40) and late (10) left out
        assertThat(card.renormalisation()).hasValueSatisfying(r -> assertThat(r.text(Locale.ENGLISH))
                .isEqualTo("criteria not applicable: 2 (50 points), left out; total rescaled = 30/50 × 100 = 60"));
        assertThat(ScorecardText.render(card, Locale.ENGLISH))
                .contains("  criteria not applicable: 2 (50 points), left out; total rescaled = 30/50 × 100 = 60\n");
        assertThat(ScorecardText.render(card, vn.ktgs.common.Messages.VIETNAMESE))
                .contains("tiêu chí không áp dụng: 2 (50 điểm), không tính; tổng điểm quy đổi = 30/50 × 100 = 60");
        Scorecard full = new Scorer(aSet(aSet().criteria(), NotApplicable.FULL_POINTS)).score(cell("CB1"), 2025,
                values(0, 0, 1, 2, 0, 0));
        assertThat(full.criteria().get(1).state()).isEqualTo(CriterionResult.State.FULL_POINTS);
        assertThat(full.renormalisation()).isEmpty();
        assertThat(scorer.score(cell("CB1"), 2025, values(8, 10, 3, 4, 1, 1)).renormalisation()).isEmpty();
    }
}
