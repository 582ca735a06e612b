package vn.ktgs.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.scoring.CriteriaSetTestData.d;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;

class AnnualClassificationTest {

    private final Scorer scorer = new Scorer(CriteriaSetTestData.aSet());
    private final Thresholds levels = new Thresholds(d("90"), d("70"), d("50"), LocalisedText.neutral("366-QĐ/TW"));

    private static AnnualClassification.Component component(String id, String points, String max) {
        return new AnnualClassification.Component(id, new LocalisedText(id, id), d(points), d(max));
    }

    @Test
    void theKtgsScorecardContributesItsShareOfTheWeight() {
        // KT-GS 80/100 weighted 10 → 8; host: general 28/30, other tasks 55/60 → 28 + 55 + 8 = 91 of 100: excellent
        Scorecard card = scorer.score(ScorerTest.cell("CB1"), 2025, ScorerTest.values(8, 10, 3, 4, 1, 1));
        assertThat(card.total()).isEqualByComparingTo("80");

        AnnualClassification.Result r = AnnualClassification.classify(card, d("10"),
                List.of(component("general", "28", "30"), component("tasks", "55", "60")), levels);

        assertThat(r.components()).extracting(AnnualClassification.Component::id)
                .containsExactly("general", "tasks", "ktgs");
        assertThat(r.components().get(2).points()).isEqualByComparingTo("8");
        assertThat(r.total()).isEqualByComparingTo("91");
        assertThat(r.level()).isEqualTo(Level.EXCELLENT);
        assertThat(r.reason().text(Locale.ENGLISH)).isEqualTo("inspection and supervision 80/100 × 10 = 8 points; "
                + "total 91/100 (on a scale of 100: 91): Excellently completed tasks");
    }

    @Test
    void readsTheLevelOnAScaleOfHundredWhenTheComponentsAddUpToAnotherMaximum() {
        // 40/50 + KT-GS 80/100 × 50 = 40 → 80/100... of a maximum of 100; with max 200: 120/200 = 60 → completed
        Scorecard card = scorer.score(ScorerTest.cell("CB1"), 2025, ScorerTest.values(8, 10, 3, 4, 1, 1));
        AnnualClassification.Result r = AnnualClassification.classify(card, d("50"),
                List.of(component("general", "80", "150")), levels);
        assertThat(r.total()).isEqualByComparingTo("120");
        assertThat(r.max()).isEqualByComparingTo("200");
        assertThat(r.level()).isEqualTo(Level.COMPLETED);
    }

    @Test
    void rejectsPointsOutsideTheirRangeRepeatedIdsAndANonPositiveWeight() {
        Scorecard card = scorer.score(ScorerTest.cell("CB1"), 2025, ScorerTest.values(8, 10, 3, 4, 1, 1));
        assertThatThrownBy(() -> AnnualClassification.classify(card, d("0"),
                List.of(component("general", "31", "30"), component("ktgs", "1", "10")), levels))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("weight", "ktgs.classification.weight"),
                                org.assertj.core.groups.Tuple.tuple("components[0].points", "ktgs.classification.points"),
                                org.assertj.core.groups.Tuple.tuple("components[1].id", "ktgs.classification.duplicate")));
    }
}
