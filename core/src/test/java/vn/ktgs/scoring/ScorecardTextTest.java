package vn.ktgs.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.scoring.CriteriaSetTestData.aSet;
import static vn.ktgs.scoring.ScorerTest.cell;
import static vn.ktgs.scoring.ScorerTest.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScorecardTextTest {

    private static final Locale VI = new Locale("vi");
    private final Scorer scorer = new Scorer(aSet());

    /** CB1 and CB2 are excellent, CB3 to CB5 good: 20% of five allows one excellent, so CB2 is demoted. */
    private Scorecard demotedByTheQuota() {
        List<Scorecard> cards = new ArrayList<>();
        long[] coverage = {20, 19, 5, 5, 5};
        for (int i = 0; i < coverage.length; i++) {
            cards.add(scorer.score(cell("CB" + (i + 1)), 2025, values(10, 10, coverage[i], 20, 2, 0)));
        }
        Scorecard card = scorer.applyQuota(cards).get(1);
        assertThat(card.quota()).hasSize(1);
        return card;
    }

    private Scorecard heldDownByTheGate() {
        var v = values(10, 10, 4, 4, 2, 0);
        v.put(Indicator.PLAN_ADOPTED, IndicatorValue.flag(Indicator.PLAN_ADOPTED, false, List.of(), ""));
        Scorecard card = scorer.score(cell("CB1"), 2025, v);
        assertThat(card.gates()).hasSize(1);
        return card;
    }

    @Test
    void aVietnameseScorecardQuotesTheVietnameseSourcesOfItsQuotaAndGatesAndNoEnglishOne() {
        String quota = ScorecardText.render(demotedByTheQuota(), VI);
        String gate = ScorecardText.render(heldDownByTheGate(), VI);

        assertThat(quota).contains("(theo 124-QĐ/TW: tối đa 20%)").doesNotContain("at most 20%");
        assertThat(gate).contains("(theo 65-KH/ĐU: chi bộ nào cũng có kế hoạch)").doesNotContain("every cell has");
    }

    @Test
    void anEnglishScorecardQuotesTheEnglishSourcesOfItsQuotaAndGatesAndNoVietnameseOne() {
        String quota = ScorecardText.render(demotedByTheQuota(), Locale.ENGLISH);
        String gate = ScorecardText.render(heldDownByTheGate(), Locale.ENGLISH);

        assertThat(quota).contains("(per 124-QĐ/TW: at most 20%)").doesNotContain("tối đa 20%");
        assertThat(gate).contains("(per 65-KH/ĐU: every cell has a plan)").doesNotContain("chi bộ nào cũng");
    }

    @Test
    void aSourceGivenAsPlainTextReadsTheSameInBothLanguages() {
        LocalisedText source = LocalisedText.neutral("366-QĐ/TW");

        assertThat(source.label(VI)).isEqualTo("366-QĐ/TW");
        assertThat(source.label(Locale.ENGLISH)).isEqualTo("366-QĐ/TW");
    }
}
