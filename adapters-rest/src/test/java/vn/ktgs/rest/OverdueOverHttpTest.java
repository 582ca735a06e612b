package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.rest.LiveServer.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.rest.LiveServer.Reply;

/**
 * {@code GET /organisations/{id}/overdue} on the two-cell seed in 2025: cell 2 adopted its plan (one item, Feb–Mar,
 * never carried out) and opened an inspection on signs of violation whose recommendation, due 1/3, is still open;
 * cell 1 has no plan; no report was sent. Asked on 15/4.
 */
class OverdueOverHttpTest {

    static LiveServer s;
    static HttpSeed seed;
    static UUID unplanned;

    @BeforeAll
    static void start() {
        s = new LiveServer();
        seed = HttpSeed.load(s);
        unplanned = seed.adoptedPlanAndConfidentialInspection(s).id();
        s.clock.set(LocalDate.of(2025, 4, 15));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static List<String> lines(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("kind").asText() + " " + i.get("code").asText() + " "
                + i.get("daysOverdue").asLong() + " " + i.path("responsible").asText("-")));
        return out;
    }

    @Test
    void theCommitteeSecretarySeesEverythingOverdueMostFirstWithWhoIsResponsible() {
        JsonNode page = s.as(seed.members.get("DV01")).get("/organisations/" + seed.committee + "/overdue").ok(200)
                .json();

        String cb1 = HttpSeed.CELLS[0][0];
        String cb2 = HttpSeed.CELLS[1][0];
        assertThat(lines(page)).contains(
                "PLAN_NOT_ADOPTED " + cb1 + " 104 " + seed.secretary(0),
                "ITEM_PAST_WINDOW " + cb2 + " 15 " + seed.secretary(1),
                "RECOMMENDATION_PAST_DUE " + cb2 + " 45 " + seed.member(1, 4),
                "REPORT_NOT_SUBMITTED " + cb1 + " 5 " + seed.secretary(0),
                "REPORT_NOT_SUBMITTED " + cb2 + " 5 " + seed.secretary(1));
        assertThat(page.get("items").findValuesAsText("daysOverdue").stream().map(Long::parseLong).toList())
                .isSortedAccordingTo((x, y) -> Long.compare(y, x));
        JsonNode rec = page.get("items").findParents("recommendation").stream()
                .filter(i -> !i.get("recommendation").isNull()).findFirst().orElseThrow();
        assertThat(rec.get("activity").asText()).isEqualTo(unplanned.toString());
        assertThat(rec.get("responsibleName").asText()).isEqualTo(HttpSeed.NAMES[8]);
        assertThat(rec.get("kindLabel").asText()).isEqualTo("Kiến nghị quá hạn, chưa thực hiện xong");
    }

    @Test
    void aPlainMemberSeesOnlyTheirCellAndNothingOfAnInspectionOnSignsOfViolation() {
        var plain = s.as(seed.member(1, 5));
        assertThat(plain.get("/organisations/" + seed.committee + "/overdue").status()).isEqualTo(403);

        JsonNode page = plain.inEnglish().get("/organisations/" + seed.cells.get(1) + "/overdue").ok(200).json();

        assertThat(lines(page)).isNotEmpty().allMatch(l -> l.contains(" " + HttpSeed.CELLS[1][0] + " "));
        assertThat(page.get("items").findValuesAsText("kind")).contains("ITEM_PAST_WINDOW")
                .doesNotContain("RECOMMENDATION_PAST_DUE");
        assertThat(page.toString()).doesNotContain(unplanned.toString()).doesNotContain("quà biếu");
        assertThat(page.get("items").get(0).get("kindLabel").asText()).isNotEmpty()
                .isIn("Plan item past its window, not concluded", "Report past its deadline, not submitted");
    }

    @Test
    void eachItemCarriesItsStepOfEscalationAndAKeyTheSameOnEveryDay() {
        var secretary = s.as(seed.members.get("DV01"));
        JsonNode april = secretary.get("/organisations/" + seed.committee + "/overdue").ok(200).json();
        JsonNode english = secretary.inEnglish().get("/organisations/" + seed.committee + "/overdue").ok(200).json();
        JsonNode march = secretary.get("/organisations/" + seed.committee + "/overdue?on=2025-03-20").ok(200).json();

        JsonNode item = april.get("items").findParents("kind").stream()
                .filter(i -> i.get("kind").asText().equals("ITEM_PAST_WINDOW")).findFirst().orElseThrow();
        // the window ended 31/3: 15 days overdue on 15/4, the second step (the assigned BCH member) from 15 days
        assertThat(item.get("daysOverdue").asLong()).isEqualTo(15);
        JsonNode step = item.get("step");
        assertThat(step.get("number").asInt()).isEqualTo(2);
        assertThat(step.get("of").asInt()).isEqualTo(3);
        assertThat(step.get("afterDays").asInt()).isEqualTo(15);
        assertThat(step.get("roles").toString()).isEqualTo("[\"ASSIGNED_MEMBER\"]");
        assertThat(step.get("label").asText()).isEqualTo("cấp ủy viên phụ trách");
        assertThat(step.get("recipients").isArray()).isTrue();
        JsonNode same = english.get("items").findParents("key").stream()
                .filter(i -> i.get("key").asText().equals(item.get("key").asText())).findFirst().orElseThrow();
        assertThat(same.get("step").get("label").asText()).isEqualTo("the assigned committee member");
        assertThat(item.get("key").asText()).startsWith("ITEM_PAST_WINDOW:" + item.get("item").asText());
        JsonNode plan = april.get("items").findParents("kind").stream()
                .filter(i -> i.get("kind").asText().equals("PLAN_NOT_ADOPTED")).findFirst().orElseThrow();
        assertThat(plan.get("step").get("number").asInt()).isEqualTo(3);
        assertThat(march.get("items").findValuesAsText("key")).contains(plan.get("key").asText());
    }

    @Test
    void aDayIsAskedAboutWithOnAndAMalformedDayIsABadParameter() {
        var secretary = s.as(seed.members.get("DV01"));
        JsonNode early = secretary.get("/organisations/" + seed.committee + "/overdue?on=2025-02-01").ok(200).json();
        assertThat(early.get("items").findValuesAsText("kind")).doesNotContain("ITEM_PAST_WINDOW",
                "RECOMMENDATION_PAST_DUE");
        assertThat(secretary.get("/organisations/" + seed.committee + "/overdue?on=15-04-2025").problemType())
                .isEqualTo("urn:ktgs:problem:invalid-parameter");
    }
}
