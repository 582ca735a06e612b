package vn.ktgs.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The annual plan, with long names and a long narrative that must wrap, never be clipped. */
class PlanDocumentTest {

    private static final String LONG_CELL = "Chi bộ Trung tâm Phục vụ hành chính công, Chuyển đổi số, Đổi mới sáng tạo"
            + " và Hợp tác quốc tế tỉnh";
    private static final String LONG_NARRATIVE = ("Chi bộ đã lãnh đạo, chỉ đạo triển khai thực hiện nghiêm túc các nội dung"
            + " kiểm tra, giám sát theo kế hoạch, gắn với việc thực hiện nhiệm vụ chính trị của cơ quan, đơn vị; ")
            .repeat(25) + "Mãsốhồsơdàikhôngcókhoảngtrắng" + "0123456789".repeat(12) + " kết thúc.";

    private final Scenario s = new Scenario(LONG_CELL, LONG_NARRATIVE);
    private final KtgsDocuments documents = new KtgsDocuments(s.ktgs, DocumentSettings.defaults());
    private final Scenario plain = new Scenario();

    @Test
    void itemsAreATableWithContentTaskFocusKindTargetsScheduleAndWhoIsInCharge() {
        KtgsDocuments documents = new KtgsDocuments(plain.ktgs, DocumentSettings.defaults());
        OfficeDocument d = documents.plan(plain.asSecretary(), plain.plan.id(), Scenario.issuance("03-KH/CB"));
        byte[] pdf = documents.render(d, FileFormat.PDF);
        Pdfs.firstPageToPng(pdf, "plan-2025");
        String text = String.join("", Pdfs.pages(pdf));
        assertThat(text.lines()).contains("CHI BỘ PHÒNG TỔNG HỢP", "KẾ HOẠCH", "Kiểm tra, giám sát năm 2025", "Số 03-KH/CB Hà Nội, ngày 05 tháng 01 năm 2026",
                "Kế hoạch được thông qua ngày 15/01/2025.", "I. Nội dung, đối tượng, thời gian kiểm tra, giám sát");
        assertThat(Pdfs.bodyWithoutSpaces(pdf)).contains("KiểmtraviệcthựchiệnnhiệmvụđảngviêncủađồngchíTrầnThịBình",
                "Gắnvớinhiệmvụchínhtrị:Cảicáchhànhchính,nângcaochấtlượngthammưu",
                "Trọngtâm:Thựchiệnnhiệmvụđảngviên;Kêkhaitàisản,thunhập", "01/03/2025–", "30/04/2025",
                "01/06/2025–", "30/09/2025", "Tổ:LêVănCường");
        try (XWPFDocument doc = Docx.open(Docx.keep(documents.render(d, FileFormat.DOCX), "plan-2025"))) {
            XWPFTable items = doc.getTables().get(1);
            assertThat(items.getRows()).hasSize(3);
            assertThat(items.getRow(0).getCell(1).getText()).isEqualTo("Nội dung");
            assertThat(items.getRow(1).getCell(4).getText()).isEqualTo("01/03/2025 – 30/04/2025");
            assertThat(items.getRow(2).getCell(3).getText()).isEqualTo("Lê Văn Cường");
            assertThat(items.getRow(1).getCell(5).getText()).isEqualTo("Nguyễn Văn An\nTổ: Lê Văn Cường");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void longNamesAndALongNarrativeWrapWithinTheMarginsAndLoseNoWord() {
        OfficeDocument d = documents.report(s.asSecretary(), s.cell.id(), s.report.period(), Scenario.issuance("12-BC/CB"));
        byte[] pdf = documents.render(d, FileFormat.PDF);
        Pdfs.firstPageToPng(pdf, "report-long-names");
        List<Pdfs.Line> lines = Pdfs.lines(pdf);
        float left = 30 * Pdfs.MM - 0.5f;
        float right = (210 - 15) * Pdfs.MM + 0.5f;
        assertThat(lines).allSatisfy(l -> assertThat(l.left()).as(l.text()).isGreaterThanOrEqualTo(left))
                .allSatisfy(l -> assertThat(l.right()).as(l.text()).isLessThanOrEqualTo(right));
        // every character of the narrative and of the issuer's name, in order, nothing cut off
        String body = Pdfs.bodyWithoutSpaces(pdf);
        assertThat(body).contains(LONG_NARRATIVE.replaceAll("\\s", ""),
                LONG_CELL.toUpperCase(java.util.Locale.forLanguageTag("vi")).replaceAll("\\s", ""));
        assertThat(Pdfs.pages(pdf).size()).isGreaterThan(1);
    }
}
