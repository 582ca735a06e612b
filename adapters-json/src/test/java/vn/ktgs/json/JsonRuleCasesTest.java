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
                Files.writeString(dir.resolve("mutated.json"), mapper.writeValueAsString(mutated),
                        StandardCharsets.UTF_8);
                List<JsonRuleCases.CaseResult> results;
                try {
                    results = cases.run(dir.resolve("cases.json"), EN);
                } catch (RejectedException unsound) {
                    continue; // the mutated set is not a valid set (a gap, a negative, above a maximum): no case needed
                }
                tried++;
                if (results.stream().allMatch(JsonRuleCases.CaseResult::passed)) {
                    survived.add(pointer + " " + (delta.signum() > 0 ? "+" : "") + delta);
                }
            }
        }
        assertThat(tried).isGreaterThan(60);
        assertThat(survived).as("numbers that moved without a case noticing").isEmpty();
    }

    /**
     * Whether moving a gate's threshold by {@code delta} leaves the gate the same on every possible value: a gate
     * over a flag or a count sees whole numbers only, so "below 1" and "below 0.99" trigger on the same values.
     */
    private static boolean sameOnWholeNumbers(JsonNode set, String pointer, BigDecimal delta) {
        if (!pointer.startsWith("/gates/")) {
            return false;
        }
        JsonNode gate = set.at(pointer.substring(0, pointer.lastIndexOf('/')));
        var kind = vn.ktgs.scoring.Indicator.byCode(gate.get("indicator").asText()).orElseThrow().kind();
        if (kind == vn.ktgs.scoring.IndicatorKind.RATIO) {
            return false;
        }
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        BigDecimal before = gate.get(field).decimalValue();
        BigDecimal after = before.add(delta);
        java.math.RoundingMode mode = field.equals("below") || field.equals("atLeast") ? java.math.RoundingMode.CEILING
                : java.math.RoundingMode.FLOOR;
        return before.setScale(0, mode).compareTo(after.setScale(0, mode)) == 0;
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
