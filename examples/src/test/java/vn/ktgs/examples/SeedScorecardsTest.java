package vn.ktgs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.testing.MovableClock;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.json.JsonCriteriaSets;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.CriterionResult;
import vn.ktgs.scoring.Level;
import vn.ktgs.scoring.Scorecard;
import vn.ktgs.scoring.ScorecardText;

/**
 * Golden scorecards of the seed scenario under the shipped default set, version 2, checked by hand (version 1, whose
 * figures these replace, is {@link SeedScorecardsVersion1Test}). Every cell has its plan (15); its three items name
 * members 2, 3, 4 and 5 of the cell's five (4/5 ≥ 30%: 10) and, of its committee (secretary and deputy), the deputy
 * only (1/2 × 5 = 2.5); both kinds (5); four of five members covered (10), recommendations closed in time (10) and a
 * secretary in charge (5): 57.5 points common to all. The rest:
 *
 * <pre>
 *           on time (20)   reports (10)   coordination (5)   dissemination (5)   total
 * CB-HCTC   3/3 → 20       4/5 → 7        0                  5/5 → 5             57.5 + 20 + 7 + 0 + 5   = 89.5
 * CB-KGVX   3/3 → 20       4/5 → 7        0                  4/5 → 3             57.5 + 20 + 7 + 0 + 3   = 87.5
 * CB-KT     3/3 → 20       5/5 → 10       1 → 2.5            5/5 → 5             57.5 + 20 + 10 + 2.5 + 5 = 95
 * CB-NC     3/3 → 20       5/5 → 10       1 → 2.5            5/5 → 5             95
 * CB-TH     3/3 → 20       5/5 → 10       0                  5/5 → 5             92.5
 * CB-TTPV   2/3 → 8        5/5 → 10       0                  4/5 → 3             57.5 + 8 + 10 + 0 + 3    = 78.5
 * </pre>
 *
 * CB-TTPV is good by score but concluded only 2 of 3 items on time: under 80%, not completed. CB-KT is excellent by
 * score, but DV14 of its members was warned on 3/10/2025: 366-QĐ/TW's condition holds it at good. Two cells stay
 * excellent after the gates (CB-NC 95, CB-TH 92.5); the quota allows floor(0.20 × 5) = 1 of the five good or better,
 * so CB-TH, the lower, is demoted. Under the set without the quota (the regulation's own reading) both stay.
 */
class SeedScorecardsTest {

    private static CommitteeScores scores;
    private static CommitteeScores withoutQuota;

    @BeforeAll
    static void score() {
        MovableClock clock = new MovableClock(LocalDate.of(2024, 6, 1));
        Ktgs ktgs = Ktgs.builder(Ports.inMemory(), Validation.buildDefaultValidatorFactory().getValidator(), clock)
                .build();
        SeedScenario seed = SeedScenario.load(ktgs, clock);
        scores = ktgs.scoring().score(seed.committee().id(), 2025, JsonCriteriaSets.shippedDefault(),
                List.of(seed.plan65().id()));
        withoutQuota = ktgs.scoring().score(seed.committee().id(), 2025, JsonCriteriaSets.shippedWithoutQuota(),
                List.of(seed.plan65().id()));
    }

    private static Scorecard card(String code) {
        return card(scores, code);
    }

