package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.rest.LiveServer.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.rest.LiveServer.Reply;

/**
 * Confidential content over HTTP: an inspection on signs of violation is hidden (404) from whoever may not read
 * confidential content of its cell, and the violations and discipline of a planned record are withheld from a
 * plain member while the cell committee and the BCH see them.
 */
class ConfidentialityOverHttpTest {

    static LiveServer s;
    static HttpSeed seed;
    static UUID unplanned;
    static UUID planned;

    @BeforeAll
    static void start() {
        s = new LiveServer();
        seed = HttpSeed.load(s);
        var sec = s.as(seed.secretary(1));
        s.clock.set(LocalDate.of(2025, 1, 7));
        Reply draft = sec.post("/plans", seed.draftBody(1)).ok(201);
        s.clock.set(LocalDate.of(2025, 1, 10));
        Reply plan = sec.post("/plans/" + draft.id() + "/adoption", obj("adoptedOn", "2025-01-10"),
                "If-Match", draft.etag()).ok(200);
        s.clock.set(LocalDate.of(2025, 2, 3));
        Reply a = sec.post("/activities", obj("plan", plan.id(), "item",
                plan.json().get("items").get(0).get("id").asText(), "notifiedOn", "2025-02-03")).ok(201);
        s.clock.set(LocalDate.of(2025, 2, 17));
        a = sec.post("/activities/" + a.id() + "/stages", obj("stage", "SELF_REPORT_RECEIVED", "on", "2025-02-17"),
                "If-Match", a.etag()).ok(200);
        a = sec.post("/activities/" + a.id() + "/stages", obj("stage", "VERIFIED", "on", "2025-02-17"),
                "If-Match", a.etag()).ok(200);
        a = sec.post("/activities/" + a.id() + "/conclusion", obj("concludedOn", "2025-02-17",
                "strengths", List.of(), "shortcomings", List.of("Chậm thẩm định hồ sơ"),
                "findings", List.of(obj("target", obj("member", seed.member(1, 2)),
                        "description", "Chậm thẩm định hồ sơ dự án quá thời hạn", "severity", "SERIOUS",
                        "disciplineToBeConsidered", true)), "minutesReference", "BB-01"), "If-Match", a.etag())
                .ok(200);
        planned = a.id();
        s.clock.set(LocalDate.of(2025, 9, 5));
        unplanned = sec.post("/activities/unplanned", obj("organisation", seed.cells.get(1),
                "targets", List.of(obj("member", seed.member(1, 4))),
                "subject", "Kiểm tra đồng chí Đỗ Minh Tuấn khi có dấu hiệu vi phạm", "responsible", seed.secretary(1),
                "notifiedOn", "2025-09-05", "reason", "Đơn phản ánh về việc chậm thẩm định hồ sơ dự án")).ok(201).id();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void theCellCommitteePagesEveryRecordOfTheCellByOpeningDayAndAPlainMemberOnlyThePlannedOnes() {
        String path = "/organisations/" + seed.cells.get(1) + "/activities?size=1&page=";
        var secretary = s.as(seed.secretary(1));
        for (int page = 0; page < 3; page++) {
            var json = secretary.get(path + page).ok(200).json();
            assertThat(json.get("page").asInt()).isEqualTo(page);
            assertThat(json.get("size").asInt()).isEqualTo(1);
            assertThat(json.get("total").asLong()).isEqualTo(2);
            assertThat(json.get("items").findValuesAsText("id")).containsExactlyElementsOf(
                    page == 0 ? List.of(planned.toString()) : page == 1 ? List.of(unplanned.toString()) : List.of());
        }
        var plain = s.as(seed.member(1, 5)).get(path + 0).ok(200).json();
        assertThat(plain.get("total").asLong()).isEqualTo(1);
        assertThat(plain.get("items").findValuesAsText("id")).containsExactly(planned.toString());
    }

    @Test
    void anInspectionOnSignsOfViolationIsHiddenFromThoseWhoMayNotSeeIt() {
        Reply plain = s.as(seed.member(1, 5)).get("/activities/" + unplanned);
        assertThat(plain.status()).isEqualTo(404);
        assertThat(plain.problemType()).isEqualTo("urn:ktgs:problem:not-found");
        assertThat(s.as(seed.member(0, 2)).get("/activities/" + unplanned).status()).isEqualTo(404);
        assertThat(s.as(seed.member(1, 5)).get("/organisations/" + seed.cells.get(1) + "/activities").ok(200)
                .json().get("items").findValuesAsText("id")).containsExactly(planned.toString());
        assertThat(s.as(seed.secretary(1)).get("/activities/" + unplanned).ok(200).json()
                .get("confidentialWithheld").asBoolean()).isFalse();
        assertThat(s.as(seed.members.get("DV01")).get("/activities/" + unplanned).status()).isEqualTo(200);
    }

    @Test
    void violationsAreWithheldFromAPlainMemberOnly() {
        Reply plain = s.as(seed.member(1, 5)).get("/activities/" + planned).ok(200);
        assertThat(plain.json().get("confidentialWithheld").asBoolean()).isTrue();
        assertThat(plain.json().get("conclusion").get("violations")).isEmpty();
        assertThat(plain.json().get("conclusion").get("shortcomings").get(0).asText())
                .isEqualTo("Chậm thẩm định hồ sơ");
        Reply secretary = s.as(seed.secretary(1)).get("/activities/" + planned).ok(200);
        assertThat(secretary.json().get("conclusion").get("violations")).hasSize(1);
        Reply bch = s.as(seed.secretary(0)).get("/activities/" + planned).ok(200);
        assertThat(bch.json().get("conclusion").get("violations").get(0).get("severity").asText())
                .isEqualTo("SERIOUS");
    }

    @Test
    void aPlainMemberCannotDecideDiscipline() {
        Reply current = s.as(seed.member(1, 5)).get("/activities/" + planned).ok(200);
        Reply r = s.as(seed.member(1, 5)).post("/activities/" + planned + "/disciplines", obj("target",
                obj("member", seed.member(1, 2)), "form", "REPRIMAND", "decidedOn", "2025-02-20",
                "reason", "Vi phạm thời hạn", "decisionReference", "01-QĐ/CB"), "If-Match", current.etag());
        assertThat(r.status()).isEqualTo(403);
        assertThat(s.as(seed.secretary(1)).get("/activities/" + planned).ok(200).json().get("disciplines")).isEmpty();
    }

    @Test
    void scorecardsAndDashboardsListNoIdOfAHiddenInspectionToThoseWhoGet404ForIt() {
        String card = "/scoring/scorecards/" + seed.cells.get(1) + "/2025";
        String dashboard = "/scoring/dashboards/" + seed.committee + "/2025";
        // the hidden inspection is led by the cell's secretary, so the leadership indicator counts it
        assertThat(s.as(seed.secretary(1)).get(card).ok(200).text()).contains(unplanned.toString());
        assertThat(s.as(seed.secretary(0)).get(dashboard).ok(200).text()).contains(unplanned.toString());
        for (LiveServer.Call c : List.of(s.as(seed.member(1, 5)), s.admin())) {
            assertThat(c.get("/activities/" + unplanned).status()).isEqualTo(404);
            assertThat(c.get(card).ok(200).text()).doesNotContain(unplanned.toString());
        }
        assertThat(s.admin().get(dashboard).ok(200).text()).doesNotContain(unplanned.toString());
        assertThat(s.as(seed.member(1, 5)).get(dashboard).status()).isEqualTo(403);
        // the member the hidden inspection targets is not listed as covered to them; the count still is
        JsonNode coverage = coverage(s.as(seed.member(1, 5)).get(card).ok(200).json());
        assertThat(coverage.get("numerator").asLong()).isEqualTo(3);
        assertThat(texts(coverage.get("records"))).containsExactlyInAnyOrder(seed.member(1, 2).toString(),
                seed.member(1, 3).toString());
        assertThat(texts(coverage(s.as(seed.secretary(1)).get(card).ok(200).json()).get("records")))
                .containsExactlyInAnyOrder(seed.member(1, 2).toString(), seed.member(1, 3).toString(),
                        seed.member(1, 4).toString());
    }

    @Test
    void whichRecordsFoundViolationsIsWithheldLikeTheHiddenInspections() {
        var guard = new vn.ktgs.rest.internal.Guard(new TrustedHeaderCallerResolver(),
                new vn.ktgs.access.AccessRules(s.ktgs.organisations(), s.clock), s.ktgs.organisations());
        var cell = new vn.ktgs.organisation.OrganisationId(seed.cells.get(1));
        var plain = vn.ktgs.rest.internal.Disclosure.of(guard, s.ktgs.activities(),
                vn.ktgs.access.Caller.member(new vn.ktgs.organisation.MemberId(seed.member(1, 5))), cell);
        var secretary = vn.ktgs.rest.internal.Disclosure.of(guard, s.ktgs.activities(),
                vn.ktgs.access.Caller.member(new vn.ktgs.organisation.MemberId(seed.secretary(1))), cell);
        var admin = vn.ktgs.rest.internal.Disclosure.of(guard, s.ktgs.activities(), vn.ktgs.access.Caller.administrator(),
                cell);
        List<UUID> both = List.of(planned, unplanned);
        for (var indicator : List.of(vn.ktgs.scoring.Indicator.VIOLATIONS_FOUND,
                vn.ktgs.scoring.Indicator.VIOLATIONS_HANDLED)) {
            assertThat(plain.visible(indicator, List.of(planned))).isEmpty();
            assertThat(admin.visible(indicator, List.of(planned))).isEmpty();
            assertThat(secretary.visible(indicator, both)).isEqualTo(both);
        }
        assertThat(plain.visible(vn.ktgs.scoring.Indicator.COORDINATED_ACTIVITIES, both)).containsExactly(planned);
        assertThat(admin.visible(vn.ktgs.scoring.Indicator.SECRETARY_LED, both)).containsExactly(planned);
        assertThat(secretary.visible(vn.ktgs.scoring.Indicator.SECRETARY_LED, both)).isEqualTo(both);
    }

    private static JsonNode coverage(JsonNode scorecard) {
        return scorecard.get("criteria").findParents("indicator").stream()
                .filter(v -> v.path("indicator").asText().equals("members.coverage")).findFirst().orElseThrow();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void aWellFormedMemberIdThatNamesNoMemberIsNotAKnownCaller() {
        var stranger = s.as(UUID.randomUUID());
        for (String path : List.of("/documents/" + seed.plan65, "/documents/" + seed.plan65 + "/chain",
                "/documents/" + seed.resolution + "/implementing", "/scoring/criteria-sets",
                "/organisations/" + seed.cells.get(1))) {
            Reply r = stranger.get(path);
            assertThat(r.status()).as(path).isEqualTo(403);
            assertThat(r.problemType()).as(path).isEqualTo("urn:ktgs:problem:forbidden");
        }
        assertThat(s.as(seed.member(1, 5)).get("/documents/" + seed.plan65).ok(200).json().get("number").asText())
                .isEqualTo("65-KH/ĐU");
    }
}
