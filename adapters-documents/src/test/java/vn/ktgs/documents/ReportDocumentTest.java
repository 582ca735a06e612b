package vn.ktgs.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportCommands.Compile;
import vn.ktgs.report.ReportingPeriod;

/** The periodic report as PDF and DOCX, read back with PDFBox and POI. */
class ReportDocumentTest {

    private static final List<String> FIGURE_LINES = List.of(
            "1 Số tổ chức đảng đã thông qua kế hoạch kiểm tra, giám sát 1",
            "2 Số nội dung theo kế hoạch 2",
            "3 Số nội dung theo kế hoạch đã kết luận 1",
            "4 Số cuộc kiểm tra, giám sát đã triển khai 0",
            "5 Số cuộc kiểm tra khi có dấu hiệu vi phạm 0",
            "6 Số đảng viên được kiểm tra, giám sát 0",
            "7 Số vi phạm được kết luận 1",
            "8 Số quyết định thi hành kỷ luật 0",
            "9 Số kiến nghị 1",
            "10 Số kiến nghị đã thực hiện xong 0",
            "11 Số lần phối hợp với thanh tra, đoàn thể 0");

    private final Scenario s = new Scenario();
    private final KtgsDocuments documents = new KtgsDocuments(s.ktgs, DocumentSettings.defaults());

    private OfficeDocument report() {
        return documents.report(s.asSecretary(), s.cell.id(), s.report.period(), Scenario.issuance("12-BC/CB"));
    }