    private static Scorecard card(CommitteeScores s, String code) {
        return s.cells().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    /** Points per criterion id, as plain numbers without trailing zeros ("5", "2.5"). */
    private static Map<String, String> points(Scorecard card) {
        var out = new java.util.LinkedHashMap<String, String>();
        for (CriterionResult r : card.criteria()) {
            out.put(r.criterion().id(), r.points().stripTrailingZeros().toPlainString());
        }
        return out;
    }

    @Test
    void everyCriterionOfEveryCellAsCheckedByHand() {
        assertThat(scores.criteriaSetId()).isEqualTo("ktgs-default-65-KH-DU");
        assertThat(scores.criteriaSetVersion()).isEqualTo(2);
        assertThat(scores.cells()).extracting(Scorecard::code)
                .containsExactly("CB-HCTC", "CB-KGVX", "CB-KT", "CB-NC", "CB-TH", "CB-TTPV");
        assertThat(points(card("CB-TTPV"))).containsExactly(
                Map.entry("plan-adopted", "15"), Map.entry("plan-member-share", "10"),
                Map.entry("plan-leadership", "2.5"), Map.entry("plan-mix", "5"),
                Map.entry("implementation", "8"), Map.entry("coverage", "10"),
                Map.entry("follow-up", "10"), Map.entry("reports", "10"),
                Map.entry("coordination", "0"), Map.entry("dissemination", "3"),
                Map.entry("secretary", "5"));
        assertThat(card("CB-TTPV").criteria().get(2).value().fraction()).isEqualTo("1/2");
        assertThat(card("CB-TTPV").criteria().get(1).value().fraction()).isEqualTo("4/5");
        assertThat(points(card("CB-KT"))).containsEntry("coordination", "2.5").containsEntry("reports", "10");
        assertThat(points(card("CB-HCTC"))).containsEntry("reports", "7").containsEntry("implementation", "20");
        assertThat(points(card("CB-KGVX"))).containsEntry("dissemination", "3").containsEntry("reports", "7");
        assertThat(scores.cells()).allSatisfy(c -> assertThat(c.criteria())
                .allSatisfy(r -> assertThat(r.state()).isEqualTo(CriterionResult.State.SCORED)));
    }

    @Test
    void totalsLevelsGatesAndQuota() {
        assertThat(scores.cells()).extracting(c -> c.total().stripTrailingZeros().toPlainString())
                .containsExactly("89.5", "87.5", "95", "95", "92.5", "78.5");
        assertThat(scores.cells()).extracting(Scorecard::byScore).containsExactly(Level.GOOD, Level.GOOD,
                Level.EXCELLENT, Level.EXCELLENT, Level.EXCELLENT, Level.GOOD);
        assertThat(scores.cells()).extracting(Scorecard::afterGates).containsExactly(Level.GOOD, Level.GOOD,
                Level.GOOD, Level.EXCELLENT, Level.EXCELLENT, Level.NOT_COMPLETED);
        assertThat(scores.cells()).extracting(Scorecard::level).containsExactly(Level.GOOD, Level.GOOD,
                Level.GOOD, Level.EXCELLENT, Level.GOOD, Level.NOT_COMPLETED);
        assertThat(card("CB-TTPV").gates()).extracting(r -> r.args().get("gate")).containsExactly("late-items");
        assertThat(card("CB-KT").gates()).extracting(r -> r.args().get("gate"))
                .containsExactly("excellent-no-member-disciplined");
        assertThat(card("CB-KT").indicators()).filteredOn(v -> v.indicator().code().equals("discipline.members"))
                .singleElement().satisfies(v -> assertThat(v.numerator()).isEqualTo(1));
        assertThat(card("CB-TH").quota()).singleElement()
                .satisfies(r -> assertThat(r.args()).containsEntry("allowed", 1L).containsEntry("rank", 2)
                        .containsEntry("basis", 5L));
        assertThat(scores.distribution()).containsEntry(Level.EXCELLENT, 1L).containsEntry(Level.GOOD, 4L)
                .containsEntry(Level.COMPLETED, 0L).containsEntry(Level.NOT_COMPLETED, 1L);
    }

    @Test
    void withoutTheQuotaBothCellsThatPassTheGatesStayExcellent() {
        assertThat(withoutQuota.criteriaSetId()).isEqualTo("ktgs-default-65-KH-DU-no-quota");
        assertThat(withoutQuota.cells()).extracting(Scorecard::total).isEqualTo(scores.cells().stream()
                .map(Scorecard::total).toList());
        assertThat(withoutQuota.cells()).extracting(Scorecard::level).containsExactly(Level.GOOD, Level.GOOD,
                Level.GOOD, Level.EXCELLENT, Level.EXCELLENT, Level.NOT_COMPLETED);
        assertThat(withoutQuota.cells()).allSatisfy(c -> assertThat(c.quota()).isEmpty());
        assertThat(withoutQuota.distribution()).containsEntry(Level.EXCELLENT, 2L).containsEntry(Level.GOOD, 3L);
    }

    @Test
    void theCommitteeMetItsHundredPercentTargets() {
        assertThat(scores.targets()).extracting(t -> t.target().id(), t -> t.value().fraction(), t -> t.met())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cells-with-plan", "6/6", true),
                        org.assertj.core.groups.Tuple.tuple("cells-implementing", "6/6", true),
                        org.assertj.core.groups.Tuple.tuple("bch-assigned", "6/6", true));
    }

    @Test
    void theScorecardReadsAsTheGoldenFileInBothLanguages() throws IOException {
        assertThat(ScorecardText.render(card("CB-TTPV"), Locale.forLanguageTag("vi")))
                .isEqualTo(golden("scorecard-CB-TTPV.vi.txt"));
        assertThat(ScorecardText.render(card("CB-TTPV"), Locale.ENGLISH))
                .isEqualTo(golden("scorecard-CB-TTPV.en.txt"));
        assertThat(ScorecardText.render(card("CB-KT"), Locale.ENGLISH))
                .isEqualTo(golden("scorecard-CB-KT.en.txt"));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = SeedScorecardsTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes the golden files again (run by hand after a deliberate change, then check them by eye). */
    public static void main(String[] args) throws IOException {
        score();
        for (String lang : List.of("vi", "en")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(
                    "examples/src/test/resources/golden/scorecard-CB-TTPV." + lang + ".txt"),
                    ScorecardText.render(card("CB-TTPV"), Locale.forLanguageTag(lang)), StandardCharsets.UTF_8);
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("examples/src/test/resources/golden/scorecard-CB-KT.en.txt"),
                ScorecardText.render(card("CB-KT"), Locale.ENGLISH), StandardCharsets.UTF_8);
    }
}
