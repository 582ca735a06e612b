package vn.ktgs.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ktgs.documents.OfficeDocument.Closing;
import vn.ktgs.documents.OfficeDocument.Header;
import vn.ktgs.documents.OfficeDocument.Kind;
import vn.ktgs.documents.OfficeDocument.Paragraph;
import vn.ktgs.documents.OfficeDocument.Table;

/**
 * Vietnamese with diacritics survives the PDF and the DOCX: any text of Vietnamese syllables, given in NFC or NFD,
 * reads back from both files as its NFC form, letter for letter (whitespace aside, since lines wrap).
 */
class VietnameseTextPropertyTest {

    private static final List<String> SYLLABLES = List.of("Đảng", "cộng", "sản", "Việt", "Nam", "kiểm", "tra",
            "giám", "sát", "chi", "bộ", "đồng", "chí", "Nguyễn", "Thị", "Ưng", "Ấn", "Ỷ", "quyết", "nghị", "khuyết",
            "điểm", "ưu", "vi", "phạm", "thẩm", "định", "hồ", "sơ", "dự", "án", "trưởng", "phòng", "Huỳnh", "Lộc",
            "Ngọc", "Ánh", "Dũng", "Quyên", "Tuấn", "Ỳ", "ỹ", "ữ", "ự", "ở", "ợ", "ẵ", "ặ", "ẫ", "ậ", "ề", "ễ", "ệ",
            "ỗ", "ộ", "ủ", "ũ", "ỉ", "ĩ", "ý", "10/01/2026", "65-KH/ĐU", "100%", "“trích”", "–", "…");

    private static final KtgsDocuments DOCUMENTS = new KtgsDocuments(vn.ktgs.Ktgs.builder(vn.ktgs.Ports.inMemory(),
            jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator(),
            java.time.Clock.systemUTC()).build(), DocumentSettings.defaults());

    @Test
    void anyVietnameseTextReadsBackAsItsNfcFromPdfAndDocx() {
        qt().withExamples(40).withShrinkCycles(0)
                .forAll(lists().of(arbitrary().pick(SYLLABLES)).ofSizeBetween(1, 60), booleans().all())
                .checkAssert((words, decomposed) -> {
                    String text = String.join(" ", words);
                    String given = decomposed ? Normalizer.normalize(text, Normalizer.Form.NFD) : text;
                    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s", "");
                    OfficeDocument d = document(given);
                    String expected = nfc + "Nộidung" + nfc;   // the paragraph, the table's header, its cell
                    String pdf = Pdfs.bodyWithoutSpaces(DOCUMENTS.render(d, FileFormat.PDF));
                    assertThat(pdf).contains(expected);
                    String docx = Docx.text(DOCUMENTS.render(d, FileFormat.DOCX)).replaceAll("\\s", "");
                    assertThat(docx).contains(expected);
                });
    }

    private static OfficeDocument document(String text) {
        return new OfficeDocument(Kind.REPORT, new Header("ĐẢNG CỘNG SẢN VIỆT NAM", "", "CHI BỘ THỬ", "*",
                "Số 01-BC/CB", "Hà Nội, ngày 05 tháng 01 năm 2026", ""), "BÁO CÁO", "Thử chữ",
                List.of(Paragraph.of(text), new Table(List.of("Nội dung"), List.of(1), List.of(false),
                        List.of(List.of(text)))),
                new Closing("Nơi nhận:", List.of("- Lưu."), "T/M CHI BỘ", "BÍ THƯ", ""), "thu",
                Locale.forLanguageTag("vi"));
    }
}
