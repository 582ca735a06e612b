package vn.ktgs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format docx|pdf|xlsx|csv --out FILE} on report and classify, and the plan and conclusion commands. */
class KtgsCliDocumentsTest {

    @TempDir
    static Path dir;
    static Path seed;

    @BeforeAll
    static void copySample() throws IOException {
        seed = dir.resolve("seed-2025.json");
        try (InputStream in = KtgsCliDocumentsTest.class.getResourceAsStream("/seed-2025.json")) {
            Files.copy(in, seed);
        }
    }

    @Test
    void reportOfACellAsPdfAndDocx() throws IOException {
        Path pdf = dir.resolve("bc.pdf");
        KtgsCliTest.Run r = KtgsCliTest.run("report", "--data", seed.toString(), "--period", "2025-Q3", "--org",
                "CB-TH", "--format", "pdf", "--number", "12-BC/CB", "--out", pdf.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("đã ghi " + pdf + System.lineSeparator());
        String text = pdfText(pdf);
        assertThat(text).contains("ĐẢNG BỘ VĂN PHÒNG UBND TỈNH", "CHI BỘ PHÒNG TỔNG HỢP", "Số 12-BC/CB",
                "Hà Nội, ngày 02 tháng 02 năm 2026", "BÁO CÁO", "Kết quả công tác kiểm tra, giám sát quý III năm 2025");
        Path docx = dir.resolve("bc.docx");
        r = KtgsCliTest.run("report", "--data", seed.toString(), "--period", "2025-Q3", "--org", "CB-TH", "--format",
                "docx", "--number", "12-BC/CB", "--issued-on", "2026-01-05", "--out", docx.toString(), "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(docxText(docx)).contains("COMMUNIST PARTY OF VIETNAM", "No. 12-BC/CB", "Hà Nội, 05 January 2026");
    }

    @Test
    void aReportNotCompiledExitsWithOneAndWritesNothing() {
        Path pdf = dir.resolve("none.pdf");
        KtgsCliTest.Run r = KtgsCliTest.run("report", "--data", seed.toString(), "--period", "2025-Q3", "--org",
                "CB-KGVX", "--format", "pdf", "--number", "13-BC/CB", "--out", pdf.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("ktgs: Báo cáo kỳ 2025-Q3 của Chi bộ Phòng Khoa giáo – Văn xã chưa được lập");
        assertThat(pdf).doesNotExist();
        KtgsCliTest.Run noNumber = KtgsCliTest.run("report", "--data", seed.toString(), "--period", "2025-Q3",
                "--org", "CB-TH", "--format", "pdf", "--out", pdf.toString());
        assertThat(noNumber.code()).isEqualTo(2);
        assertThat(noNumber.err()).contains("cần --number cho docx và pdf");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void classifyAsPdfAndXlsxAndReportFiguresAsCsv() throws IOException {
        Path pdf = dir.resolve("kq.pdf");
        KtgsCliTest.Run r = KtgsCliTest.run("classify", "--data", seed.toString(), "--format", "pdf", "--number",
                "20-BC/ĐU", "--out", pdf.toString());
        assertThat(r.code()).isZero();
        assertThat(pdfText(pdf)).contains("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Số 20-BC/ĐU", "T/M ĐẢNG ỦY",
                "II. Điểm và mức xếp loại của từng tổ chức", "CB-TH");
        Path xlsx = dir.resolve("kq.xlsx");
        assertThat(KtgsCliTest.run("classify", "--data", seed.toString(), "--format", "xlsx", "--out",
                xlsx.toString()).code()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheet("Kết quả").getLastRowNum()).isEqualTo(6);
        }
        Path csv = dir.resolve("sl.csv");
        assertThat(KtgsCliTest.run("report", "--data", seed.toString(), "--period", "2025-Q3", "--format", "csv",
                "--out", csv.toString()).code()).isZero();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFMã,Tổ chức đảng,Kỳ báo cáo,Tình trạng,").contains("CB-TH,Chi bộ Phòng Tổng hợp,2025-Q3,");
        assertThat(text.lines()).hasSize(8);
    }

    @Test
    void planAndConclusionCommands() throws IOException {
        Path plan = dir.resolve("kh.pdf");
        KtgsCliTest.Run r = KtgsCliTest.run("plan", "--data", seed.toString(), "--org", "CB-TH", "--format", "pdf",
                "--number", "03-KH/CB", "--out", plan.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(pdfText(plan)).contains("KẾ HOẠCH", "Kiểm tra, giám sát năm 2025", "Số 03-KH/CB");
        Path notice = dir.resolve("tb.docx");
        r = KtgsCliTest.run("conclusion", "--data", seed.toString(), "--org", "CB-KT", "--subject", "dấu hiệu vi phạm",
                "--format", "docx", "--number", "05-TB/CB", "--out", notice.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(docxText(notice)).contains("THÔNG BÁO", "MẬT", "Vi phạm (Nội dung mật)", "Phan Thị Kiều Oanh");
        KtgsCliTest.Run member = KtgsCliTest.run("conclusion", "--data", seed.toString(), "--org", "CB-KT",
                "--subject", "dấu hiệu vi phạm", "--format", "pdf", "--number", "05-TB/CB", "--as", "DV13", "--out",
                dir.resolve("tb-member.pdf").toString());
        assertThat(member.code()).isEqualTo(1);
        assertThat(member.err()).contains("ktgs: Không tìm thấy Activity");
        assertThat(dir.resolve("tb-member.pdf")).doesNotExist();
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String docxText(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(file)));
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }
}
