package vn.ktgs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;

/** Rule cases as data: the shipped ones pass, a moved number fails them, a wrong file is named by its paths. */
class JsonRuleCasesTest {

    static final Path SHIPPED = Path.of("src/main/resources/vn/ktgs/json/rule-cases/default-65-KH-DU-v2.json");
    static final Locale EN = Locale.ENGLISH;

    final JsonRuleCases cases = new JsonRuleCases(Validation.buildDefaultValidatorFactory().getValidator());

    @TempDir
    Path dir;

    @Test
    void theShippedCasesOfTheDefaultSetPass() {
        List<JsonRuleCases.CaseResult> results = cases.run(SHIPPED, EN);

        assertThat(results).hasSizeGreaterThanOrEqualTo(15);
        assertThat(results).allSatisfy(r -> assertThat(r.mismatches()).as(r.name()).isEmpty());
    }

    @Test
    void aBodyRunsLikeItsFileAndMayNameNoFile() throws IOException {
        List<JsonRuleCases.CaseResult> fromFile = cases.run(SHIPPED, EN);
        List<JsonRuleCases.CaseResult> fromBody = cases.run(new java.io.ByteArrayInputStream(Files.readAllBytes(
                SHIPPED)), "body", EN);
        assertThat(fromBody).hasSameSizeAs(fromFile).allMatch(JsonRuleCases.CaseResult::passed)
                .allMatch(r -> r.file().equals("body"));
        assertThat(fromBody).extracting(JsonRuleCases.CaseResult::path)
                .isEqualTo(fromFile.stream().map(JsonRuleCases.CaseResult::path).toList());

        String named = Files.readString(Path.of("src/test/resources/rule-cases/seed-2025-v2.json"));
        assertThatThrownBy(() -> cases.run(new java.io.ByteArrayInputStream(named.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "body", EN))
                .isInstanceOf(vn.ktgs.common.RejectedException.class)
                .satisfies(e -> assertThat(((vn.ktgs.common.RejectedException) e).violations())
                        .anyMatch(v -> v.rule().equals("ktgs.ruleCase.noFolder") && v.path().endsWith("dataset")));
    }

    @Test
    void aCaseOverADatasetChecksTheSeedScenariosFigures() {
        List<JsonRuleCases.CaseResult> results = cases.run(Path.of("src/test/resources/rule-cases/seed-2025-v2.json"),
                EN);

        assertThat(results).singleElement().satisfies(r -> assertThat(r.mismatches()).isEmpty());
    }

    @Test
    void aFailureNamesThePathBothValuesAndWhyTheEngineGaveWhatItGave() throws IOException {
        String text = Files.readString(SHIPPED).replaceFirst("\"total\": 100,", "\"total\": 99,");
        Path file = dir.resolve("wrong.json");
        Files.writeString(file, text);

        List<RuleCasesLines> failed = failures(cases.run(file, EN));

        assertThat(failed).singleElement().satisfies(f -> assertThat(f.text()).isEqualTo(
                "cases[0].cells[0].expect.total: expected 99, got 100"));
        String band = Files.readString(SHIPPED).replaceFirst("\"plan-member-share\": 5\\b", "\"plan-member-share\": 6");
        Files.writeString(file, band);
        assertThat(failures(cases.run(file, EN))).extracting(RuleCasesLines::text)
                .contains("cases[1].cells[1].expect.points.plan-member-share: expected 6, got 5 — Plan targets enough of "
                        + "the cell's members: value 15/100 is in band [0.15, 0.3): 5 points");
        String vi = cases.run(file, vn.ktgs.common.Messages.VIETNAMESE).stream().flatMap(r -> r.mismatches().stream())
                .findFirst().orElseThrow().text(vn.ktgs.common.Messages.VIETNAMESE);
        assertThat(vi).startsWith("cases[1].cells[1].expect.points.plan-member-share: mong đợi 6, kết quả 5 — ");
    }

    record RuleCasesLines(String text) {
    }

    private static List<RuleCasesLines> failures(List<JsonRuleCases.CaseResult> results) {
        List<RuleCasesLines> out = new ArrayList<>();
        results.forEach(r -> r.mismatches().forEach(m -> out.add(new RuleCasesLines(m.text(EN)))));
        return out;
    }

    /**
     * Moving any one number of the shipped set — a band's bound or points, a criterion's maximum, a gate's
     * threshold, a level's threshold, the quota's share — without updating a case makes a case fail.
     */
    @Test
    void movingAnyNumberOfTheShippedSetFailsACase() throws IOException {
        JsonMapper mapper = new JsonMapper();
        JsonNode set;
        try (InputStream in = JsonRuleCasesTest.class.getResourceAsStream(JsonCriteriaSets.DEFAULT_RESOURCE)) {
            set = mapper.readTree(in);
        }
        Files.writeString(dir.resolve("cases.json"), Files.readString(SHIPPED).replace(
                "\"criteriaSet\": {\n    \"id\": \"ktgs-default-65-KH-DU\",\n    \"version\": 2\n  }",
                "\"criteriaSet\": {\"file\": \"mutated.json\"}"));
        assertThat(Files.readString(dir.resolve("cases.json"))).contains("mutated.json");
        List<String> numbers = new ArrayList<>();
        collect(set, "", numbers);
        assertThat(numbers).hasSizeGreaterThan(40);
        List<String> survived = new ArrayList<>();
        java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
        int tried = 0;
        for (String pointer : numbers) {
            for (BigDecimal delta : new BigDecimal[] {new BigDecimal("0.01"), new BigDecimal("-0.01"), BigDecimal.ONE,
                BigDecimal.ONE.negate()}) {
                if (sameOnWholeNumbers(set, pointer, delta)) {
                    continue; // a flag's or a count's gate at 0.99 instead of 1 is the same gate: no value tells them apart
                }
                JsonNode mutated = set.deepCopy();
                ObjectNode parent = (ObjectNode) mutated.at(pointer.substring(0, pointer.lastIndexOf('/')));
                String field = pointer.substring(pointer.lastIndexOf('/') + 1);
                BigDecimal moved = parent.get(field).decimalValue().add(delta);
                parent.set(field, DecimalNode.valueOf(moved));
                if (pointer.matches(".*/bands/\\d+/to")) {
                    // a band's end is the next band's start: both move, or the set has a gap or an overlap
                    int band = Integer.parseInt(pointer.replaceAll(".*/bands/(\\d+)/to", "$1"));
                    String next = pointer.replaceAll("/bands/\\d+/to$", "/bands/" + (band + 1));
                    ((ObjectNode) mutated.at(next)).set("from", DecimalNode.valueOf(moved));
                }
                Files.writeString(dir.resolve("mutated.json"), mapper.writeValueAsString(mutated),
                        StandardCharsets.UTF_8);
                List<JsonRuleCases.CaseResult> results;
                try {
                    results = cases.run(dir.resolve("cases.json"), EN);
                } catch (RejectedException unsound) {
                    continue; // the mutated set is not a valid set (a gap, a negative, above a maximum): no case needed
                }
                tried++;
                tried(kinds, pointer);
                if (results.stream().allMatch(JsonRuleCases.CaseResult::passed)) {
                    survived.add(pointer + " " + (delta.signum() > 0 ? "+" : "") + delta);
                }
            }
        }
        assertThat(tried).isGreaterThan(100);
        // every kind of number was really moved (not only rejected as an unsound set)
        assertThat(kinds).containsOnlyKeys("band bound", "band points", "gate", "level", "max", "quota", "target");
        assertThat(kinds.get("band bound")).as("band bounds moved").isGreaterThanOrEqualTo(30);
        assertThat(kinds.get("gate")).isGreaterThanOrEqualTo(6);
        assertThat(kinds.get("level")).isGreaterThanOrEqualTo(6);
        assertThat(survived).as("numbers that moved without a case noticing").isEmpty();
    }

    /**
     * Whether moving a gate's threshold or a band's bound by {@code delta} changes nothing on any possible value: a
     * gate or a criterion over a flag or a count sees whole numbers only, so "below 1" and "below 0.99" (a band from
     * 1 and a band from 0.99) take the same values.
     */
    private static boolean sameOnWholeNumbers(JsonNode set, String pointer, BigDecimal delta) {
        boolean bound = pointer.matches("/criteria/\\d+/rule/bands/\\d+/(from|to)");
        if (!pointer.startsWith("/gates/") && !bound) {
            return false;
        }
        JsonNode gate = bound ? set.at(pointer.replaceAll("^(/criteria/\\d+)/.*", "$1"))
                : set.at(pointer.substring(0, pointer.lastIndexOf('/')));
        var kind = vn.ktgs.scoring.Indicator.byCode(gate.get("indicator").asText()).orElseThrow().kind();
        if (kind == vn.ktgs.scoring.IndicatorKind.RATIO) {
            return false;
        }
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        BigDecimal before = set.at(pointer).decimalValue();
        BigDecimal after = before.add(delta);
        java.math.RoundingMode mode = field.equals("below") || field.equals("atLeast") || bound
                ? java.math.RoundingMode.CEILING : java.math.RoundingMode.FLOOR;
        return before.setScale(0, mode).compareTo(after.setScale(0, mode)) == 0;
    }

    private static void tried(java.util.Map<String, Integer> kinds, String pointer) {
        String kind = pointer.matches(".*/bands/\\d+/(from|to)") ? "band bound"
                : pointer.matches(".*/bands/\\d+/points") ? "band points"
                : pointer.startsWith("/gates/") ? "gate" : pointer.startsWith("/levels/") ? "level"
                : pointer.startsWith("/quota/") ? "quota" : pointer.startsWith("/targets/") ? "target"
                : pointer.matches("/criteria/\\d+/(max|rule/each)") ? "max" : pointer;
        kinds.merge(kind, 1, Integer::sum);
    }

    /** The JSON pointers of every number in the set's criteria, gates, levels and quota. */
    private static void collect(JsonNode node, String pointer, List<String> into) {
        if (node.isNumber() && !pointer.endsWith("/schemaVersion") && !pointer.endsWith("/version")) {
            into.add(pointer);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), pointer + "/" + e.getKey(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, into);
            }
        }
    }

    @Test
    void whatCouldPassWithoutCheckingIsRejectedWhenRead() throws IOException {
        Path file = dir.resolve("silent.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "criteriaSet": {"id": "ktgs-default-65-KH-DU", "version": 2},
                 "defaults": %s,
                 "cases": [{"name": "typos and repeats", "year": 2025, "tolerance": -0.5,
                            "cells": [{"code": "CB-A", "expect": {"notApplicable": ["folow-up"], "points": {"folow-up": 10}}},
                                      {"code": "CB-A"}]},
                           {"name": "no cells", "year": 2025, "cells": []},
                           {"name": "another year", "year": 2024, "dataset": "seed.json", "committee": {"indicators": {}},
                            "cells": [{"code": "CB-KT", "indicators": {"plan.adopted": 0}}]}]}
                """.formatted(new JsonMapper().readTree(Files.readString(SHIPPED)).get("defaults")));
        Files.copy(Path.of("src/test/resources/datasets/seed-2025.json"), dir.resolve("seed.json"));

        assertThatThrownBy(() -> cases.run(file, EN)).isInstanceOfSatisfying(RejectedException.class, e ->
                assertThat(e.violations()).extracting(v -> v.path() + ": " + v.message(EN)).contains(
                        "cases[0].tolerance: the tolerance cannot be negative",
                        "cases[0].cells[0].expect.notApplicable[0]: the criteria set has no criterion with id folow-up",
                        "cases[0].cells[0].expect.points.folow-up: the criteria set has no criterion with id folow-up",
                        "cases[0].cells[1].code: the code CB-A is already in this case",
                        "cases[1].cells: a case needs at least one cell",
                        "cases[2].year: the year 2024 is not the dataset's year 2025",
                        "cases[2].committee: committee cannot be given when the input is a dataset (the indicators are "
                                + "computed from its records)"));
        assertThatThrownBy(() -> cases.run(file, EN)).isInstanceOfSatisfying(RejectedException.class, e ->
                assertThat(e.violations()).extracting(Violation::path).contains("cases[2].cells[0].indicators"));
    }

    @Test
    void aWrongFileIsNamedByItsPathsAndNothingRuns() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "criteriaSet": {"id": "ktgs-default-65-KH-DU", "version": 9},
                 "cases": [{"name": "x", "year": 2025, "colour": 1,
                            "cells": [{"code": "CB-A", "indicators": {"members.coverage": "3/2", "no.such": 1}}]}]}
                """);

        assertThatThrownBy(() -> cases.run(file, EN)).isInstanceOfSatisfying(RejectedException.class, e ->
                assertThat(e.violations()).extracting(Violation::path).contains("criteriaSet", "cases[0].colour",
                        "cases[0].cells[0].indicators.members.coverage", "cases[0].cells[0].indicators.no.such"));
        Files.writeString(file, """
                {"schemaVersion": 1, "criteriaSet": {"id": "ktgs-default-65-KH-DU", "version": 2},
                 "cases": [{"name": "x", "year": 2025, "cells": [{"code": "CB-A", "indicators": {"plan.adopted": 1}}]}]}
                """);
        assertThatThrownBy(() -> cases.run(file, EN)).isInstanceOfSatisfying(RejectedException.class, e ->
                assertThat(e.violations()).extracting(x -> x.message(EN)).contains("no value of indicator "
                        + "plan.targets.memberShare, which the criteria set uses (give it here or in \"defaults\")"));
    }
}
