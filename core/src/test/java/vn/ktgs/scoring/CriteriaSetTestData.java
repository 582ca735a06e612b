package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ktgs.common.DateRange;

/** Test data: a small, sound criteria set and helpers to build others (public: the guarded views' tests use them). */
public final class CriteriaSetTestData {

    private CriteriaSetTestData() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    public static Band band(String from, String to, String points) {
        return new Band(d(from), to == null ? null : d(to), d(points));
    }

    public static Criterion criterion(String id, Indicator indicator, String max, Rule rule) {
        return new Criterion(id, new LocalisedText("Tiêu chí " + id, "Criterion " + id), indicator, d(max), rule,
                new LocalisedText("mặc định", "default"));
    }

    public static Rule bands(Band... bands) {
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

    public static CriteriaSet aSet(List<Criterion> criteria, NotApplicable notApplicable) {
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

    /** A gate of the shipped kind. */
    static Gate gate(String id, Indicator indicator, Gate.Condition condition, String threshold, Level cap) {
        return new Gate(id, new LocalisedText("Điều kiện " + id, "Gate " + id), indicator, condition, d(threshold),
                cap, LocalisedText.neutral("366-QĐ/TW"));
    }

    /**
     * The numbers of the shipped default set, version 2 (adapters-json's criteria-default-65-KH-DU.json): eleven
     * criteria, five gates, levels 90/70/50 and the quota of 20% of good or better.
     */
    public static CriteriaSet v2Like() {
        List<Criterion> criteria = List.of(
                criterion("plan-adopted", Indicator.PLAN_ADOPTED, "15", bands(band("0", "1", "0"), band("1", null, "15"))),
                criterion("plan-member-share", Indicator.PLAN_TARGETS_MEMBER_SHARE, "10",
                        bands(band("0", "0.15", "0"), band("0.15", "0.3", "5"), band("0.3", null, "10"))),
                criterion("plan-leadership", Indicator.PLAN_TARGETS_LEADERSHIP, "5", new Rule.Proportional()),
                criterion("plan-mix", Indicator.PLAN_HAS_INSPECTION_AND_SUPERVISION, "5", new Rule.Proportional()),
                criterion("implementation", Indicator.ITEMS_CONCLUDED_ON_TIME, "20", bands(band("0", "0.5", "0"),
                        band("0.5", "0.7", "8"), band("0.7", "0.9", "14"), band("0.9", "1", "18"),
                        band("1", null, "20"))),
                criterion("coverage", Indicator.MEMBER_COVERAGE, "10",
                        bands(band("0", "0.15", "0"), band("0.15", "0.3", "5"), band("0.3", null, "10"))),
                criterion("follow-up", Indicator.RECOMMENDATIONS_CLOSED_ON_TIME, "10", new Rule.Proportional()),
                criterion("reports", Indicator.REPORTS_ON_TIME, "10", bands(band("0", "0.5", "0"),
                        band("0.5", "0.75", "4"), band("0.75", "1", "7"), band("1", null, "10"))),
                criterion("coordination", Indicator.COORDINATED_ACTIVITIES, "5", new Rule.PerCount(d("2.5"))),
                criterion("dissemination", Indicator.DISSEMINATION_REACH, "5",
                        bands(band("0", "0.8", "0"), band("0.8", "1", "3"), band("1", null, "5"))),
                criterion("secretary", Indicator.SECRETARY_LED, "5", new Rule.Proportional()));
        List<Gate> gates = List.of(
                gate("no-plan", Indicator.PLAN_ADOPTED, Gate.Condition.BELOW, "1", Level.NOT_COMPLETED),
                gate("late-items", Indicator.ITEMS_LATE, Gate.Condition.ABOVE, "0.2", Level.NOT_COMPLETED),
                gate("not-all-on-time", Indicator.ITEMS_CONCLUDED_ON_TIME, Gate.Condition.BELOW, "1", Level.COMPLETED),
                gate("excellent-no-member-disciplined", Indicator.MEMBERS_DISCIPLINED, Gate.Condition.AT_LEAST, "1",
                        Level.GOOD),
                gate("excellent-no-leader-disciplined", Indicator.LEADERSHIP_DISCIPLINED, Gate.Condition.AT_LEAST, "1",
                        Level.GOOD));
        return new CriteriaSet("v2-like", 2, 2, DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)),
                List.of("366-QĐ/TW"), new LocalisedText("Như bộ mặc định 2", "Like default 2"), true, criteria,
                NotApplicable.EXCLUDE_AND_RENORMALISE, gates,
                new Thresholds(d("90"), d("70"), d("50"), LocalisedText.neutral("366-QĐ/TW")),
                new Quota(d("0.2"), Quota.Basis.GOOD_OR_BETTER, Quota.TieBreak.LAST_CODE_FIRST,
                        Quota.CodeOrder.VIETNAMESE, LocalisedText.neutral("124-QĐ/TW")), List.of());
    }
}
