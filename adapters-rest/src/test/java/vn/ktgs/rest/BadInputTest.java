package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.rest.LiveServer.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.rest.LiveServer.Reply;

/**
 * Bad input over HTTP: each case asserts the status, the problem type and that nothing was stored or changed.
 */
class BadInputTest {

    static LiveServer s;
    static HttpSeed seed;
    static Reply draft;

    @BeforeAll
    static void start() {
        s = new LiveServer();
        seed = HttpSeed.load(s);
        s.clock.set(LocalDate.of(2025, 1, 7));
        draft = s.as(seed.secretary(0)).post("/plans", seed.draftBody(0)).ok(201);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** Everything the stores hold, as text. */
    private static String state() {
        var p = s.ktgs.ports();
        List<Object> all = new ArrayList<>();
        all.add(p.organisations().all());
        all.add(p.documents().all());
        all.add(p.plans().ofYear(2025));
        for (UUID cell : seed.cells) {
            all.add(p.members().ofOrganisation(new OrganisationId(cell)));
            all.add(p.activities().ofOrganisation(new OrganisationId(cell)));
            all.add(s.ktgs.reports().reportFor(new OrganisationId(cell), ReportingPeriod.quarter(2025, 1)));
            all.add(s.ktgs.documents().disseminationsOf(new vn.ktgs.document.DocumentId(seed.plan65)));
        }
        return all.toString();
    }

    private static Reply rejected(Reply r, int status, String type) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.header("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(r.problemType()).isEqualTo("urn:ktgs:problem:" + type);
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("errors")).isNotEmpty();
        return r;
    }

    private static List<String> paths(Reply r) {
        return r.json().get("errors").findValuesAsText("path");
    }

    private static ObjectNode bodyWithItem(String field, Object value) {
        ObjectNode body = seed.draftBody(1);
        ((ObjectNode) body.get("items").get(0)).set(field, LiveServer.JSON.valueToTree(value));
        return body;
    }

    private final LiveServer.Call secretary1 = s.as(seed.secretary(1));

