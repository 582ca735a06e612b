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
 * The seed scenario driven over HTTP, day by day on a movable clock: the tree, the document chain, dissemination,
 * a cell's plan drafted, checked and adopted, an activity from notification to closing with a recommendation
 * followed up, and the first quarter's report compiled and submitted on time. Every answer is checked against
 * the OpenAPI document's schemas.
 */
class SeedScenarioOverHttpTest {

    static LiveServer s;
    static HttpSeed seed;
    static SchemaCheck schemas;

    @BeforeAll
    static void start() {
        s = new LiveServer();
        seed = HttpSeed.load(s);
        schemas = new SchemaCheck(s.anonymous().get("/openapi.json").ok(200).json());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void theScenarioRunsEndToEndOverHttp() {
        UUID secretary = seed.secretary(0);
        UUID cell = seed.cells.get(0);
        var sec = s.as(secretary);

        // the tree and Vietnamese names round-trip exactly
        Reply org = sec.get("/organisations/" + cell).ok(200);
        schemas.check(org.json(), "OrganisationView");
        assertThat(org.json().get("name").asText()).isEqualTo("Chi bộ Phòng Tổng hợp");
        assertThat(org.json().get("assignments").get(0).get("member").asText()).isEqualTo(seed.secretary(1).toString());
        assertThat(sec.get("/members/" + seed.members.get("DV01")).ok(200).json().get("fullName").asText())
                .isEqualTo("Nguyễn Thị Ưng");
        Reply members = sec.get("/organisations/" + cell + "/members?on=2024-10-21").ok(200);
        schemas.check(members.json(), "PageOfMemberRef");
        assertThat(members.json().get("total").asInt()).isEqualTo(5);

        // the chain 02-NQ/ĐU ← 65-KH/ĐU
        Reply chain = sec.get("/documents/" + seed.plan65 + "/chain").ok(200);
        schemas.check(chain.json(), "PageOfDocumentView");
        assertThat(chain.json().get("items").findValuesAsText("number")).containsExactly("65-KH/ĐU", "02-NQ/ĐU");
        assertThat(sec.get("/documents/" + seed.resolution + "/implementing").ok(200).json().get("items").get(0)
                .get("number").asText()).isEqualTo("65-KH/ĐU");

        // S8: dissemination, one member absent
        s.clock.set(LocalDate.of(2024, 10, 21));
        List<String> attendees = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            attendees.add(seed.member(0, p).toString());
        }
        Reply diss = sec.post("/documents/" + seed.plan65 + "/disseminations", obj("cell", cell,
                "heldOn", "2024-10-21", "attendees", attendees, "note", "Sinh hoạt chi bộ thường kỳ tháng 10/2024"))
                .ok(201);
        schemas.check(diss.json(), "DisseminationView");
        assertThat(diss.header("Location").orElseThrow()).endsWith("/disseminations/" + diss.id());
        assertThat(sec.get(diss.header("Location").orElseThrow().replaceFirst("^http://[^/]+", "")).status())
                .isEqualTo(200);
        Reply reach = sec.get("/documents/" + seed.plan65 + "/reach?cell=" + cell).ok(200);
        schemas.check(reach.json(), "ReachView");
        assertThat(reach.json().get("reached").asInt()).isEqualTo(4);
        assertThat(reach.json().get("notReached").get(0).get("fullName").asText()).isEqualTo("Hoàng Đức Thắng");

        // S3: the plan drafted, checked, adopted
        s.clock.set(LocalDate.of(2025, 1, 7));
        Reply check = sec.post("/plans/checks", seed.draftBody(0)).ok(200);
        assertThat(check.json().get("valid").asBoolean()).as(check.text()).isTrue();
        Reply draft = sec.post("/plans", seed.draftBody(0)).ok(201);
        schemas.check(draft.json(), "PlanView");
        assertThat(draft.json().get("status").asText()).isEqualTo("DRAFT");
        s.clock.set(LocalDate.of(2025, 1, 10));
        Reply adopted = sec.post("/plans/" + draft.id() + "/adoption", obj("adoptedOn", "2025-01-10"),
                "If-Match", draft.etag()).ok(200);
        assertThat(adopted.json().get("status").asText()).isEqualTo("ADOPTED");
        assertThat(adopted.etag()).isEqualTo("\"2\"");
        String item = adopted.json().get("items").get(0).get("id").asText();

        // S4: the activity from notification to closing
        s.clock.set(LocalDate.of(2025, 2, 3));
        Reply a = sec.post("/activities", obj("plan", draft.id(), "item", item, "notifiedOn", "2025-02-03",
                "note", "Thông báo đến đối tượng")).ok(201);
        a = step(sec, a, "SELF_REPORT_RECEIVED", LocalDate.of(2025, 2, 17));
        a = step(sec, a, "VERIFIED", LocalDate.of(2025, 3, 3));
        s.clock.set(LocalDate.of(2025, 3, 10));
        a = sec.post("/activities/" + a.id() + "/conclusion", obj("concludedOn", "2025-03-10",
                "strengths", List.of("Gương mẫu chấp hành giờ giấc, hoàn thành tốt nhiệm vụ chuyên môn"),
                "shortcomings", List.of("Có lúc chưa chủ động báo cáo tiến độ"), "findings", List.of(),
                "minutesReference", "BB-2025-03-10"), "If-Match", a.etag()).ok(200);
        // the assigned BCH member records guidance
        var bch = s.as(seed.secretary(1));
        a = bch.post("/activities/" + a.id() + "/recommendations", obj("text",
                "Khắc phục khuyết điểm đã chỉ ra, báo cáo kết quả", "due", "2025-03-25"), "If-Match", a.etag())
                .ok(200);
        a = step(sec, a, "FOLLOW_UP", LocalDate.of(2025, 3, 11));
        s.clock.set(LocalDate.of(2025, 3, 20));
        String rec = a.json().get("recommendations").get(0).get("id").asText();
        a = bch.post("/activities/" + a.id() + "/recommendations/" + rec + "/closure", obj("closedOn",
                "2025-03-20", "note", "Đã khắc phục"), "If-Match", a.etag()).ok(200);
        a = step(sec, a, "CLOSED", LocalDate.of(2025, 3, 24));
        schemas.check(a.json(), "ActivityView");
        assertThat(a.json().get("stage").asText()).isEqualTo("CLOSED");
        assertThat(a.json().get("recommendations").get(0).get("status").asText()).isEqualTo("CLOSED");

        // S9: the first quarter's report compiled and submitted on time
        s.clock.set(LocalDate.of(2025, 4, 7));
        Reply report = sec.post("/reports", obj("organisation", cell, "period", "2025-Q1",
                "narrative", "Chi bộ thực hiện kế hoạch kiểm tra, giám sát quý I")).ok(201);
        schemas.check(report.json(), "ReportView");
        JsonNode figures = report.json().get("figures");
        assertThat(figures.get("plansAdopted").asInt()).isEqualTo(1);
        assertThat(figures.get("itemsConcluded").asInt()).isEqualTo(1);
        assertThat(figures.get("membersReached").asInt()).isEqualTo(2);
        assertThat(figures.get("recommendationsClosed").asInt()).isEqualTo(1);
        Reply submitted = sec.post("/reports/" + report.id() + "/submission", "", "If-Match", report.etag())
                .ok(200);
        assertThat(submitted.json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(sec.get("/organisations/" + cell + "/reports/2025-Q1").ok(200).json().get("id").asText())
                .isEqualTo(report.id().toString());

        // the committee reads timeliness
        Reply timeliness = s.as(seed.members.get("DV01")).get("/organisations/" + seed.committee
                + "/timeliness?period=2025-Q1").ok(200);
        schemas.check(timeliness.json(), "PageOfTimelinessView");
        JsonNode line = null;
        for (JsonNode l : timeliness.json().get("items")) {
            if (l.get("code").asText().equals("CB-TH")) {
                line = l;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.get("status").asText()).isEqualTo("ON_TIME");

        // S7: after the year, the committee reads its dashboard and the cell its scorecard
        s.clock.set(LocalDate.of(2026, 2, 2));
        Reply dashboard = s.as(seed.members.get("DV01")).get("/scoring/dashboards/" + seed.committee
                + "/2025?document=" + seed.plan65).ok(200);
        schemas.check(dashboard.json(), "DashboardView");
        int cells = seed.cells.size();
        assertThat(dashboard.json().get("cells").size()).isEqualTo(cells);
        assertThat(dashboard.json().get("criteriaSet").asText()).isEqualTo("ktgs-default-65-KH-DU");
        JsonNode plans = dashboard.json().get("targets").get(0);
        assertThat(plans.get("id").asText()).isEqualTo("cells-with-plan");
        assertThat(plans.get("value").get("numerator").asInt()).isEqualTo(1);   // only CB-TH adopted a plan
        assertThat(plans.get("value").get("denominator").asInt()).isEqualTo(cells);
        assertThat(plans.get("met").asBoolean()).isFalse();
        assertThat(dashboard.json().get("distribution").get("NOT_COMPLETED").asInt()) // no plan: the gate
                .isEqualTo(cells - 1);
        // a cell without a plan has no items to be on time: "not applicable", its own state, not 0 points
        JsonNode noPlan = null;
        for (JsonNode c : dashboard.json().get("cells")) {
            if (!c.get("organisation").asText().equals(cell.toString())) {
                noPlan = c;
            }
        }
        assertThat(noPlan).isNotNull();
        JsonNode onTime = null;
        for (JsonNode r : noPlan.get("criteria")) {
            if (r.get("criterion").asText().equals("implementation")) {
                onTime = r;
            }
            assertThat(r.get("points").isNull()).as(r.get("criterion").asText())
                    .isEqualTo(r.get("state").asText().equals("EXCLUDED"));
        }
        assertThat(onTime.get("state").asText()).isEqualTo("EXCLUDED");
        assertThat(onTime.get("stateLabel").asText()).isEqualTo("Không áp dụng: không tính, tổng điểm được quy đổi lại");
        assertThat(onTime.get("points").isNull()).isTrue();
        assertThat(onTime.get("counted").asBoolean()).isFalse();
        assertThat(noPlan.get("renormalisation").asText()).startsWith("tiêu chí không áp dụng: ")
                .endsWith("= " + noPlan.get("total").decimalValue().stripTrailingZeros().toPlainString());

        Reply card = sec.get("/scoring/scorecards/" + cell + "/2025?document=" + seed.plan65).ok(200);
        schemas.check(card.json(), "ScorecardView");
        JsonNode first = card.json().get("criteria").get(0);
        assertThat(first.get("criterion").asText()).isEqualTo("plan-adopted");
        assertThat(first.get("points").decimalValue()).isEqualByComparingTo("15");
        assertThat(card.json().get("text").asText()).startsWith("Phiếu chấm điểm công tác kiểm tra, giám sát năm 2025");
        Reply english = s.as(seed.secretary(1)).inEnglish().get("/scoring/scorecards/" + cell + "/2025").ok(200);
        assertThat(english.json().get("text").asText()).startsWith("Inspection and supervision scorecard for 2025");
        assertThat(sec.get("/scoring/scorecards/" + seed.committee + "/2025").status()).isEqualTo(404);

        // the source of each criterion, in the reader's language
        JsonNode vi = sec.get("/scoring/criteria-sets").ok(200).json().get("items").get(0).get("criteria").get(0);
        JsonNode en = s.as(seed.secretary(1)).inEnglish().get("/scoring/criteria-sets").ok(200).json().get("items")
                .get(0).get("criteria").get(0);
        assertThat(vi.get("source").asText()).isEqualTo("65-KH/ĐU: 100% chi bộ xây dựng kế hoạch (S3); điểm: mặc định");
        assertThat(en.get("source").asText()).isEqualTo("65-KH/ĐU: 100% of cells build a plan (S3); points: default");
    }

    private Reply step(LiveServer.Call who, Reply a, String stage, LocalDate day) {
        s.clock.set(day);
        Reply next = who.post("/activities/" + a.id() + "/stages", obj("stage", stage, "on", day.toString()),
                "If-Match", a.etag()).ok(200);
        assertThat(next.json().get("stage").asText()).isEqualTo(stage);
        return next;
    }
}
