package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /rule-cases}: a rule-case file as the body, run against the shipped set, answered as the report of
 * {@code ktgs test-rules} — each case with every difference as expected and actual with its path.
 */
class RuleCasesOverHttpTest {

    static LiveServer s;
    static HttpSeed seed;

    @BeforeAll
    static void start() {
        s = new LiveServer();
        seed = HttpSeed.load(s);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /**
     * One case under the shipped set version 2: every criterion full but coverage at {@code covered}/{@code roll},
     * expecting coverage 10 points and a total of 100.
     */
    static ObjectNode aCase(int covered, int roll) {
        ObjectNode root = LiveServer.JSON.createObjectNode();
        root.put("schemaVersion", 1);
        root.putObject("criteriaSet").put("id", "ktgs-default-65-KH-DU").put("version", 2);
        root.putObject("defaults").put("plan.adopted", 1).put("plan.targets.memberShare", "4/10")
                .put("plan.targets.leadership", "2/2").put("plan.quality.mix", 1)
                .put("implementation.onTime", "10/10").put("implementation.late", "0/10")
                .put("members.coverage", "10/20").put("followUp.onTime", "2/2").put("reports.onTime", "4/4")
                .put("coordination.count", 2).put("dissemination.reach", "20/20").put("leadership.secretary", 1)
                .put("discipline.members", 0).put("discipline.leadership", 0);
        ObjectNode c = root.putArray("cases").addObject();
        c.put("name", "độ bao phủ " + covered + "/" + roll).put("year", 2025);
        ObjectNode cell = c.putArray("cells").addObject();
        cell.put("code", "CB-A");
        cell.putObject("indicators").put("members.coverage", covered + "/" + roll);
        cell.putObject("expect").put("total", 100).putObject("points").put("coverage", 10);
        return root;
    }

    @Test
    void aPassingCaseAndAFailingOneWithTheExpectedAndActualValuesAndTheirPath() {
        var dv = s.as(seed.members.get("DV01"));
        JsonNode pass = dv.post("/rule-cases", aCase(6, 20)).ok(200).json();
        assertThat(pass.get("cases").asInt()).isEqualTo(1);
        assertThat(pass.get("passed").asInt()).isEqualTo(1);
        assertThat(pass.get("results").get(0).get("name").asText()).isEqualTo("độ bao phủ 6/20");

        JsonNode fail = dv.inEnglish().post("/rule-cases", aCase(5, 20)).ok(200).json();
        assertThat(fail.get("failed").asInt()).isEqualTo(1);
        JsonNode m = fail.get("results").get(0).get("mismatches");
        assertThat(m.findValuesAsText("path")).contains("cases[0].cells[0].expect.points.coverage",
                "cases[0].cells[0].expect.total");
        JsonNode coverage = m.get(0);
        assertThat(coverage.get("expected").asText()).isEqualTo("10");
        assertThat(coverage.get("actual").asText()).isEqualTo("5");
        assertThat(coverage.get("text").asText()).contains("expected 10").contains("[0.15, 0.3)");
    }

    @Test
    void aFileNotValidIsAProblemNamingEachPathAndNoFileOfTheServerIsRead() {
        var dv = s.as(seed.members.get("DV01"));
        ObjectNode bad = aCase(6, 20);
        ((ObjectNode) bad.get("criteriaSet")).removeAll().put("file", "/etc/passwd");
        ((ObjectNode) bad.get("cases").get(0)).put("colour", "đỏ");
        LiveServer.Reply r = dv.inEnglish().post("/rule-cases", bad);
        assertThat(r.status()).isBetween(400, 499);
        assertThat(r.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.text()).contains("criteriaSet.file").contains("may not name a file")
                .contains("cases[0].colour").doesNotContain("root:");
    }

    @Test
    void anUnknownCallerMayNotRunCases() {
        assertThat(s.anonymous().post("/rule-cases", aCase(6, 20)).status()).isEqualTo(401);
        assertThat(s.as(UUID.randomUUID()).post("/rule-cases", aCase(6, 20)).status()).isEqualTo(403);
        assertThat(s.as(seed.members.get("DV01")).raw("POST", "/rule-cases", "application/json",
                "{\"cases\": [".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
    }
}
