package vn.ktgs.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.CriterionResult;
import vn.ktgs.scoring.Scorecard;

/** The committee's annual result over 300 cells, and the figures as XLSX and CSV. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassificationDocumentTest {

    private static final Pattern SUMMARY_ROW = Pattern.compile("^\\d+ CB-(\\d{3}|TH) .*");

    private final Scenario s = new Scenario();
    private KtgsDocuments documents;
    private CommitteeScores scores;
    private byte[] pdf;

    @BeforeAll
    void score() {
        s.moreCells(299, 40);
        scores = s.scores();
        documents = new KtgsDocuments(s.ktgs, DocumentSettings.defaults());
        pdf = documents.render(documents.classification(s.committeeSecretary(), scores,
                Scenario.issuance("20-BC/ĐU")), FileFormat.PDF);
        Pdfs.firstPageToPng(pdf, "classification-300-cells");
    }

    @Test
    void everyCellsScoreLevelAndTheCommitteesTargetsArePrinted() {
        assertThat(scores.cells()).hasSize(300);
        String text = String.join("", Pdfs.pages(pdf));
        assertThat(text.lines()).contains("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH ĐẢNG CỘNG SẢN VIỆT NAM",
                "ĐẢNG BỘ VĂN PHÒNG UBND TỈNH", "Số 20-BC/ĐU Hà Nội, ngày 05 tháng 01 năm 2026", "BÁO CÁO",
                "I. Chỉ tiêu của đảng bộ", "II. Điểm và mức xếp loại của từng tổ chức", "III. Giải trình từng điểm",
                "Nơi nhận: T/M ĐẢNG ỦY");
        String body = Pdfs.bodyWithoutSpaces(pdf);
        for (var t : scores.targets()) {
            assertThat(body).contains((t.target().label().label(vn.ktgs.common.Messages.VIETNAMESE) + t.value().fraction())
                    .replaceAll("\\s", ""));
        }
        assertThat(body).contains(scores.allTargetsMet() ? "Đảngbộđạttấtcảchỉtiêu." : "Đảngbộchưađạttấtcảchỉtiêu.");
        for (int i = 0; i < scores.cells().size(); i++) {
            Scorecard c = scores.cells().get(i);
            String row = ((i + 1) + c.code() + c.name() + c.total().stripTrailingZeros().toPlainString() + "/"
                    + c.max().stripTrailingZeros().toPlainString() + c.byScore().label(vn.ktgs.common.Messages.VIETNAMESE)
                    + c.level().label(vn.ktgs.common.Messages.VIETNAMESE)).replaceAll("\\s", "");
            assertThat(body).as("row of %s", c.code()).contains(row);
        }
    }

    @Test
    void everyPointIsExplainedInTheLibrarysOwnWords() {
        String body = Pdfs.bodyWithoutSpaces(pdf);
        for (Scorecard c : List.of(scores.cells().get(0), scores.cells().get(150), scores.cells().get(299))) {
            for (CriterionResult r : c.criteria()) {
                assertThat(body).contains((r.criterion().label().label(vn.ktgs.common.Messages.VIETNAMESE)
                        + r.value().fraction()).replaceAll("\\s", ""));
                assertThat(body).contains(r.reason().text(vn.ktgs.common.Messages.VIETNAMESE).replaceAll("\\s", ""));
            }
            c.gates().forEach(g -> assertThat(body).contains(g.text(vn.ktgs.common.Messages.VIETNAMESE)
                    .replaceAll("\\s", "")));
        }
    }

    @Test
    void threeHundredCellsPaginateWithTheTableHeaderOnEveryPageAndNoRowSplit() {
        List<String> pages = Pdfs.pages(pdf);
        assertThat(pages.size()).isGreaterThan(10);
        int withRows = 0;
        for (String page : pages) {
            boolean summaryRows = page.lines().anyMatch(l -> SUMMARY_ROW.matcher(l).matches());
            if (summaryRows) {
                withRows++;
                assertThat(page).as("a page of the summary table repeats its header").contains("STT Mã Tổ chức đảng Điểm");
            }
        }
        assertThat(withRows).isGreaterThanOrEqualTo(5);
        // no summary row is split: its number, code and level stand on one page, and the long names' last words too
        List<Pdfs.Line> lines = Pdfs.lines(pdf, false);
        int checked = 0;
        for (int i = 0; i < 40; i++) {
            String code = scores.cells().get(i).code();
            int first = -1;
            int last = -1;
            boolean inRow = false;
            for (Pdfs.Line l : lines) {
                if (l.text().startsWith((i + 1) + " " + code + " ") || l.text().equals(code)) {
                    inRow = true;
                    first = l.page();
                }
                if (inRow && l.text().contains("tổ số")) {
                    last = l.page();
                    break;
                }
            }
            assertThat(first).as("row %s found", code).isPositive();
            assertThat(last).as("row %s: its last line on the page of its first", code).isEqualTo(first);
            checked++;
        }
        assertThat(checked).isEqualTo(40);
    }

    @Test
    void theDocxRepeatsEveryTableHeaderAndKeepsEveryRowWhole() throws IOException {
        byte[] docx = Docx.keep(documents.render(documents.classification(s.committeeSecretary(), scores,
                Scenario.issuance("20-BC/ĐU")), FileFormat.DOCX), "classification-300-cells");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = Docx.open(docx)) {
            // the header block, the targets, the summary, one explanation table per cell, the signature block
            assertThat(doc.getTables()).hasSize(1 + 1 + 1 + 300 + 1);
            var summary = doc.getTables().get(2);
            assertThat(summary.getRows()).hasSize(301);
            assertThat(summary.getRow(0).getCell(2).getText()).isEqualTo("Tổ chức đảng");
            for (var table : doc.getTables().subList(1, doc.getTables().size() - 1)) {
                assertThat(table.getRow(0).isRepeatHeader()).isTrue();
                assertThat(table.getRows()).allSatisfy(r -> assertThat(r.isCantSplitRow()).isTrue());
            }
            Scorecard last = scores.cells().get(299);
            assertThat(summary.getRow(300).getCell(1).getText()).isEqualTo(last.code());
            assertThat(summary.getRow(300).getCell(2).getText()).isEqualTo(last.name());
        }
    }

    @Test
    void scoresAsAWorkbookWithNumbersAsNumbers() throws IOException {
        byte[] xlsx = documents.render(documents.scoreTables(s.committeeSecretary(), scores,
                vn.ktgs.common.Messages.VIETNAMESE), FileFormat.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            Sheet sheet = wb.getSheet("Kết quả");
            assertThat(sheet.getLastRowNum()).isEqualTo(300);
            Row head = sheet.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("Mã");
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo("Tổng điểm");
            Scorecard c = scores.cells().get(7);
            Row row = sheet.getRow(8);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(c.code());
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(c.name());
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(row.getCell(2).getNumericCellValue())).isEqualByComparingTo(c.total());
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo(c.level().label(vn.ktgs.common.Messages.VIETNAMESE));
            for (int k = 0; k < c.criteria().size(); k++) {
                CriterionResult r = c.criteria().get(k);
                if (r.counted()) {
                    assertThat(BigDecimal.valueOf(row.getCell(7 + k).getNumericCellValue()))
                            .isEqualByComparingTo(r.points());
                }
            }
            Sheet detail = wb.getSheet("Giải trình");
            int criteria = scores.cells().stream().mapToInt(x -> x.criteria().size()).sum();
            assertThat(detail.getLastRowNum()).isEqualTo(criteria);
            assertThat(detail.getRow(1).getCell(6).getStringCellValue())
                    .isEqualTo(scores.cells().get(0).criteria().get(0).reason().text(vn.ktgs.common.Messages.VIETNAMESE));
            assertThat(wb.getSheet("Chỉ tiêu").getLastRowNum()).isEqualTo(scores.targets().size());
        }
    }

    @Test
    void reportFiguresOfEveryOrganisationAsCsvForExcel() throws IOException {
        DataTable figures = documents.reportFigures(s.committeeSecretary(), s.committee.id(),
                ReportingPeriod.parse("2025-Q2"), vn.ktgs.common.Messages.VIETNAMESE);
        byte[] csv = documents.render(List.of(figures), FileFormat.CSV);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(r).getRecords();
            assertThat(records).hasSize(301);   // the committee and its 300 cells
            CSVRecord th = records.stream().filter(x -> x.get("Mã").equals("CB-TH")).findFirst().orElseThrow();
            assertThat(th.get("Tổ chức đảng")).isEqualTo("Chi bộ Phòng Tổng hợp");
            assertThat(th.get("Tình trạng")).isEqualTo("Dự thảo");
            assertThat(th.get("Số nội dung theo kế hoạch")).isEqualTo("2");
            assertThat(th.get("Số vi phạm được kết luận")).isEqualTo("1");
            CSVRecord other = records.stream().filter(x -> x.get("Mã").equals("CB-050")).findFirst().orElseThrow();
            assertThat(other.get("Tình trạng")).isEqualTo("Chưa lập");
            assertThat(other.get("Số kiến nghị")).isEqualTo("0");
        }
        byte[] xlsx = documents.render(List.of(figures), FileFormat.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Số liệu");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Số nội dung theo kế hoạch");
            assertThat(sheet.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }
}
