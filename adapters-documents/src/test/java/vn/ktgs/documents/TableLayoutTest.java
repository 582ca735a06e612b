package vn.ktgs.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ktgs.documents.OfficeDocument.Closing;
import vn.ktgs.documents.OfficeDocument.Header;
import vn.ktgs.documents.OfficeDocument.Kind;
import vn.ktgs.documents.OfficeDocument.Paragraph;
import vn.ktgs.documents.OfficeDocument.Table;

/** Page breaks never cut a table row, and the header row repeats on every page, for rows of any height. */
class TableLayoutTest {

    @Test
    void rowsOfManyLinesAreNeverSplitAcrossPages() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            int height = 1 + i % 7;
            StringBuilder cell = new StringBuilder("Đầu hàng " + i);
            for (int k = 1; k < height; k++) {
                cell.append("\nDòng ").append(k).append(" của hàng ").append(i);
            }
            cell.append("\nCuối hàng ").append(i);
            rows.add(List.of(Integer.toString(i), cell.toString(), "Điểm " + i));
        }
        OfficeDocument d = new OfficeDocument(Kind.REPORT, new Header("ĐẢNG CỘNG SẢN VIỆT NAM", "", "CHI BỘ THỬ",
                "*", "Số 01-BC/CB", "Hà Nội, ngày 05 tháng 01 năm 2026", ""), "BÁO CÁO", "Bảng dài",
                List.of(Paragraph.of("Mở đầu."), new Table(List.of("STT", "Nội dung nhiều dòng", "Cột cuối"),
                        List.of(10, 70, 20), List.of(true, false, true), rows)),
                new Closing("Nơi nhận:", List.of("- Lưu."), "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An"), "bang-dai",
                Locale.forLanguageTag("vi"));
        byte[] pdf = new KtgsDocumentsWriterProbe().pdf(d);
        List<Pdfs.Line> lines = Pdfs.lines(pdf, false);
        int pages = lines.get(lines.size() - 1).page();
        assertThat(pages).isGreaterThan(5);
        for (int i = 1; i <= 150; i++) {
            int first = page(lines, "Đầu hàng " + i);
            int last = page(lines, "Cuối hàng " + i);
            int score = page(lines, "Điểm " + i);
            assertThat(last).as("row %d ends on the page it starts", i).isEqualTo(first);
            assertThat(score).as("row %d's last cell on that page", i).isEqualTo(first);
        }
        for (int p = 1; p <= pages; p++) {
            int page = p;
            assertThat(lines.stream().filter(l -> l.page() == page).map(Pdfs.Line::text))
                    .as("header on page %d", p).contains("Nội dung nhiều dòng");
        }
    }

    private static int page(List<Pdfs.Line> lines, String text) {
        return lines.stream().filter(l -> l.text().strip().equals(text)).mapToInt(Pdfs.Line::page).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + text));
    }

    /** Writes a hand-built document with the default settings. */
    private static final class KtgsDocumentsWriterProbe {
        byte[] pdf(OfficeDocument d) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try {
                new vn.ktgs.documents.internal.PdfWriter(DocumentSettings.defaults()).write(d, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
