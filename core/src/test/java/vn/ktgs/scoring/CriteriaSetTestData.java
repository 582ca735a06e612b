package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ktgs.common.DateRange;

/** Test data: a small, sound criteria set and helpers to build others. */
final class CriteriaSetTestData {

    private CriteriaSetTestData() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Band band(String from, String to, String points) {
        return new Band(d(from), to == null ? null : d(to), d(points));
    }

    static Criterion criterion(String id, Indicator indicator, String max, Rule rule) {
        return new Criterion(id, new LocalisedText("Tiêu chí " + id, "Criterion " + id), indicator, d(max), rule,
                new LocalisedText("mặc định", "default"));
    }

    static Rule bands(Band... bands) {
        return new Rule.Bands(List.of(bands));
    }

    /**
     * 100 points: plan adopted 20 (flag bands), on-time implementation 40 (bands), coverage 20 (proportional),
     * coordination 10 (5 per activity), late items 10 (bands, lower is better); gate: no plan → not completed;
     * levels 90/70/50; quota 20% of good or better.
     */
    static CriteriaSet aSet() {
        return aSet(new ArrayList<>(List.of(
                criterion("plan", Indicator.PLAN_ADOPTED, "20", bands(band("0", "1", "0"), band("1", null, "20"))),
                criterion("onTime", Indicator.ITEMS_CONCLUDED_ON_TIME, "40", bands(band("0", "0.5", "0"),
                        band("0.5", "0.8", "20"), band("0.8", "1", "30"), band("1", null, "40"))),
                criterion("coverage", Indicator.MEMBER_COVERAGE, "20", new Rule.Proportional()),
                criterion("coordination", Indicator.COORDINATED_ACTIVITIES, "10", new Rule.PerCount(d("5"))),
                criterion("late", Indicator.ITEMS_LATE, "10", bands(band("0", "0.2", "10"), band("0.2", null, "0"))))),
                NotApplicable.EXCLUDE_AND_RENORMALISE);
    }

    static CriteriaSet aSet(List<Criterion> criteria, NotApplicable notApplicable) {
        return new CriteriaSet("test-set", 1, 1, DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)),
                List.of("366-QĐ/TW"), new LocalisedText("Bộ thử", "Test set"), true, criteria, notApplicable,
                List.of(Gate.below("noPlan", new LocalisedText("Không có kế hoạch", "No plan"), Indicator.PLAN_ADOPTED,
                        d("1"), Level.NOT_COMPLETED,
                        new LocalisedText("65-KH/ĐU: chi bộ nào cũng có kế hoạch", "65-KH/ĐU: every cell has a plan"))),
                new Thresholds(d("90"), d("70"), d("50"), LocalisedText.neutral("366-QĐ/TW")),
                new Quota(d("0.20"), Quota.Basis.GOOD_OR_BETTER, Quota.TieBreak.LAST_CODE_FIRST,
                        Quota.CodeOrder.VIETNAMESE, new LocalisedText("124-QĐ/TW: tối đa 20%", "124-QĐ/TW: at most 20%")),
                List.of(new CommitteeTarget("plans", new LocalisedText("100% chi bộ có kế hoạch", "Every cell has a plan"),
                        Indicator.CELLS_WITH_ADOPTED_PLAN, d("1"), LocalisedText.neutral("65-KH/ĐU"))));
    }
}
