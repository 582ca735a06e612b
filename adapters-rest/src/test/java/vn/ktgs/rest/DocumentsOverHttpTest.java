package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.rest.LiveServer.obj;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.rest.LiveServer.Reply;

/**
 * Content negotiation: {@code Accept: application/pdf} or the DOCX type on the plan, activity, report and scoring
 * resources answers the document, with a {@code Content-Disposition} file name, under the same access rules as the
 * JSON; JSON stays the default.
 */
class DocumentsOverHttpTest {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String VIOLATION = "Chậm thẩm định hồ sơ dự án quá thời hạn";

    static LiveServer s;
    static HttpSeed seed;
    static UUID plan;
    static UUID planned;
    static UUID unplanned;
    static UUID report;

    @BeforeAll
    static void start() {
        s = new LiveServer();
        seed = HttpSeed.load(s);
        var sec = s.as(seed.secretary(1));
        s.clock.set(LocalDate.of(2025, 1, 7));
        Reply draft = sec.post("/plans", seed.draftBody(1)).ok(201);
        s.clock.set(LocalDate.of(2025, 1, 10));
        Reply adopted = sec.post("/plans/" + draft.id() + "/adoption", obj("adoptedOn", "2025-01-10"),
                "If-Match", draft.etag()).ok(200);
        plan = adopted.id();
        s.clock.set(LocalDate.of(2025, 2, 3));
        Reply a = sec.post("/activities", obj("plan", plan, "item",
                adopted.json().get("items").get(0).get("id").asText(), "notifiedOn", "2025-02-03")).ok(201);
        s.clock.set(LocalDate.of(2025, 2, 17));
        a = sec.post("/activities/" + a.id() + "/stages", obj("stage", "SELF_REPORT_RECEIVED", "on", "2025-02-17"),
                "If-Match", a.etag()).ok(200);
        a = sec.post("/activities/" + a.id() + "/stages", obj("stage", "VERIFIED", "on", "2025-02-17"),
                "If-Match", a.etag()).ok(200);
        a = sec.post("/activities/" + a.id() + "/conclusion", obj("concludedOn", "2025-02-17",
                "strengths", List.of("Chủ động tham mưu"), "shortcomings", List.of("Chậm thẩm định hồ sơ"),
                "findings", List.of(obj("target", obj("member", seed.member(1, 2)),
                        "description", VIOLATION, "severity", "SERIOUS", "disciplineToBeConsidered", true)),
                "minutesReference", "BB-01"), "If-Match", a.etag()).ok(200);
        planned = a.id();
        s.clock.set(LocalDate.of(2025, 4, 5));
        report = sec.post("/reports", obj("organisation", seed.cells.get(1), "period", "2025-Q1",
                "narrative", "Chi bộ hoàn thành nội dung giám sát quý I.")).ok(201).id();
        s.clock.set(LocalDate.of(2025, 9, 5));
        unplanned = sec.post("/activities/unplanned", obj("organisation", seed.cells.get(1),
                "targets", List.of(obj("member", seed.member(1, 4))),
                "subject", "Kiểm tra đồng chí khi có dấu hiệu vi phạm", "responsible", seed.secretary(1),
                "notifiedOn", "2025-09-05", "reason", "Đơn phản ánh")).ok(201).id();
        s.clock.set(LocalDate.of(2026, 1, 5));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void theReportAsPdfWithItsFileName() throws IOException {
        Reply r = s.as(seed.secretary(1)).get("/reports/" + report + "?number=12-BC/CB", "Accept", PDF).ok(200);
        assertThat(r.header("Content-Type")).hasValue(PDF);
        assertThat(r.header("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"bao-cao-ktgs-2025-q1-")
                .endsWith(".pdf\"");
        assertThat(pdf(r)).contains("Số 12-BC/CB", "Hà Nội, ngày 05 tháng 01 năm 2026", "BÁO CÁO",
                "Kết quả công tác kiểm tra, giám sát quý I năm 2025", "Chi bộ hoàn thành nội dung giám sát quý I.");
        Reply byPeriod = s.as(seed.secretary(1)).get("/organisations/" + seed.cells.get(1)
                + "/reports/2025-Q1?number=12-BC/CB", "Accept", DOCX).ok(200);
        assertThat(byPeriod.header("Content-Type")).hasValue(DOCX);
        assertThat(s.as(seed.secretary(1)).get("/organisations/" + seed.cells.get(1) + "/reports/2025-Q2?number=12-BC/CB",
                "Accept", PDF).status()).isEqualTo(404);
        // JSON stays the default answer
        assertThat(s.as(seed.secretary(1)).get("/reports/" + report).ok(200).json().get("period").asText())
                .isEqualTo("2025-Q1");
        assertThat(s.as(seed.secretary(1)).get("/reports/" + report, "Accept", "*/*").ok(200).header("Content-Type")
                .orElseThrow()).startsWith("application/json");
    }

    @Test
    void thePlanAsDocxInEnglishOnRequest() throws IOException {
        Reply r = s.as(seed.secretary(1)).inEnglish().get("/plans/" + plan + "?number=03-KH/CB&issuedOn=2025-01-12",
                "Accept", DOCX).ok(200);
        assertThat(r.header("Content-Type")).hasValue(DOCX);
        assertThat(r.header("Content-Disposition").orElseThrow()).endsWith(".docx\"");
        assertThat(docx(r)).contains("COMMUNIST PARTY OF VIETNAM", "PLAN", "No. 03-KH/CB", "Hà Nội, 12 January 2025",
                "Giám sát việc thực hiện trách nhiệm nêu gương và nhiệm vụ chuyên môn được giao");
    }

    @Test
    void theNoticeOfConclusionFollowsTheConfidentialityOfTheJson() throws IOException {
        String path = "/activities/" + planned + "?number=05-TB/CB";
        assertThat(pdf(s.as(seed.secretary(1)).get(path, "Accept", PDF).ok(200))).contains(VIOLATION, "MẬT");
        String plain = pdf(s.as(seed.member(1, 5)).get(path, "Accept", PDF).ok(200));
        assertThat(plain).doesNotContain(VIOLATION).doesNotContain("MẬT")
                .contains("Phần nội dung mật (vi phạm, kỷ luật) không in trong bản này.");
        Reply hidden = s.as(seed.member(1, 5)).get("/activities/" + unplanned + "?number=06-TB/CB", "Accept", PDF);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.problemType()).isEqualTo("urn:ktgs:problem:not-found");
        Reply notConcluded = s.as(seed.secretary(1)).get("/activities/" + unplanned + "?number=06-TB/CB", "Accept", PDF);
        assertThat(notConcluded.status()).isEqualTo(409);
        assertThat(notConcluded.json().get("detail").asText()).contains("chưa có kết luận");
        Reply stranger = s.as(seed.member(0, 5)).get(path, "Accept", PDF);
        assertThat(stranger.status()).isEqualTo(403);
    }

    @Test
    void scorecardAndDashboardAsDocuments() throws IOException {
        Reply card = s.as(seed.secretary(1)).get("/scoring/scorecards/" + seed.cells.get(1) + "/2025?number=20-BC/ĐU",
                "Accept", PDF).ok(200);
        assertThat(card.header("Content-Disposition").orElseThrow()).contains("phieu-cham-diem-2025-");
        assertThat(pdf(card)).contains("Kết quả chấm điểm công tác kiểm tra, giám sát năm 2025", "Giải trình từng điểm")
                .doesNotContain("Chỉ tiêu của đảng bộ");
        Reply dashboard = s.as(seed.secretary(0)).get("/scoring/dashboards/" + seed.committee + "/2025?number=21-BC/ĐU",
                "Accept", DOCX).ok(200);
        assertThat(docx(dashboard)).contains("Chỉ tiêu của đảng bộ", "T/M ĐẢNG ỦY");
    }

    @Test
    void aPlainLinkAsksForTheDocumentWithFormat() throws IOException {
        Reply r = s.as(seed.secretary(1)).get("/plans/" + plan + "?number=03-KH/CB&format=pdf").ok(200);
        assertThat(r.header("Content-Type")).hasValue(PDF);
        assertThat(pdf(r)).contains("KẾ HOẠCH", "Số 03-KH/CB");
        assertThat(s.as(seed.secretary(1)).get("/plans/" + plan + "?number=03-KH/CB&format=docx").ok(200)
                .header("Content-Type")).hasValue(DOCX);
        assertThat(s.as(seed.secretary(1)).get("/plans/" + plan + "?format=json").ok(200).json().get("id").asText())
                .isEqualTo(plan.toString());
    }

    @Test
    void aMissingOrMalformedNumberIsABadParameter() {
        Reply none = s.as(seed.secretary(1)).get("/plans/" + plan, "Accept", PDF);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.problemType()).isEqualTo("urn:ktgs:problem:invalid-parameter");
        Reply bad = s.as(seed.secretary(1)).get("/plans/" + plan + "?number=06/2024/QĐ-UBND", "Accept", PDF);
        assertThat(bad.status()).isEqualTo(400);
        Reply wrongType = s.as(seed.secretary(1)).get("/plans/" + plan + "?number=03-BC/CB", "Accept", PDF);
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.json().get("detail").asText()).isEqualTo(
                "Số văn bản 03-BC/CB có loại BC; văn bản này cần loại KH.");
    }

    private static String pdf(Reply r) throws IOException {
        try (PDDocument doc = Loader.loadPDF(r.raw().body())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String docx(Reply r) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.raw().body()));
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }
}
