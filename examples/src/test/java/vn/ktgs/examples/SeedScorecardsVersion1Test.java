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
 * Golden scorecards of the seed scenario under version 1 of the shipped default set (kept loadable:
 * {@code JsonCriteriaSets.shippedDefault(1)}), checked by hand — the figures the project printed before version 2.
 * Every cell has its plan
 * (15), all items tied to the political task (10) with targets (5) and both kinds (5), four of five members
 * covered (≥ 30%: 10), recommendations closed in time (10) and a secretary in charge (5): 60 points common to
 * all. The rest:
 *
 * <pre>
 *           on time (20)   reports (10)   coordination (5)   dissemination (5)   total
 * CB-HCTC   3/3 → 20       4/5 → 7        0                  5/5 → 5             60 + 20 + 7 + 0 + 5   = 92
 * CB-KGVX   3/3 → 20       4/5 → 7        0                  4/5 → 3             60 + 20 + 7 + 0 + 3   = 90
 * CB-KT     3/3 → 20       5/5 → 10       1 → 2.5            5/5 → 5             60 + 20 + 10 + 2.5 + 5 = 97.5
 * CB-NC     3/3 → 20       5/5 → 10       1 → 2.5            5/5 → 5             97.5
 * CB-TH     3/3 → 20       5/5 → 10       0                  5/5 → 5             95
 * CB-TTPV   2/3 → 8        5/5 → 10       0                  4/5 → 3             60 + 8 + 10 + 0 + 3    = 81
 * </pre>
 *
 * CB-TTPV reaches good by score but concluded only 2 of 3 items on time: under 80%, the gate holds it at not
 * completed. Five cells are excellent by score; the quota allows floor(0.20 × 5) = 1: CB-KT and CB-NC tie at
 * 97.5, the later code (CB-NC) is demoted first, so only CB-KT stays excellent.
 */
class SeedScorecardsVersion1Test {

    private static CommitteeScores scores;

    @BeforeAll
    static void score() {
        MovableClock clock = new MovableClock(LocalDate.of(2024, 6, 1));
        Ktgs ktgs = Ktgs.builder(Ports.inMemory(), Validation.buildDefaultValidatorFactory().getValidator(), clock)
                .build();
        SeedScenario seed = SeedScenario.load(ktgs, clock);
        scores = ktgs.scoring().score(seed.committee().id(), 2025, JsonCriteriaSets.shippedDefault(1),
                List.of(seed.plan65().id()));
    }

    private static Scorecard card(String code) {
        return scores.cells().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
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
        assertThat(scores.cells()).extracting(Scorecard::code)
                .containsExactly("CB-HCTC", "CB-KGVX", "CB-KT", "CB-NC", "CB-TH", "CB-TTPV");
        assertThat(points(card("CB-TTPV"))).containsExactly(
                Map.entry("plan-adopted", "15"), Map.entry("plan-focus", "10"),
                Map.entry("plan-targets", "5"), Map.entry("plan-mix", "5"),
                Map.entry("implementation", "8"), Map.entry("coverage", "10"),
                Map.entry("follow-up", "10"), Map.entry("reports", "10"),
                Map.entry("coordination", "0"), Map.entry("dissemination", "3"),
                Map.entry("secretary", "5"));
        assertThat(points(card("CB-KT"))).containsEntry("coordination", "2.5").containsEntry("reports", "10");
        assertThat(points(card("CB-HCTC"))).containsEntry("reports", "7").containsEntry("implementation", "20");
        assertThat(points(card("CB-KGVX"))).containsEntry("dissemination", "3").containsEntry("reports", "7");
    }

    @Test
    void totalsLevelsGatesAndQuota() {
        assertThat(scores.cells()).extracting(c -> c.total().stripTrailingZeros().toPlainString())
                .containsExactly("92", "90", "97.5", "97.5", "95", "81");
        assertThat(scores.cells()).extracting(Scorecard::byScore).containsExactly(Level.EXCELLENT, Level.EXCELLENT,
                Level.EXCELLENT, Level.EXCELLENT, Level.EXCELLENT, Level.GOOD);
        assertThat(scores.cells()).extracting(Scorecard::level).containsExactly(Level.GOOD, Level.GOOD,
                Level.EXCELLENT, Level.GOOD, Level.GOOD, Level.NOT_COMPLETED);
        assertThat(card("CB-TTPV").gates()).extracting(r -> r.args().get("gate")).containsExactly("late-items");
        assertThat(card("CB-NC").quota()).singleElement()
                .satisfies(r -> assertThat(r.args()).containsEntry("allowed", 1L).containsEntry("rank", 2));
        assertThat(scores.distribution()).containsEntry(Level.EXCELLENT, 1L).containsEntry(Level.GOOD, 4L)
                .containsEntry(Level.COMPLETED, 0L).containsEntry(Level.NOT_COMPLETED, 1L);
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
                .isEqualTo(golden("scorecard-CB-TTPV.v1.vi.txt"));
        assertThat(ScorecardText.render(card("CB-TTPV"), Locale.ENGLISH))
                .isEqualTo(golden("scorecard-CB-TTPV.v1.en.txt"));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = SeedScorecardsVersion1Test.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes the golden files again (run by hand after a deliberate change, then check them by eye). */
    public static void main(String[] args) throws IOException {
        score();
        for (String lang : List.of("vi", "en")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(
                    "examples/src/test/resources/golden/scorecard-CB-TTPV.v1." + lang + ".txt"),
                    ScorecardText.render(card("CB-TTPV"), Locale.forLanguageTag(lang)), StandardCharsets.UTF_8);
        }
    }
}
