package vn.ktgs.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host replaces the template, the labels, the place and the margins with files, without Java. */
class HostTemplateTest {

    private final Scenario s = new Scenario();

    @Test
    void aHostDocxTemplateIsFilledPlaceholderByPlaceholderWithTheBodyAtItsPlace(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("template.docx"), template(List.of("Mẫu riêng của tỉnh", "${superior}", "${issuer}",
                "${number}|${dateLine}", "${type}", "${summary}", "${body}", "${recipientsLabel}", "${recipients}",
                "${onBehalf}", "${signerTitle}", "${signer}", "Hết.")));
        KtgsDocuments documents = new KtgsDocuments(s.ktgs, DocumentSettings.load(dir));
        byte[] docx = documents.render(documents.report(s.asSecretary(), s.cell.id(), s.report.period(),
                Scenario.issuance("12-BC/CB")), FileFormat.DOCX);
        try (XWPFDocument doc = Docx.open(docx)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(t -> !t.isEmpty()).toList();
            assertThat(paragraphs).startsWith("Mẫu riêng của tỉnh", "ĐẢNG BỘ VĂN PHÒNG UBND TỈNH",
                    "CHI BỘ PHÒNG TỔNG HỢP", "Số 12-BC/CB|Hà Nội, ngày 05 tháng 01 năm 2026", "BÁO CÁO",
                    "Kết quả công tác kiểm tra, giám sát quý II năm 2025", "I. Số liệu");
            assertThat(paragraphs).endsWith("Nơi nhận:", "- Đảng bộ Văn phòng UBND tỉnh,\n- Lưu.", "T/M CHI BỘ",
                    "BÍ THƯ", "Nguyễn Văn An", "Hết.");
            assertThat(paragraphs).noneMatch(p -> p.contains("${"));
            XWPFTable figures = doc.getTables().get(0);
            assertThat(figures.getRows()).hasSize(12);
            assertThat(figures.getRow(3).getCell(1).getText()).isEqualTo("Số nội dung theo kế hoạch đã kết luận");
            assertThat(figures.getRow(0).isRepeatHeader()).isTrue();
        }
    }

    @Test
    void aTemplateMissingAPlaceholderIsAClearErrorAndWritesNoFile(@TempDir Path dir) throws IOException {
        Path settings = Files.createDirectory(dir.resolve("settings"));
        Files.write(settings.resolve("template.docx"), template(List.of("${number}", "${dateLine}", "${type}",
                "${signer}")));
        KtgsDocuments documents = new KtgsDocuments(s.ktgs, DocumentSettings.load(settings));
        OfficeDocument report = documents.report(s.asSecretary(), s.cell.id(), s.report.period(),
                Scenario.issuance("12-BC/CB"));
        Path out = dir.resolve("bao-cao.docx");
        assertThatThrownBy(() -> documents.write(report, FileFormat.DOCX, out))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentException.Kind.BAD_TEMPLATE);
                    assertThat(e.getMessage()).isEqualTo("Mẫu DOCX " + settings.resolve("template.docx")
                            + " thiếu chỗ điền: ${body}, ${summary}.");
                });
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(settings);
        }
        // PDF does not use the DOCX template and is still written
        documents.write(report, FileFormat.PDF, dir.resolve("bao-cao.pdf"));
        assertThat(dir.resolve("bao-cao.pdf")).isNotEmptyFile();
    }

    @Test
    void anUnknownPlaceholderOrABodyNotAloneIsRejected(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("template.docx"), template(List.of("${number} ${dateLine} ${type} ${summary}",
                "${signer} ${body}", "${soLuong}")));
        KtgsDocuments documents = new KtgsDocuments(s.ktgs, DocumentSettings.load(dir));
        OfficeDocument report = documents.report(s.asSecretary(), s.cell.id(), s.report.period(),
                Scenario.issuance("12-BC/CB"));
        assertThatThrownBy(() -> documents.render(report, FileFormat.DOCX))
                .isInstanceOf(DocumentException.class).hasMessageContaining("chỗ điền không biết: ${soLuong}");
        Files.write(dir.resolve("template.docx"), template(List.of("${number} ${dateLine} ${type} ${summary}",
                "${signer} ${body}")));
        KtgsDocuments again = new KtgsDocuments(s.ktgs, DocumentSettings.load(dir));
        assertThatThrownBy(() -> again.render(report, FileFormat.DOCX))
                .isInstanceOf(DocumentException.class).hasMessageContaining("${body} phải đứng riêng một đoạn");
        Files.write(dir.resolve("template.docx"), "not a docx".getBytes(StandardCharsets.UTF_8));
        KtgsDocuments broken = new KtgsDocuments(s.ktgs, DocumentSettings.load(dir));
        assertThatThrownBy(() -> broken.render(report, FileFormat.DOCX))
                .isInstanceOf(DocumentException.class).hasMessageStartingWith("Không đọc được mẫu DOCX");
    }

    @Test
    void placeLabelsAndMarginsComeFromPropertiesFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("documents.properties"), "place=Đà Nẵng\nmargin.left=35\nmargin.right=20\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("labels.properties"), "recipients=Nơi gửi:\nsignerTitle=PHÓ BÍ THƯ\n",
                StandardCharsets.UTF_8);
        KtgsDocuments documents = new KtgsDocuments(s.ktgs, DocumentSettings.load(dir));
        byte[] pdf = documents.render(documents.report(s.asSecretary(), s.cell.id(), s.report.period(),
                Scenario.issuance("12-BC/CB").signedBy("Trần Thị Bình")), FileFormat.PDF);
        List<String> lines = String.join("", Pdfs.pages(pdf)).lines().toList();
        assertThat(lines).contains("Số 12-BC/CB Đà Nẵng, ngày 05 tháng 01 năm 2026", "Nơi gửi: T/M CHI BỘ",
                "- Đảng bộ Văn phòng UBND tỉnh, PHÓ BÍ THƯ", "Trần Thị Bình");
        assertThat(Pdfs.lines(pdf)).allSatisfy(l -> {
            assertThat(l.left()).isGreaterThanOrEqualTo(35 * Pdfs.MM - 0.5f);
            assertThat(l.right()).isLessThanOrEqualTo((210 - 20) * Pdfs.MM + 0.5f);
        });
    }

    @Test
    void settingsOutsideTheGuidanceOrUnknownKeysAreRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("documents.properties"), "margin.left=10\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DocumentSettings.load(dir)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("marginLeft must be within 30.0 to 35.0 (Guidance 36-HD/VPTW): 10.0");
        Files.writeString(dir.resolve("documents.properties"), "plase=Huế\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DocumentSettings.load(dir)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("unknown keys [plase]");
        Files.writeString(dir.resolve("documents.properties"), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("labels_en.properties"), "nosuchlabel=x\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DocumentSettings.load(dir)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("unknown labels [nosuchlabel]");
    }

    /** A DOCX whose paragraphs are {@code lines}; each placeholder is split over two runs, as Word often does. */
    static byte[] template(List<String> lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                XWPFParagraph p = doc.createParagraph();
                int cut = line.indexOf("${") >= 0 ? line.indexOf("${") + 3 : line.length();
                p.createRun().setText(line.substring(0, cut));
                if (cut < line.length()) {
                    p.createRun().setText(line.substring(cut));
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