    @Test
    void malformedJsonAnswers400() {
        String before = state();
        rejected(secretary1.post("/plans", "{\"organisation\": "), 400, "malformed-json");
        rejected(secretary1.post("/plans", "{\"year\": 2025,}"), 400, "malformed-json");
        rejected(secretary1.post("/plans", "{\"year\": 2025, \"year\": 2026}"), 400, "malformed-json");
        rejected(secretary1.raw("POST", "/plans", "application/json", new byte[0]), 400, "malformed-json");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void wrongTypesAreAllReportedWithTheirPaths() {
        String before = state();
        ObjectNode body = seed.draftBody(1);
        body.put("year", "hai nghìn không trăm hai mươi lăm");
        body.put("organisation", 42);
        ((ObjectNode) body.get("items").get(0)).put("focus", "EXEMPLARY_CONDUCT");
        Reply r = rejected(secretary1.post("/plans", body), 422, "validation");
        assertThat(paths(r)).containsExactlyInAnyOrder("year", "organisation", "items[0].focus");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void missingAndUnknownFieldsAreReported() {
        String before = state();
        ObjectNode body = obj("organisation", seed.cells.get(1), "year", 2025, "titel", "Kế hoạch");
        Reply r = rejected(secretary1.post("/plans", body), 422, "validation");
        assertThat(paths(r)).containsExactlyInAnyOrder("titel", "title", "items");
        assertThat(r.json().get("errors").findValuesAsText("rule")).contains("ktgs.rest.json.unknownField",
                "ktgs.rest.json.required");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void invalidEnumsNameTheAllowedValues() {
        String before = state();
        Reply r = rejected(secretary1.post("/plans", bodyWithItem("kind", "KIEM_TRA_BAT_CHOT")), 422, "validation");
        assertThat(paths(r)).containsExactly("items[0].kind");
        assertThat(r.json().get("errors").get(0).get("message").asText()).contains("REGULAR_SUPERVISION");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void invalidDatesAreRejected() {
        String before = state();
        ObjectNode body = bodyWithItem("from", "2025-02-30");
        ((ObjectNode) body.get("items").get(0)).put("to", "31/03/2025");
        Reply r = rejected(secretary1.post("/plans", body), 422, "validation");
        assertThat(paths(r)).containsExactlyInAnyOrder("items[0].from", "items[0].to");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void businessRulesOfTheCoreComeBackWithPathsInTheReadersLanguage() {
        String before = state();
        ObjectNode body = bodyWithItem("targets", List.of());
        Reply vi = rejected(secretary1.post("/plans", body), 422, "validation");
        Reply en = rejected(s.as(seed.secretary(1)).inEnglish().post("/plans", body), 422, "validation");
        assertThat(paths(vi)).contains("items[0].targets");
        assertThat(vi.header("Content-Language")).hasValue("vi");
        assertThat(en.header("Content-Language")).hasValue("en");
        assertThat(vi.json().get("title").asText()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(en.json().get("title").asText()).isEqualTo("Invalid input");
        assertThat(en.json().get("detail").asText()).isNotEqualTo(vi.json().get("detail").asText());
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aBodyOverTheLimitAnswers413() {
        String before = state();
        byte[] big = ("{\"title\": \"" + "Ấ".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(big.length).isGreaterThan(KtgsRestApplication.DEFAULT_BODY_LIMIT);
        rejected(secretary1.raw("POST", "/plans", "application/json", big), 413, "payload-too-large");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void invalidUtf8Answers400() {
        String before = state();
        byte[] good = seed.draftBody(1).toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, good.length - 2);
        bad[good.length - 2] = (byte) 0xC3; // a lead byte followed by no continuation
        bad[good.length - 1] = (byte) 0x28;
        bad[good.length] = '"';
        bad[good.length + 1] = '}';
        rejected(secretary1.raw("POST", "/plans", "application/json", bad), 400, "invalid-encoding");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void anotherMediaTypeAnswers415() {
        String before = state();
        rejected(secretary1.raw("POST", "/plans", "text/plain", "x".getBytes()), 415, "unsupported-media-type");
        rejected(secretary1.raw("POST", "/plans", "application/json; charset=ISO-8859-1",
                seed.draftBody(1).toString().getBytes(StandardCharsets.ISO_8859_1)), 415, "unsupported-media-type");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void sqlMetacharactersAreStoredVerbatim() {
        String title = "Kế hoạch'; DROP TABLE plans; -- \" OR 1=1 /* Tôn Thất Ấn */";
        s.clock.set(LocalDate.of(2025, 1, 7));
        Reply created = s.admin().post("/members", obj("code", "DV99", "fullName", "Robert'); DROP TABLE members;--"))
                .ok(201);
        assertThat(s.admin().get("/members/" + created.id()).ok(200).json().get("fullName").asText())
                .isEqualTo("Robert'); DROP TABLE members;--");
        ObjectNode body = seed.draftBody(1);
        body.put("title", title);
        Reply plan = secretary1.post("/plans", body).ok(201);
        assertThat(secretary1.get("/plans/" + plan.id()).ok(200).json().get("title").asText()).isEqualTo(title);
    }

    @Test
    void aStaleIfMatchAnswers412AndAMissingOne428() {
        String before = state();
        var sec = s.as(seed.secretary(0));
        s.clock.set(LocalDate.of(2025, 1, 10));
        rejected(sec.post("/plans/" + draft.id() + "/adoption", obj("adoptedOn", "2025-01-10"), "If-Match", "\"7\""),
                412, "precondition-failed");
        rejected(sec.post("/plans/" + draft.id() + "/adoption", obj("adoptedOn", "2025-01-10")), 428,
                "precondition-required");
        rejected(sec.post("/plans/" + draft.id() + "/adoption", obj("adoptedOn", "2025-01-10"), "If-Match", "soon"),
                412, "precondition-failed");
        assertThat(state()).isEqualTo(before);
        assertThat(sec.get("/plans/" + draft.id()).ok(200).json().get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void aCallerWithoutTheRoleAnswers403AndAnUnknownOne401() {
        String before = state();
        s.clock.set(LocalDate.of(2025, 1, 10));
        Reply plain = s.as(seed.member(0, 4)).post("/plans/" + draft.id() + "/adoption",
                obj("adoptedOn", "2025-01-10"), "If-Match", draft.etag());
        rejected(plain, 403, "forbidden");
        Reply otherCell = secretary1.post("/plans/" + draft.id() + "/adoption", obj("adoptedOn", "2025-01-10"),
                "If-Match", draft.etag());
        rejected(otherCell, 403, "forbidden");
        rejected(s.as(seed.member(0, 4)).post("/members", obj("code", "DV77", "fullName", "Lâm Thị Ửng")), 403,
                "forbidden");
        rejected(s.anonymous().get("/plans/" + draft.id()), 401, "unauthenticated");
        rejected(s.as(seed.member(1, 4)).get("/plans/" + draft.id()), 403, "forbidden");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aSecondSubmissionOfTheSameReportIsAConflict() {
        var sec = s.as(seed.secretary(1));
        s.clock.set(LocalDate.of(2025, 4, 7));
        Reply report = sec.post("/reports", obj("organisation", seed.cells.get(1), "period", "2025-Q1",
                "narrative", "Báo cáo quý I của Chi bộ Phòng Kinh tế")).ok(201);
        Reply submitted = sec.post("/reports/" + report.id() + "/submission", "", "If-Match", report.etag()).ok(200);
        String before = state();
        Reply again = rejected(sec.post("/reports/" + report.id() + "/submission", "", "If-Match",
                submitted.etag()), 409, "conflict");
        assertThat(again.json().get("errors").get(0).get("rule").asText()).isEqualTo("ktgs.report.alreadySubmitted");
        rejected(sec.post("/reports/" + report.id() + "/submission", "", "If-Match", report.etag()), 412,
                "precondition-failed");
        rejected(sec.post("/reports", obj("organisation", seed.cells.get(1), "period", "2025-Q1",
                "narrative", "")), 409, "conflict");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void anIdempotencyKeyReplayAnswersTheFirstResponseAndStoresNothingMore() {
        var admin = s.admin();
        ObjectNode body = obj("code", "DV50", "fullName", "Nguyễn Thị Ưng");
        Reply first = admin.post("/members", body, "Idempotency-Key", "dv50-2025").ok(201);
        String before = state();
        Reply replay = admin.post("/members", body, "Idempotency-Key", "dv50-2025").ok(201);
        assertThat(replay.json()).isEqualTo(first.json());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
        assertThat(state()).isEqualTo(before);
        rejected(admin.post("/members", obj("code", "DV51", "fullName", "Tôn Thất Ấn"), "Idempotency-Key",
                "dv50-2025"), 422, "idempotency-key-reused");
        assertThat(state()).isEqualTo(before);
        JsonNode again = admin.post("/members", body).json();
        assertThat(again.get("errors").get(0).get("rule").asText()).isEqualTo("ktgs.member.code.duplicate");
    }

    @Test
    void aMalformedIdInThePathIsNotFound() {
        rejected(secretary1.get("/plans/not-a-uuid"), 404, "not-found");
        rejected(secretary1.get("/plans/" + UUID.randomUUID()), 404, "not-found");
        rejected(secretary1.get("/plans?year=twenty"), 400, "invalid-parameter");
        rejected(secretary1.get("/organisations?size=0"), 400, "invalid-parameter");
        rejected(secretary1.raw("GET", "/plans/" + UUID.randomUUID(), null, new byte[0], "Accept", "application/json"),
                404, "not-found");
    }

    @Test
    void notFoundAndMalformedJsonAreWordedInTheReadersLanguage() {
        UUID unknown = UUID.randomUUID();
        Reply vi = rejected(secretary1.get("/plans/" + unknown), 404, "not-found");
        assertThat(vi.json().get("errors").get(0).get("message").asText())
                .isEqualTo("không tìm thấy kế hoạch kiểm tra, giám sát " + unknown);
        Reply en = rejected(s.as(seed.secretary(1)).inEnglish().get("/plans/not-a-uuid"), 404, "not-found");
        assertThat(en.json().get("errors").get(0).get("message").asText())
                .isEqualTo("inspection and supervision plan not-a-uuid not found");

        Reply syntaxVi = rejected(secretary1.post("/plans", "{\"title\": \"Kế hoạch\",\n \"year\": 2025,}"), 400,
                "malformed-json");
        assertThat(syntaxVi.json().get("errors").get(0).get("message").asText())
                .isEqualTo("JSON sai cú pháp ở dòng 2, cột 15: thừa dấu phẩy trước “}”");
        Reply syntaxEn = rejected(s.as(seed.secretary(1)).inEnglish().post("/plans", "{\"year\" 2025}"), 400,
                "malformed-json");
        assertThat(syntaxEn.json().get("errors").get(0).get("message").asText())
                .isEqualTo("JSON syntax error on line 1, column 9: a colon is missing between a key and its value,"
                        + " before “2”");
    }

    @Test
    void bindingErrorsAreWordedInEnglishWhenAskedFor() {
        String before = state();
        Reply en = rejected(s.as(seed.secretary(1)).inEnglish().post("/plans", obj("organisation",
                seed.cells.get(1), "year", "2025", "title", "Kế hoạch", "items", List.of())), 422, "validation");
        assertThat(en.json().get("errors").get(0).get("message").asText()).isEqualTo("must be an integer");
        Reply vi = rejected(secretary1.post("/plans", obj("organisation", seed.cells.get(1), "year", "2025",
                "title", "Kế hoạch", "items", List.of())), 422, "validation");
        assertThat(vi.json().get("errors").get(0).get("message").asText()).isEqualTo("phải là số nguyên");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aTermThatEndsBeforeItStartsIsRejectedInTheReadersLanguageAndNothingIsStored() {
        String before = state();
        var body = obj("number", "03-NQ/ĐU", "issuer", seed.bloc, "issuedOn", "2024-06-20",
                "term", obj("name", "2020–2025", "from", "2025-09-30", "to", "2020-10-01"), "title", "Nghị quyết");

        Reply vi = rejected(s.admin().post("/documents", body), 422, "validation");
        Reply en = rejected(s.admin().inEnglish().post("/documents", body), 422, "validation");

        assertThat(vi.json().get("errors").get(0).get("path").asText()).isEqualTo("term");
        assertThat(vi.json().get("errors").get(0).get("message").asText()).isEqualTo(
                "nhiệm kỳ cần có tên, và ngày bắt đầu (2025-09-30) không được sau ngày kết thúc (2020-10-01)");
        assertThat(en.json().get("errors").get(0).get("message").asText()).isEqualTo(
                "a term needs a name, and its start (2025-09-30) may not be after its end (2020-10-01)");
        assertThat(state()).isEqualTo(before);
    }
}
