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
 * {@code GET /scoring/what-it-takes/{organisation}} on the two-cell seed in 2025: cell 2 adopted its plan (one item,
 * February to March, not yet carried out) and opened an inspection on signs of violation with two recommendations
 * still open (due 1/3 and 30/6); asked on 20/2, while the item's window and both due days are ahead.
 */
class WhatItTakesOverHttpTest {

    static LiveServer s;
    static HttpSeed seed;
    static UUID unplanned;

    @BeforeAll
    static void start() {
        s = new LiveServer();
        seed = HttpSeed.load(s);
        Reply a = seed.adoptedPlanAndConfidentialInspection(s);
        unplanned = a.id();
        var sec = s.as(seed.secretary(1));
        sec.post("/activities/" + a.id() + "/recommendations", obj("text", "Kiểm điểm trước chi bộ",
                "addressee", obj("member", seed.member(1, 4)), "due", "2025-06-30"), "If-Match", a.etag()).ok(200);
        s.clock.set(LocalDate.of(2025, 2, 20));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static List<JsonNode> steps(JsonNode g, String kind) {
        List<JsonNode> out = new ArrayList<>();
        g.get("paths").forEach(p -> p.get("steps").forEach(st -> {
            if (st.get("kind").asText().equals(kind)) {
                out.add(st);
            }
        }));
        return out;
    }

    @Test
    void theSecretaryIsToldToConcludeTheItemInItsWindowAndCloseTheRecommendations() {
        JsonNode g = s.as(seed.secretary(1)).inEnglish().get("/scoring/what-it-takes/" + seed.cells.get(1)).ok(200)
                .json();
        assertThat(g.get("on").asText()).isEqualTo("2025-02-20");
        assertThat(g.get("criteriaSet").asText()).isEqualTo("ktgs-default-65-KH-DU");
        assertThat(g.get("paths")).isNotEmpty();
        JsonNode conclude = steps(g, "CONCLUDE_ITEM").get(0);
        assertThat(conclude.get("candidates").get(0).get("due").asText()).isEqualTo("2025-03-31");
        JsonNode close = steps(g, "CLOSE_RECOMMENDATION").get(steps(g, "CLOSE_RECOMMENDATION").size() - 1);
        assertThat(close.get("candidates").findValuesAsText("name")).contains("Hoàn trả quà biếu");
        assertThat(close.get("text").asText()).contains("Hoàn trả quà biếu (by 01/03/2025)");
        assertThat(g.get("paths").get(0).get("levelLabel").asText()).isNotEmpty();
    }

    @Test
    void aPlainMemberSeesTheStepsButNothingOfTheInspectionOnSignsOfViolation() {
        JsonNode g = s.as(seed.member(1, 5)).get("/scoring/what-it-takes/" + seed.cells.get(1)).ok(200).json();
        List<JsonNode> close = steps(g, "CLOSE_RECOMMENDATION");
        assertThat(close).isNotEmpty().allSatisfy(st -> {
            assertThat(st.get("candidates").findValuesAsText("name")).containsOnly("(nội dung mật)");
            assertThat(st.get("candidates").findValues("id")).allMatch(JsonNode::isNull);
        });
        assertThat(g.toString()).doesNotContain(unplanned.toString()).doesNotContain("quà biếu")
                .doesNotContain("Kiểm điểm trước chi bộ");
    }

    @Test
    void aCommitteeIsNoCellAStrangerIsRefusedAndADayIsAskedAboutWithOn() {
        var dv = s.as(seed.members.get("DV01"));
        assertThat(dv.get("/scoring/what-it-takes/" + seed.committee).status()).isEqualTo(404);
        assertThat(s.as(seed.member(0, 5)).get("/scoring/what-it-takes/" + seed.cells.get(1)).status())
                .isEqualTo(403);
        JsonNode late = dv.inEnglish().get("/scoring/what-it-takes/" + seed.cells.get(1) + "?on=2025-12-31")
                .ok(200).json();
        assertThat(steps(late, "CONCLUDE_ITEM")).isEmpty();
        assertThat(late.get("paths").get(0).get("notes").get(0).asText()).contains("(late-items)");
        assertThat(dv.get("/scoring/what-it-takes/" + seed.cells.get(1) + "?on=31-12-2025").problemType())
                .isEqualTo("urn:ktgs:problem:invalid-parameter");
    }
}