    @Test
    void pdfHoldsTheExactTextOfHeaderNumberDateTitleFiguresAndNarrative() {
        byte[] pdf = documents.render(report(), FileFormat.PDF);
        Pdfs.firstPageToPng(pdf, "report-2025-Q2");
        String text = String.join("", Pdfs.pages(pdf));
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text.lines()).contains(
                "ĐẢNG BỘ VĂN PHÒNG UBND TỈNH ĐẢNG CỘNG SẢN VIỆT NAM",
                "CHI BỘ PHÒNG TỔNG HỢP",
                "*",
                "Số 12-BC/CB Hà Nội, ngày 05 tháng 01 năm 2026",
                "BÁO CÁO",
                "Kết quả công tác kiểm tra, giám sát quý II năm 2025",
                "I. Số liệu",
                "STT Chỉ tiêu Số lượng",
                "II. Tình hình, kết quả, hạn chế và đề xuất",
                "Chi bộ đã triển khai đầy đủ các nội dung kiểm tra, giám sát theo kế hoạch.",
                "Hạn chế: việc báo cáo tiến độ có lúc chưa kịp thời.",
                "Nơi nhận: T/M CHI BỘ",
                "- Đảng bộ Văn phòng UBND tỉnh, BÍ THƯ",
                "- Lưu.",
                "Nguyễn Văn An");
        assertThat(text.lines()).containsSubsequence(FIGURE_LINES);
    }

    @Test
    void pdfIsA4WithTheMarginsAndEmbeddedFonts() throws IOException {
        byte[] pdf = documents.render(report(), FileFormat.PDF);
        try (PDDocument doc = Pdfs.load(pdf)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
            assertThat(doc.getDocumentCatalog().getMetadata()).as("PDF/A carries XMP metadata").isNotNull();
        }
        List<PDFont> fonts = Pdfs.fonts(pdf);
        assertThat(fonts).isNotEmpty().allSatisfy(f -> {
            assertThat(f.isEmbedded()).as(f.getName()).isTrue();
            assertThat(f.getName()).contains("LiberationSerif");
        });
        float left = 30 * Pdfs.MM;
        float right = (210 - 15) * Pdfs.MM;
        float top = 20 * Pdfs.MM;
        float bottom = (297 - 20) * Pdfs.MM;
        List<Pdfs.Line> lines = Pdfs.lines(pdf);
        assertThat(lines).isNotEmpty().allSatisfy(l -> {
            assertThat(l.left()).as(l.text()).isGreaterThanOrEqualTo(left - 0.5f);
            assertThat(l.right()).as(l.text()).isLessThanOrEqualTo(right + 0.5f);
            assertThat(l.top()).as(l.text()).isGreaterThanOrEqualTo(top - 0.5f);
            assertThat(l.bottom()).as(l.text()).isLessThanOrEqualTo(bottom + 0.5f);
        });
        // the body's left edge is the margin itself
        assertThat(line(lines, "I. Số liệu").left()).isCloseTo(left, within(0.5f));
    }

    @Test
    void pdfHeaderSitsTopLeftAndTopRightInItsSizes() {
        List<Pdfs.Line> lines = Pdfs.lines(documents.render(report(), FileFormat.PDF));
        float middle = (30 + (210 - 30 - 15) / 2f) * Pdfs.MM;
        Pdfs.Line party = line(lines, "ĐẢNG CỘNG SẢN VIỆT NAM");
        Pdfs.Line superior = line(lines, "ĐẢNG BỘ VĂN PHÒNG UBND TỈNH");
        Pdfs.Line issuer = line(lines, "CHI BỘ PHÒNG TỔNG HỢP");
        Pdfs.Line number = line(lines, "Số 12-BC/CB");
        Pdfs.Line date = line(lines, "Hà Nội, ngày 05 tháng 01 năm 2026");
        Pdfs.Line type = line(lines, "BÁO CÁO");
        assertThat(party.left()).isGreaterThan(middle);
        assertThat(date.left()).isGreaterThan(middle);
        assertThat(superior.right()).isLessThan(party.left());
        assertThat(issuer.right()).isLessThan(middle + 10);
        assertThat(number.right()).isLessThan(middle);
        assertThat(party.top()).isLessThan(30 * Pdfs.MM);
        assertThat(superior.top()).isCloseTo(party.top(), within(2f));
        assertThat(issuer.top()).isGreaterThan(superior.bottom());
        assertThat(number.top()).isCloseTo(date.top(), within(1f)).isGreaterThan(issuer.bottom());
        assertThat(type.top()).isGreaterThan(number.bottom());
        assertThat(party.size()).isCloseTo(15f, within(0.05f));
        assertThat(superior.size()).isCloseTo(14f, within(0.05f));
        assertThat(number.size()).isCloseTo(14f, within(0.05f));
        assertThat(type.size()).isCloseTo(15f, within(0.05f));
        // the type centred on the text block
        assertThat((type.left() + type.right()) / 2).isCloseTo(middle, within(2f));
    }

    @Test
    void docxHoldsTheSameTextOnA4WithTheMarginsInTimesNewRoman() throws IOException {
        byte[] docx = Docx.keep(documents.render(report(), FileFormat.DOCX), "report-2025-Q2");
        String text = Docx.text(docx);
        assertThat(text).contains("ĐẢNG BỘ VĂN PHÒNG UBND TỈNH", "CHI BỘ PHÒNG TỔNG HỢP", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Số 12-BC/CB", "Hà Nội, ngày 05 tháng 01 năm 2026", "BÁO CÁO",
                "Kết quả công tác kiểm tra, giám sát quý II năm 2025", "Nơi nhận:", "- Lưu.", "T/M CHI BỘ", "BÍ THƯ",
                "Nguyễn Văn An", "Chi bộ đã triển khai đầy đủ các nội dung kiểm tra, giám sát theo kế hoạch.");
        try (XWPFDocument doc = Docx.open(docx)) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar mar = sect.getPgMar();
            assertThat(((BigInteger) mar.getTop()).intValue()).isEqualTo(1134);   // 20 mm
            assertThat(((BigInteger) mar.getBottom()).intValue()).isEqualTo(1134);
            assertThat(((BigInteger) mar.getLeft()).intValue()).isEqualTo(1701);  // 30 mm
            assertThat(((BigInteger) mar.getRight()).intValue()).isEqualTo(850);  // 15 mm
            XWPFTable head = doc.getTables().get(0);
            assertThat(head.getRow(0).getCell(0).getText()).isEqualTo("ĐẢNG BỘ VĂN PHÒNG UBND TỈNHCHI BỘ PHÒNG TỔNG HỢP*");
            assertThat(head.getRow(0).getCell(1).getText()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
            XWPFRun party = head.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertThat(party.isBold()).isTrue();
            assertThat(party.getFontSizeAsDouble()).isEqualTo(15.0);
            assertThat(party.getUnderline()).isNotNull().hasToString("SINGLE");
            XWPFRun date = head.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertThat(date.isItalic()).isTrue();
            assertThat(date.text()).isEqualTo("Hà Nội, ngày 05 tháng 01 năm 2026");
            XWPFTable figures = doc.getTables().get(1);
            assertThat(figures.getRows()).hasSize(12);
            assertThat(figures.getRow(0).isRepeatHeader()).isTrue();
            assertThat(figures.getRows()).allSatisfy(r -> assertThat(r.isCantSplitRow()).isTrue());
            for (int i = 0; i < FIGURE_LINES.size(); i++) {
                XWPFTableRow row = figures.getRow(i + 1);
                assertThat(row.getCell(0).getText() + " " + row.getCell(1).getText() + " " + row.getCell(2).getText())
                        .isEqualTo(FIGURE_LINES.get(i));
            }
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()))
                    .allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
        }
    }

    @Test
    void anEmptyPeriodPrintsEveryFigureAsAnExplicitZero() {
        Organisation quiet = s.moreCells(1, 0).get(0);
        Report empty = s.ktgs.reports().compile(new Compile(quiet.id(), ReportingPeriod.parse("2025-Q4"), ""))
                .orThrow();
        OfficeDocument d = documents.report(Scenario.adminCaller(), quiet.id(), empty.period(),
                Scenario.issuance("13-BC/CB"));
        byte[] pdf = documents.render(d, FileFormat.PDF);
        Pdfs.firstPageToPng(pdf, "report-empty-period");
        List<String> lines = String.join("", Pdfs.pages(pdf)).lines().toList();
        List<String> zeros = FIGURE_LINES.stream().map(l -> l.substring(0, l.lastIndexOf(' ')) + " 0").toList();
        assertThat(lines).containsSubsequence(zeros).contains("Không có nội dung tường thuật.",
                "Kết quả công tác kiểm tra, giám sát quý IV năm 2025");
        String docx = Docx.text(documents.render(d, FileFormat.DOCX));
        assertThat(docx).contains("Số kiến nghị\t0", "Số lần phối hợp với thanh tra, đoàn thể\t0");
    }

    @Test
    void englishLabelsOnRequest() {
        OfficeDocument d = documents.report(s.asSecretary(), s.cell.id(), s.report.period(),
                Scenario.issuance("12-BC/CB").in(Locale.ENGLISH));
        List<String> lines = String.join("", Pdfs.pages(documents.render(d, FileFormat.PDF))).lines().toList();
        assertThat(lines).containsSubsequence("ĐẢNG BỘ VĂN PHÒNG UBND COMMUNIST PARTY OF VIETNAM", "TỈNH",
                "CHI BỘ PHÒNG TỔNG HỢP", "*", "No. 12-BC/CB Hà Nội, 05 January 2026", "REPORT",
                "Results of inspection and supervision for the second quarter of 2025", "I. Figures",
                "1 Party organisations with an adopted inspection and supervision plan 1", "To: FOR THE CELL",
                "- Đảng bộ Văn phòng UBND tỉnh, SECRETARY", "- File.", "Nguyễn Văn An");
    }

    @Test
    void aReportNotYetCompiledIsAClearErrorAndWritesNoFile(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> documents.report(s.asSecretary(), s.cell.id(), ReportingPeriod.parse("2025-Q3"),
                Scenario.issuance("12-BC/CB")))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.NOT_READY);
                    assertThat(e.getMessage()).isEqualTo("Báo cáo kỳ 2025-Q3 của Chi bộ Phòng Tổng hợp chưa được lập:"
                            + " hãy lập báo cáo (tính số liệu) trước khi in.");
                    assertThat(e.message(Locale.ENGLISH)).startsWith("The report of Chi bộ Phòng Tổng hợp for 2025-Q3"
                            + " has not been compiled");
                });
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aNumberOfAnotherTypeIsRejected() {
        assertThatThrownBy(() -> documents.report(s.asSecretary(), s.cell.id(), s.report.period(),
                Scenario.issuance("12-KH/CB")))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.BAD_INPUT);
                    assertThat(e.getMessage()).isEqualTo("Số văn bản 12-KH/CB có loại KH; văn bản này cần loại BC.");
                });
    }

    @Test
    void aCallerWhoMayNotReadTheCellGetsNoDocument() {
        assertThatThrownBy(() -> documents.report(s.asStranger(), s.cell.id(), s.report.period(),
                Scenario.issuance("12-BC/CB")))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.FORBIDDEN));
    }

    @Test
    void writesTheFileWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bao-cao.pdf");
        documents.write(report(), FileFormat.PDF, file);
        assertThat(Pdfs.pages(Files.readAllBytes(file)).get(0)).contains("Số 12-BC/CB");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(report().fileName()).isEqualTo("bao-cao-ktgs-2025-q2-cb-th");
    }

    private static Pdfs.Line line(List<Pdfs.Line> lines, String text) {
        return lines.stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + text + " in " + lines));
    }
}
