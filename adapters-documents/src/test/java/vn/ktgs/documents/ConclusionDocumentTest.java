package vn.ktgs.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityCommands.Advance;
import vn.ktgs.activity.ActivityCommands.Conclude;
import vn.ktgs.activity.ActivityCommands.DecideDiscipline;
import vn.ktgs.activity.ActivityCommands.Finding;
import vn.ktgs.activity.ActivityCommands.OpenUnplanned;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.plan.Target;

/** The notice of an inspection's conclusion, and its confidential content. */
class ConclusionDocumentTest {

    private static final String VIOLATION = "Chậm kê khai tài sản, thu nhập năm 2024";

    private final Scenario s = new Scenario();
    private final KtgsDocuments documents = new KtgsDocuments(s.ktgs, DocumentSettings.defaults());

    @Test
    void aReaderOfConfidentialContentGetsTheViolationsMarkedConfidential() {
        OfficeDocument d = documents.conclusion(s.asSecretary(), s.concluded.id(), Scenario.issuance("05-TB/CB"));
        byte[] pdf = documents.render(d, FileFormat.PDF);
        Pdfs.firstPageToPng(pdf, "conclusion-secretary");
        List<String> lines = String.join("", Pdfs.pages(pdf)).lines().toList();
        assertThat(lines).containsSubsequence("ĐẢNG BỘ VĂN PHÒNG UBND TỈNH ĐẢNG CỘNG SẢN VIỆT NAM",
                "CHI BỘ PHÒNG TỔNG HỢP", "*", "Số 05-TB/CB Hà Nội, ngày 05 tháng 01 năm 2026", "MẬT", "THÔNG BÁO",
                "Kết luận kiểm tra việc thực hiện nhiệm vụ đảng viên: Kiểm tra việc thực hiện",
                "nhiệm vụ đảng viên của đồng chí Trần Thị Bình",
                "Ngày 20/04/2025, Chi bộ Phòng Tổng hợp đã họp xem xét và kết luận (biên",
                "bản BB-2025-04-20). Đối tượng: Trần Thị Bình.",
                "I. Ưu điểm", "- Chấp hành tốt nghị quyết của chi bộ", "II. Khuyết điểm",
                "- Có lúc chưa chủ động báo cáo tiến độ", "III. Vi phạm (Nội dung mật)",
                "- " + VIOLATION + " — đối với: Trần Thị Bình; mức",
                "độ: ít nghiêm trọng.", "IV. Kiến nghị");
        assertThat(Pdfs.bodyWithoutSpaces(pdf)).contains("1Hoànthànhkêkhaibổsung,báocáochibộ", "TrầnThịBình",
                "30/06/2025", "Đangtheodõi");
        assertThat(d.header().confidential()).isEqualTo("MẬT");
        assertThat(Docx.text(Docx.keep(documents.render(d, FileFormat.DOCX), "conclusion-secretary")))
                .contains(VIOLATION, "MẬT",
                "III. Vi phạm (Nội dung mật)");
    }

    @Test
    void aCallerWhoMayNotReadConfidentialContentNeverSeesIt() {
        OfficeDocument d = documents.conclusion(s.asMember(), s.concluded.id(), Scenario.issuance("05-TB/CB"));
        byte[] pdf = documents.render(d, FileFormat.PDF);
        Pdfs.firstPageToPng(pdf, "conclusion-member");
        String text = String.join("", Pdfs.pages(pdf));
        String docx = Docx.text(documents.render(d, FileFormat.DOCX));
        for (String shown : List.of(text, docx)) {
            assertThat(shown).doesNotContain(VIOLATION, "Vi phạm", "MẬT", "ít nghiêm trọng")
                    .contains("Phần nội dung mật (vi phạm, kỷ luật) không in trong bản này.",
                            "- Chấp hành tốt nghị quyết của chi bộ");
        }
        assertThat(docx).contains("Hoàn thành kê khai bổ sung, báo cáo chi bộ");
        assertThat(Pdfs.bodyWithoutSpaces(pdf)).contains("Hoànthànhkêkhaibổsung,báocáochibộ")
                .doesNotContain("Chậmkêkhai");
        assertThat(d.header().confidential()).isEmpty();
    }

    @Test
    void anInspectionOnSignsOfViolationIsUnknownToSuchACallerAndWholeForAReader() {
        Activity a = s.ktgs.activities().openUnplanned(new OpenUnplanned(s.cell.id(), List.of(Target.member(s.binh.id())),
                "Kiểm tra đồng chí Trần Thị Bình khi có dấu hiệu vi phạm", s.secretary.id(), LocalDate.of(2025, 9, 5),
                "Đơn phản ánh")).orThrow();
        a = s.ktgs.activities().advance(new Advance(a.id(), a.version(), Stage.SELF_REPORT_RECEIVED,
                LocalDate.of(2025, 9, 12), "")).orThrow();
        a = s.ktgs.activities().advance(new Advance(a.id(), a.version(), Stage.VERIFIED, LocalDate.of(2025, 9, 20),
                "")).orThrow();
        a = s.ktgs.activities().conclude(new Conclude(a.id(), a.version(), LocalDate.of(2025, 10, 1), List.of(),
                List.of("Thiếu trách nhiệm trong thẩm định hồ sơ"), List.of(new Finding(Target.member(s.binh.id()),
                        "Chậm thẩm định hồ sơ dự án", Severity.SERIOUS, true)), "BB-2025-10-01")).orThrow();
        a = s.ktgs.activities().decideDiscipline(new DecideDiscipline(a.id(), a.version(), Target.member(s.binh.id()),
                DisciplineForm.REPRIMAND, LocalDate.of(2025, 10, 2), "Vi phạm quy chế làm việc", "QĐ-01"))
                .orThrow();
        var id = a.id();
        assertThatThrownBy(() -> documents.conclusion(s.asMember(), id, Scenario.issuance("06-TB/CB")))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.NOT_FOUND));
        String text = Pdfs.bodyWithoutSpaces(documents.render(
                documents.conclusion(s.asSecretary(), id, Scenario.issuance("06-TB/CB")), FileFormat.PDF));
        assertThat(text).contains("MẬT", "Chậmthẩmđịnhhồsơdựán—đốivới:TrầnThịBình;mứcđộ:nghiêmtrọng."
                + "Cầnxemxétkỷluật.", "Kỷluật(Nộidungmật)",
                "KhiểntráchđốivớiTrầnThịBình,ngày02/10/2025(quyếtđịnhQĐ-01):Viphạmquychếlàmviệc");
    }

    @Test
    void aRecordNotYetConcludedIsAClearError() {
        Activity open = s.ktgs.activities().start(new vn.ktgs.activity.ActivityCommands.Start(s.plan.id(),
                s.plan.items().get(1).id(), LocalDate.of(2025, 6, 2), "")).orThrow();
        assertThatThrownBy(() -> documents.conclusion(s.asSecretary(), open.id(), Scenario.issuance("07-TB/CB")))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.NOT_READY);
                    assertThat(e.getMessage()).isEqualTo("Hồ sơ \"Giám sát việc nêu gương của đảng viên\" chưa có kết"
                            + " luận: chỉ in thông báo kết luận sau khi chi bộ kết luận.");
                });
    }
}
